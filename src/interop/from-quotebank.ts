import * as z from 'zod';
import { normalizeName } from '../internal/normalize-name.js';
import type { ActorInput } from '../model/actor.js';
import type { AttributionInput } from '../model/attribution.js';
import { IdSchema } from '../model/ids.js';
import type { SourceInput } from '../model/source.js';
import type { ImportOptions, ImportResult } from './import-result.js';
import { RecordCollector } from './internal/collector.js';
import { leadingPartialDate } from './internal/dates.js';
import { decodeImport } from './internal/decode-import.js';
import { slugify } from './internal/slug.js';
import { DEFAULT_IRI_BASE, parseRecordIri } from './iri.js';

/**
 * One line of Quotebank (Vaucher et al., 2021), quotation-centric: a quotation, its most likely
 * speaker, the Wikidata ids that speaker's name may stand for, the earliest date it appeared,
 * how often, the speaker probabilities and the articles it appeared in. Other fields (`phase`)
 * are allowed and ignored.
 */
export const QuotebankLineSchema = z.looseObject({
  quoteID: z.string().min(1),
  quotation: z.string().min(1),
  speaker: z.string().nullish(),
  qids: z.array(z.string()).nullish(),
  date: z.string().nullish(),
  numOccurrences: z.number().int().nonnegative().nullish(),
  probas: z.array(z.tuple([z.string(), z.union([z.string(), z.number()])])).nullish(),
  urls: z.array(z.string()).nullish(),
});

/** One line of Quotebank. */
export type QuotebankLine = z.infer<typeof QuotebankLineSchema>;

const NO_SPEAKER = new Set(['', 'none']);

/**
 * Reads Quotebank-style JSONL into claimtrail records. Each quotation becomes a claim (its text
 * the quotation; subject the speaker, predicate `states`, object the quotation, since Quotebank
 * has no structured form) and one direct-quote attribution per article URL, in a source per URL
 * (`kind: article`, the URL as title, since Quotebank gives no titles). The speaker becomes a
 * person actor, one per name, with the Wikidata ids Quotebank lists in its note; the speaker's
 * probability becomes the attribution's `confidence`; the date becomes `said` (Quotebank dates a
 * quotation by its earliest appearance in the news); occurrence counts and the other candidate
 * speakers go in the attribution's note. The first attribution takes the quoteID as its id, the
 * others `<quoteID>.2`, `.3`..., and the claim `<quoteID>.claim`.
 *
 * A line that is not JSON, lacks `quoteID` or `quotation`, names no speaker (`"None"`), or has no
 * usable URL yields a diagnostic naming the line, and the other lines still import.
 *
 * @param input - the JSONL text, one quotation per line, or the file's bytes (which must be UTF-8,
 *   decoded as the corpus loader decodes files; a file in another encoding is refused with a
 *   diagnostic rather than imported with replacement characters)
 * @param options - `file` for diagnostics (default `quotebank.jsonl`); `base` of claimtrail IRIs
 * @returns the records and the diagnostics
 * @throws nothing: every problem with the input is a diagnostic
 * @example
 * const line = '{"quoteID":"2020-01-16-000088","quotation":"We will win.","speaker":"Jane Roe","qids":["Q1"],"date":"2020-01-16 12:00:00","numOccurrences":1,"probas":[["Jane Roe","0.91"],["None","0.09"]],"urls":["https://example.com/a"]}';
 * fromQuotebank(line).data.attributions[0].confidence
 * //=> 0.91
 */
export function fromQuotebank(input: string | Uint8Array, options: ImportOptions = {}): ImportResult {
  const out = new RecordCollector(options.file ?? 'quotebank.jsonl');
  const jsonlText = typeof input === 'string' ? input : decodeImport(input, out);
  if (jsonlText === undefined) return out.finish();
  const base = options.base ?? DEFAULT_IRI_BASE;
  const actors = new Map<string, ActorInput & { qids: Set<string> }>();
  const sources = new Map<string, string>();

  const lines = jsonlText.split(/\r?\n/);
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      out.report('error', `Line ${line} is not valid JSON (${(error as Error).message}); it was skipped.`, { line });
      return;
    }
    const parsed = QuotebankLineSchema.safeParse(value);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `"${i.path.join('.') || 'the line'}": ${i.message}`);
      out.report('error', `Line ${line} is not a Quotebank quotation (${problems.join('; ')}); it was skipped.`, {
        line,
      });
      return;
    }
    const q = parsed.data;
    const speakerName = q.speaker?.trim() ?? '';
    if (NO_SPEAKER.has(speakerName.toLowerCase())) {
      out.report(
        'warning',
        `Line ${line}: Quotebank names no speaker for quotation ${q.quoteID} ("${excerpt(q.quotation)}"); it was skipped, since an attribution needs a speaker.`,
        { line },
      );
      return;
    }

    const sourceIds: string[] = [];
    for (const url of new Set(q.urls ?? [])) {
      const id = sourceFor(url, line);
      if (id !== undefined) sourceIds.push(id);
    }
    if (sourceIds.length === 0) {
      out.report(
        'warning',
        `Line ${line}: quotation ${q.quoteID} ("${excerpt(q.quotation)}") has no usable URL, so there is no source to attribute it in; it was skipped.`,
        { line },
      );
      return;
    }

    const speaker = actorFor(speakerName, q.qids ?? []);
    const quoteId = IdSchema.safeParse(q.quoteID).success ? q.quoteID : slugify(q.quoteID, 'quote');
    const claimId = out.ids.allocate(`${quoteId}.claim`);
    out.add(
      'claim',
      {
        id: claimId,
        text: q.quotation,
        subject: speaker,
        predicate: 'states',
        object: { type: 'text', value: q.quotation },
      },
      { line },
    );

    const said = q.date ? leadingPartialDate(q.date) : undefined;
    if (q.date && said === undefined) {
      out.report('warning', `Line ${line}: the date "${q.date}" is not a date; the quotation was kept without one.`, {
        line,
      });
    }
    const probas = (q.probas ?? []).map(([name, p]) => ({ name, p: Number(p) }));
    const own = probas.find((c) => normalizeName(c.name) === normalizeName(speakerName));
    const confidence = own && Number.isFinite(own.p) && own.p >= 0 && own.p <= 1 ? own.p : undefined;
    const others = probas.filter((c) => c !== own).map((c) => `${c.name} (${c.p})`);
    const notes = [
      ...(q.numOccurrences !== null && q.numOccurrences !== undefined && q.numOccurrences !== 1
        ? [`Quotebank counts ${q.numOccurrences} occurrences of this quotation.`]
        : []),
      ...(others.length > 0 ? [`Other candidate speakers: ${others.join(', ')}.`] : []),
    ];
    sourceIds.forEach((source, i) => {
      const attribution: AttributionInput = {
        id: out.ids.allocate(i === 0 ? quoteId : `${quoteId}.${i + 1}`),
        claim: claimId,
        source,
        speaker,
        mode: 'direct-quote',
        quotes: [{ text: q.quotation }],
        ...(said !== undefined ? { said } : {}),
        ...(confidence !== undefined ? { confidence } : {}),
        ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
      };
      out.add('attribution', attribution, { line });
    });
  });

  for (const { qids, ...actor } of actors.values()) {
    const note = qids.size > 0 ? `Wikidata ids Quotebank gives for this name: ${[...qids].join(', ')}.` : undefined;
    out.add('actor', note ? { ...actor, note } : actor);
  }
  return out.finish();

  function actorFor(name: string, qids: readonly string[]): string {
    const key = normalizeName(name);
    let actor = actors.get(key);
    if (!actor) {
      actor = { id: out.ids.allocate(slugify(name, 'speaker')), kind: 'person', name, qids: new Set() };
      actors.set(key, actor);
    }
    for (const qid of qids) actor.qids.add(qid);
    return actor.id;
  }

  function sourceFor(url: string, line: number): string | undefined {
    const known = sources.get(url);
    if (known) return known;
    const ours = parseRecordIri(url, base);
    if (ours?.type === 'source') {
      // A source of a claimtrail export: refer to it by its id; the corpus it came from holds it.
      sources.set(url, ours.id);
      out.ids.reserve(ours.id);
      return ours.id;
    }
    const parsed = z.url().safeParse(url);
    if (!parsed.success) {
      out.report('warning', `Line ${line}: "${url}" is not a URL; that appearance was skipped.`, { line });
      return undefined;
    }
    const { hostname, pathname } = new URL(url);
    const id = out.ids.allocate(slugify(`${hostname.replace(/^www\./, '')} ${pathname}`, 'source'));
    const source: SourceInput = { id, kind: 'article', title: url, url };
    out.add('source', source, { line });
    sources.set(url, id);
    return id;
  }
}

function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
