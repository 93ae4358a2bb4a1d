import type { Command } from 'commander';
import type { Corpus } from '../corpus/corpus.js';
import { AmbiguousReferenceError, UnknownReferenceError } from '../corpus/errors.js';
import { type AttributionMode, StanceSchema } from '../model/attribution.js';
import { handOf } from '../model/hand-of.js';
import { PartialDateSchema } from '../model/partial-date.js';
import { formatChain, type QuoteRecord } from '../query/quote-record.js';
import type { QuoteFilter } from '../query/quotes.js';
import { type EngineName, engineOption, withDatabase } from './duckdb-engine.js';
import { colorsFor } from './format-diagnostics.js';
import { CliExit, EXIT, loadForCli, print, printExact, wantsColor } from './io.js';
import { terminalText as t } from './terminal-text.js';

const MODES: AttributionMode[] = ['direct-quote', 'indirect', 'summary', 'own-voice'];

interface QuotesOptions {
  speaker?: string;
  agents?: boolean;
  hand?: string;
  source?: string;
  publisher?: string;
  from?: string;
  to?: string;
  mode?: string;
  stance?: string;
  topic?: string;
  text?: string;
  fuzzy?: boolean;
  limit?: string;
  json?: boolean;
  engine: EngineName;
}

function date(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = PartialDateSchema.safeParse(value);
  if (!parsed.success)
    throw new CliExit(`${flag}: ${parsed.error.issues[0]?.message ?? 'not a date'}`, EXIT.unreadable);
  return parsed.data;
}

/** A quote record as plain JSON: ids and names instead of whole records. */
export function quoteRecordJson(corpus: Corpus, r: QuoteRecord) {
  const a = r.attribution;
  return {
    attribution: a.id,
    date: r.date ?? null,
    dateBasis: r.dateBasis,
    speaker: { id: r.speaker.id, name: r.speaker.name },
    source: { id: r.source.id, title: r.source.title },
    chain: formatChain(corpus, r.chain),
    hand: handOf(a),
    ...(r.creditedTo ? { creditedTo: { id: r.creditedTo.id, name: r.creditedTo.name } } : {}),
    mode: a.mode,
    stance: a.stance,
    factuality: a.factuality,
    quotes: a.mode === 'direct-quote' || a.mode === 'indirect' ? a.quotes.map((q) => q.text) : [],
    claim: { id: r.claim.id, text: r.claim.text },
    ...(r.score !== undefined ? { score: Number(r.score.toFixed(3)) } : {}),
  };
}

/** `claimtrail quotes [dir]`. */
export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('List attributed statements, filtered by speaker, source, dates, mode or words')
    .argument('[dir]', 'corpus directory (default: the bundled corpus)')
    .option('--speaker <name>', 'speaker by id, name or alias')
    .option('--agents', 'also whoever speaks for the speaker (its government, spokesman, ...)')
    .option('--hand <hand>', 'first: words the source has from the speaker; second: words relayed by another speaker')
    .option('--source <ref>', 'source by id or title')
    .option('--publisher <name>', 'publisher of the source, by id, name or alias')
    .option('--from <date>', 'said (or published) on or after YYYY[-MM[-DD]]')
    .option('--to <date>', 'said (or published) on or before YYYY[-MM[-DD]]')
    .option('--mode <modes>', `comma-separated: ${MODES.join(', ')}`)
    .option('--stance <stances>', 'comma-separated: asserts, denies, doubts, hedges')
    .option('--topic <topic>', 'a topic of the claim')
    .option('--text <words>', 'words in the quote or claim (case, accents and punctuation ignored)')
    .option('--fuzzy', 'rank by how well --text matches, tolerating slips')
    .option('--limit <n>', 'at most n results')
    .option('--json', 'print the results as JSON')
    .addOption(engineOption())
    .action(async (dir: string | undefined, options: QuotesOptions) => {
      const modes = options.mode?.split(',').map((m) => m.trim());
      const badMode = modes?.find((m) => !MODES.includes(m as AttributionMode));
      if (badMode) throw new CliExit(`--mode: "${badMode}" is not one of ${MODES.join(', ')}`, EXIT.unreadable);
      const stances = options.stance?.split(',').map((s) => s.trim());
      const badStance = stances?.find((s) => !StanceSchema.safeParse(s).success);
      if (badStance)
        throw new CliExit(`--stance: "${badStance}" is not one of asserts, denies, doubts, hedges`, EXIT.unreadable);
      const limit = options.limit === undefined ? undefined : Number(options.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
        throw new CliExit('--limit must be a positive whole number', EXIT.unreadable);
      if (options.hand !== undefined && options.hand !== 'first' && options.hand !== 'second')
        throw new CliExit(`--hand: "${options.hand}" is not one of first, second`, EXIT.unreadable);
      const from = date(options.from, '--from');
      const to = date(options.to, '--to');
      const filter: QuoteFilter = {
        ...(options.speaker ? { speaker: options.speaker } : {}),
        ...(options.agents ? { includeAgents: true } : {}),
        ...(options.hand ? { hand: options.hand as 'first' | 'second' } : {}),
        ...(options.source ? { source: options.source } : {}),
        ...(options.publisher ? { publisher: options.publisher } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(modes ? { mode: modes as AttributionMode[] } : {}),
        ...(stances ? { stance: stances as never } : {}),
        ...(options.topic ? { topic: options.topic } : {}),
        ...(options.text ? { text: options.text } : {}),
        ...(options.fuzzy ? { fuzzy: true } : {}),
        ...(limit ? { limit } : {}),
      };
      let corpus: Corpus;
      let results: QuoteRecord[];
      try {
        if (options.engine === 'duckdb') {
          [corpus, results] = await withDatabase(dir, async (db) => [await db.actorCorpus(), await db.quotes(filter)]);
        } else {
          corpus = loadForCli(dir);
          results = corpus.quotes(filter);
        }
      } catch (error) {
        if (error instanceof UnknownReferenceError || error instanceof AmbiguousReferenceError)
          throw new CliExit(error.message, EXIT.errors);
        throw error;
      }
      if (options.json) {
        printExact(
          JSON.stringify(
            results.map((r) => quoteRecordJson(corpus, r)),
            null,
            2,
          ),
        );
        return;
      }
      const c = colorsFor(wantsColor());
      const lines: string[] = [];
      for (const r of results) {
        const a = r.attribution;
        const words =
          a.mode === 'direct-quote' || a.mode === 'indirect' ? a.quotes.map((q) => `“${t(q.text)}”`).join(' … ') : '';
        const score = r.score === undefined ? '' : `, score ${r.score.toFixed(2)}`;
        lines.push(
          `${c.bold(r.date ?? 'undated')}  ${c.cyan(t(r.speaker.name))} ${c.dim(`${a.stance}${a.factuality === 'certain' ? '' : `, ${a.factuality}`}, ${a.mode}${score}`)}`,
        );
        // Quotation marks only around words that stand in the source; the claim is a paraphrase.
        lines.push(`  ${words || t(`paraphrase: ${r.claim.text}`)}`);
        lines.push(`  ${c.dim(t(`${formatChain(corpus, r.chain)} · ${a.id}`))}`);
        if (r.creditedTo) lines.push(`  ${c.dim(t(`the source credits these words to ${r.creditedTo.name}`))}`);
      }
      lines.push(c.dim(`${results.length} statement${results.length === 1 ? '' : 's'}`));
      print(lines.join('\n'));
    });
}
