import { escapeHtml } from './escape.js';
import { byPosition, type Passage } from './passages.js';

/** How a passage's highlight is drawn and described. */
export interface HighlightLook {
  /** Extra classes, e.g. `hl-direct`. */
  readonly className: string;
  /** The id of the element whose content describes the passage (the tooltip's source). */
  readonly describedBy: string;
}

/** The fragments a passage stands for, as `data-refs`: `<attribution id>#<fragment index>`, space-separated. */
const refsOf = (passage: Passage) => passage.refs.map((r) => `${r.attribution.id}#${r.index}`).join(' ');

interface Piece {
  readonly start: number;
  readonly end: number;
  /** A paragraph break: the whitespace between two paragraphs, which is not printed. */
  readonly isBreak: boolean;
}

/** Cuts the text at every passage edge and every line break. */
function pieces(text: string, passages: readonly Passage[]): Piece[] {
  const breaks: [number, number][] = [];
  for (const m of text.matchAll(/(?<![^\S\n])[^\S\n]*\n\s*/g)) breaks.push([m.index, m.index + m[0].length]);
  const cuts = new Set([0, text.length]);
  for (const p of passages) cuts.add(p.start).add(p.end);
  for (const [s, e] of breaks) cuts.add(s).add(e);
  const sorted = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out: Piece[] = [];
  let b = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    while (b < breaks.length && (breaks[b] as [number, number])[1] <= start) b++;
    const br = breaks[b];
    out.push({ start, end, isBreak: br !== undefined && br[0] <= start && end <= br[1] });
  }
  return out;
}

/**
 * Writes a source's text as paragraphs (one per line of the text) with every passage wrapped in
 * a focusable `<mark>`. Passages that overlap without nesting, or that run across a paragraph
 * break, are split into several marks: the first carries the id, `tabindex` and description, the
 * others (`hl-cont`) point back to it with `data-passage`. Everything from the text is escaped.
 *
 * @param text - the source's text
 * @param passages - where the quoted passages are
 * @param look - classes and description of a passage's highlight
 * @returns HTML: `<p>` elements
 *
 * @example
 * highlightText('a b c', [{ anchor: 'q-x-0', start: 2, end: 3, refs: [], moved: false }], () => ({ className: '', describedBy: 't' }))
 * //=> '<p>a <mark class="hl" id="q-x-0" tabindex="0" aria-describedby="t" data-tip="t" data-refs="">b</mark> c</p>'
 */
export function highlightText(
  text: string,
  passages: readonly Passage[],
  look: (passage: Passage) => HighlightLook,
): string {
  const sorted = [...passages].sort(byPosition);
  const opened = new Set<string>();
  const stack: Passage[] = [];
  let html = '';
  let inParagraph = false;
  const closeAll = () => {
    html += '</mark>'.repeat(stack.length);
    stack.length = 0;
  };
  for (const piece of pieces(text, sorted)) {
    if (piece.isBreak) {
      closeAll();
      if (inParagraph) html += '</p>';
      inParagraph = false;
      continue;
    }
    if (!inParagraph) {
      html += '<p>';
      inParagraph = true;
    }
    const covering = sorted.filter((p) => p.start <= piece.start && piece.end <= p.end);
    let keep = 0;
    while (keep < stack.length && stack[keep] === covering[keep]) keep++;
    html += '</mark>'.repeat(stack.length - keep);
    stack.length = keep;
    for (const passage of covering.slice(keep)) {
      const { className, describedBy } = look(passage);
      const classes = `hl${className ? ` ${className}` : ''}`;
      if (opened.has(passage.anchor)) {
        html += `<mark class="${escapeHtml(classes)} hl-cont" data-passage="${escapeHtml(passage.anchor)}" data-tip="${escapeHtml(describedBy)}">`;
      } else {
        opened.add(passage.anchor);
        html += `<mark class="${escapeHtml(classes)}" id="${escapeHtml(passage.anchor)}" tabindex="0" aria-describedby="${escapeHtml(describedBy)}" data-tip="${escapeHtml(describedBy)}" data-refs="${escapeHtml(refsOf(passage))}">`;
      }
      stack.push(passage);
    }
    html += escapeHtml(text.slice(piece.start, piece.end));
  }
  closeAll();
  if (inParagraph) html += '</p>';
  return html;
}
