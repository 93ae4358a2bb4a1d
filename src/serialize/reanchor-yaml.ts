import { isMap, isScalar, isSeq, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import { type Reanchored, type ReanchorOptions, reanchorQuote } from '../anchor/reanchor-quote.js';
import type { Quote } from '../model/attribution.js';

/** What re-anchoring did to one quote of a YAML file (quotes whose anchor was right are left out). */
export interface AnchorChange {
  readonly attribution: string;
  /** The quote's index in the attribution's `quotes`. */
  readonly index: number;
  /** The 1-based line of the quote in the file. */
  readonly line: number;
  readonly result: Exclude<Reanchored, { status: 'kept' }>;
  /** The stored quote before the change. */
  readonly before: Quote;
}

/** The rewritten YAML text and what changed in it. */
export interface ReanchoredYaml {
  readonly text: string;
  readonly changes: readonly AnchorChange[];
}

const KEYS = ['text', 'start', 'end', 'prefix', 'suffix'] as const;

interface Edit {
  readonly at: number;
  readonly until: number;
  readonly insert: string;
}

const render = (value: string | number) => (typeof value === 'number' ? String(value) : JSON.stringify(value));

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The edits that turn a quote map's fields into `quote`'s, touching nothing else in the file. */
function editsFor(source: string, map: YAMLMap, quote: Quote): Edit[] {
  const edits: Edit[] = [];
  const missing: string[] = [];
  for (const key of KEYS) {
    const value = quote[key];
    if (value === undefined) continue;
    const node = map.get(key, true) as Scalar | undefined;
    if (node && isScalar(node) && node.range) {
      if (node.value !== value) edits.push({ at: node.range[0], until: node.range[1], insert: render(value) });
    } else if (!node) missing.push(`${key}: ${render(value)}`);
  }
  if (missing.length === 0 || !map.range) return edits;
  if (map.flow) {
    // Before the closing brace of `{ text: … }`.
    let at = source.lastIndexOf('}', map.range[1]);
    while (at > 0 && /\s/.test(source[at - 1] as string)) at--;
    edits.push({ at, until: at, insert: missing.map((pair) => `, ${pair}`).join('') });
    return edits;
  }
  // A block map: new lines at the indentation of its keys, after the line its last value ends on.
  const first = map.items[0]?.key as Scalar | undefined;
  const last = map.items[map.items.length - 1]?.value as Scalar | undefined;
  if (!first?.range || !last?.range) return edits;
  const indent = first.range[0] - (source.lastIndexOf('\n', first.range[0] - 1) + 1);
  let at = source.indexOf('\n', Math.max(last.range[1] - 1, 0));
  if (at === -1) at = source.length;
  edits.push({ at, until: at, insert: missing.map((pair) => `\n${' '.repeat(indent)}${pair}`).join('') });
  return edits;
}

/**
 * Fills missing anchors and repairs stale ones in a corpus YAML file, changing only the characters
 * of the anchor fields (`start`, `end`, `prefix`, `suffix` and, for an approximate match, `text`):
 * comments, key order, quoting and line breaks elsewhere stay as they are. Quotes that cannot be
 * found are left untouched and reported.
 *
 * @param source - the YAML file's text
 * @param textOf - the text of a source by id (undefined when the source has none)
 * @param options - the re-anchoring threshold and context length
 * @returns the new text and the changes, in file order
 * @throws {Error} when the result would not read back as the same records with the new anchors (a bug)
 *
 * @example
 * reanchorYaml('attributions:\n  - id: a\n    source: s\n    quotes:\n      - text: no deal # said twice\n', () => 'He said “no deal”.').text
 * //=> 'attributions:\n  - id: a\n    source: s\n    quotes:\n      - text: no deal # said twice\n        start: 9\n        end: 16\n        prefix: "He said “"\n        suffix: "”."\n'
 */
export function reanchorYaml(
  source: string,
  textOf: (sourceId: string) => string | undefined,
  options: ReanchorOptions = {},
): ReanchoredYaml {
  const doc = parseDocument(source);
  const attributions = doc.get('attributions', true);
  const changes: AnchorChange[] = [];
  const edits: Edit[] = [];
  if (!isSeq(attributions)) return { text: source, changes };
  for (const item of attributions.items) {
    if (!isMap(item)) continue;
    const sourceId = item.get('source');
    const quotes = item.get('quotes', true);
    if (typeof sourceId !== 'string' || !isSeq(quotes)) continue;
    const text = textOf(sourceId);
    if (text === undefined) continue;
    for (const [index, node] of quotes.items.entries()) {
      if (!isMap(node)) continue;
      const before = node.toJSON() as Quote;
      if (typeof before.text !== 'string') continue;
      const result = reanchorQuote(text, before, options);
      if (result.status === 'kept') continue;
      changes.push({
        attribution: String(item.get('id')),
        index,
        line: lineOf(source, node.range?.[0] ?? 0),
        result,
        before,
      });
      if (result.status !== 'lost') edits.push(...editsFor(source, node, result.quote));
    }
  }
  let text = source;
  for (const edit of edits.sort((a, b) => b.at - a.at))
    text = text.slice(0, edit.at) + edit.insert + text.slice(edit.until);
  const reread = parseDocument(text);
  if (reread.errors.length > 0)
    throw new Error(`claimtrail: re-anchoring made unreadable YAML: ${reread.errors[0]?.message}`);
  return { text, changes };
}
