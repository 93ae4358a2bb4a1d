import type { Corpus } from '../corpus/corpus.js';
import { formatChain, type QuoteRecord } from '../query/quote-record.js';
import { escapeHtml } from './escape.js';
import { factualityLabel, modeLabel, readableDate, stanceLabel, timeElement } from './format.js';

/**
 * When a statement was made, as a `<time>` element, marked when it is only the source's date.
 *
 * @param record - the statement
 * @returns HTML
 *
 * @example
 * dateHtml({ ...record, date: '2023-09-15', dateBasis: 'said' })
 * //=> '<time datetime="2023-09-15">15 September 2023</time>'
 */
export function dateHtml(record: QuoteRecord): string {
  if (record.date === undefined) return 'undated';
  const basis = record.dateBasis === 'said' ? '' : ' <span class="basis">(date of the source)</span>';
  return `${timeElement(record.date)}${basis}`;
}

/**
 * When a statement was made, as plain text, for labels.
 *
 * @param record - the statement
 * @returns the date in words, or `undated`
 *
 * @example
 * dateText({ ...record, date: '2024-06' })
 * //=> 'June 2024'
 */
export function dateText(record: QuoteRecord): string {
  return record.date === undefined ? 'undated' : readableDate(record.date);
}

/**
 * The chain of a statement as people read it, every document and every relaying speaker:
 * `Modern Tokyo Times ← The Guardian ← Vladimir Putin`, `Diário de Notícias ← Hirokazu Matsuno ← Fumio Kishida`.
 *
 * @param corpus - the corpus, to name the publishers of cited documents
 * @param record - the statement
 * @returns the chain, one line of plain text
 *
 * @example
 * chainText(corpus, corpus.quotes({ speaker: 'Hong Lei' })[0])
 * //=> 'Modern Tokyo Times ← Government of China ← Hong Lei'
 */
export function chainText(corpus: Corpus, record: QuoteRecord): string {
  return formatChain(corpus, record.chain);
}

/**
 * Where the source's text credits the words to someone else (`creditedTo`), a line saying so.
 *
 * @param record - the statement
 * @returns HTML: a `div` of the facts list, or ''
 *
 * @example
 * creditedHtml(corpus.quotes({ text: 'technological sovereignty' })[0])
 * //=> '<div><dt>Credited in the text to</dt><dd class="misattributed">Vladimir Putin (wrongly)</dd></div>'
 */
export function creditedHtml(record: QuoteRecord): string {
  if (!record.creditedTo) return '';
  return `<div><dt>Credited in the text to</dt><dd class="misattributed">${escapeHtml(record.creditedTo.name)} (wrongly)</dd></div>`;
}

/**
 * The quoted fragments of a statement, each in quotation marks, joined by an ellipsis.
 *
 * @param record - the statement
 * @returns the words, or undefined for a summary, the source's own voice, or reported speech without quoted words
 *
 * @example
 * quotedWords(corpus.quotes({ speaker: 'Japan', mode: 'indirect' })[0])
 * //=> '“without preconditions,”'
 */
export function quotedWords(record: QuoteRecord): string | undefined {
  const a = record.attribution;
  if (a.mode !== 'direct-quote' && a.mode !== 'indirect') return undefined;
  if (a.quotes.length === 0) return undefined;
  return a.quotes.map((q) => `“${q.text}”`).join(' … ');
}

/**
 * The details of one statement: speaker and stance, chain, claim, mode, factuality and date,
 * and a fact-checker's rating as a badge where the statement has one.
 * Used in the tooltips of highlighted passages and in the lists; everything from the data is escaped.
 *
 * @param corpus - the corpus the statement comes from
 * @param record - the statement
 * @param options - `quote: true` to show the quoted words too
 * @returns HTML: a `div.stmt`
 *
 * @example
 * statementHtml(corpus, corpus.quotes({ speaker: 'Matsuno' })[0]).includes('Hirokazu Matsuno')
 * //=> true
 */
export function statementHtml(corpus: Corpus, record: QuoteRecord, options: { quote?: boolean } = {}): string {
  const a = record.attribution;
  const words = options.quote ? quotedWords(record) : undefined;
  return [
    '<div class="stmt">',
    `<p class="stmt-who"><strong class="stmt-speaker">${escapeHtml(record.speaker.name)}</strong> `,
    `<span class="stance stance-${a.stance}">${stanceLabel(a.stance)}</span></p>`,
    `<p class="stmt-claim"><span class="basis">In substance:</span> ${escapeHtml(record.claim.text)}</p>`,
    words ? `<p class="stmt-words">${escapeHtml(words)}</p>` : '',
    '<dl class="facts">',
    `<div><dt>Chain</dt><dd class="stmt-chain">${escapeHtml(chainText(corpus, record))}</dd></div>`,
    creditedHtml(record),
    `<div><dt>Stance</dt><dd>${stanceLabel(a.stance)}${a.cue ? ` (${escapeHtml(a.cue)})` : ''}</dd></div>`,
    a.rating
      ? `<div><dt>Rating</dt><dd><span class="stance stance-${a.stance}">${escapeHtml(a.rating.label)}</span>${a.rating.value === undefined ? '' : ` ${a.rating.value} on a scale from ${a.rating.worst ?? 1} to ${a.rating.best ?? 5}`}</dd></div>`
      : '',
    `<div><dt>Factuality</dt><dd>${factualityLabel(a.factuality)}</dd></div>`,
    `<div><dt>Date</dt><dd>${dateHtml(record)}</dd></div>`,
    `<div><dt>Mode</dt><dd>${modeLabel(a.mode)}</dd></div>`,
    '</dl>',
    '</div>',
  ].join('');
}

/**
 * The details of the statements that share one highlighted passage, for its tooltip. A sentence
 * often carries several claims from the same speaker through the same chain: those are shown
 * once, with their claims listed, each with its stance.
 *
 * @param corpus - the corpus the statements come from
 * @param records - the statements of the passage
 * @returns HTML: one `div.stmt` per speaker, chain, date and mode
 *
 * @example
 * passageStatementsHtml(corpus, corpus.quotes({ source: 'mtt-kim-to-visit-china', speaker: 'AP News' })).match(/class="stmt"/g).length
 * //=> 1
 */
export function passageStatementsHtml(corpus: Corpus, records: readonly QuoteRecord[]): string {
  const groups = new Map<string, QuoteRecord[]>();
  for (const r of records) {
    const a = r.attribution;
    const key = [r.speaker.id, chainText(corpus, r), r.date ?? '', r.dateBasis, a.mode].join('\u0000');
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()]
    .map((group) => {
      const r = group[0] as QuoteRecord;
      const a = r.attribution;
      const sameFactuality = group.every((g) => g.attribution.factuality === a.factuality);
      const claims = group
        .map((g) => {
          const f = sameFactuality ? '' : ` <span class="fact">(${factualityLabel(g.attribution.factuality)})</span>`;
          return `<li><span class="stance stance-${g.attribution.stance}">${stanceLabel(g.attribution.stance)}</span> <span class="basis">in substance:</span> ${escapeHtml(g.claim.text)}${f}</li>`;
        })
        .join('');
      return [
        '<div class="stmt">',
        `<p class="stmt-who"><strong class="stmt-speaker">${escapeHtml(r.speaker.name)}</strong></p>`,
        '<dl class="facts">',
        `<div><dt>Chain</dt><dd class="stmt-chain">${escapeHtml(chainText(corpus, r))}</dd></div>`,
        creditedHtml(r),
        `<div><dt>Factuality</dt><dd>${sameFactuality ? factualityLabel(a.factuality) : 'differs by claim, see below'}</dd></div>`,
        `<div><dt>Date</dt><dd>${dateHtml(r)}</dd></div>`,
        `<div><dt>Mode</dt><dd>${modeLabel(a.mode)}${a.cue ? ` (${escapeHtml(a.cue)})` : ''}</dd></div>`,
        '</dl>',
        `<ul class="claims" aria-label="${group.length === 1 ? 'Claim' : `${group.length} claims`}">${claims}</ul>`,
        '</div>',
      ].join('');
    })
    .join('');
}
