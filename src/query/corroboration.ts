import type { Actor } from '../model/actor.js';
import type { Claim } from '../model/claim.js';
import type { Source } from '../model/source.js';
import type { QuoteRecord } from './quote-record.js';

/**
 * One independent line of evidence: a document at the root of a chain and the voice speaking in
 * it, with every outlet that carries it. Two outlets carrying one agency report are one line.
 */
export interface EvidenceLine {
  /** The innermost document of the chain: the agency report, the statement, or the outlet itself. */
  readonly origin: Source;
  /** Who speaks in the origin document: the first speaker after it in the chain. */
  readonly voice: Actor;
  /** The documents the statements appear in (each chain's outermost source), by id. */
  readonly carriedBy: readonly Source[];
  /** The attributions that make up the line. */
  readonly attributions: readonly string[];
}

/** How many independent lines of evidence hold a proposition, and how many hold against it. */
export interface Corroboration {
  /** Lines that assert or suggest it. */
  readonly lines: readonly EvidenceLine[];
  /** Lines that deny or doubt it. */
  readonly against: readonly EvidenceLine[];
}

function lineKey(record: QuoteRecord): { origin: Source; voice: Actor } {
  let origin = record.source;
  let voice = record.speaker;
  for (let i = record.chain.length - 1; i >= 0; i--) {
    const link = record.chain[i];
    if (link?.type !== 'source') continue;
    origin = link.source;
    const next = record.chain[i + 1];
    voice = next?.type === 'actor' ? next.actor : record.speaker;
    break;
  }
  return { origin, voice };
}

function linesOf(records: readonly QuoteRecord[]): EvidenceLine[] {
  const lines = new Map<
    string,
    { origin: Source; voice: Actor; carriedBy: Map<string, Source>; attributions: string[] }
  >();
  for (const r of records) {
    const { origin, voice } = lineKey(r);
    const key = `${origin.id}\u0000${voice.id}`;
    let line = lines.get(key);
    if (!line) {
      line = { origin, voice, carriedBy: new Map(), attributions: [] };
      lines.set(key, line);
    }
    line.carriedBy.set(r.source.id, r.source);
    line.attributions.push(r.attribution.id);
  }
  return [...lines.values()].map((l) => ({
    origin: l.origin,
    voice: l.voice,
    carriedBy: [...l.carriedBy.values()].sort((a, b) => a.id.localeCompare(b.id)),
    attributions: l.attributions,
  }));
}

/**
 * Counts the independent lines of evidence for a proposition, following each statement's chain to
 * its root: statements that reach the same document through the same voice are one line however
 * many outlets carry them (two papers printing one AP report), while two outlets that each quote
 * the speaker first-hand are two. Statements whose claim has the other polarity count the other way.
 *
 * @param claim - the claim the proposition is read as (its polarity decides which way a statement counts)
 * @param records - the statements of the claim and of those recorded as the same proposition
 * @returns the lines for and against, each listing its origin, voice, outlets and attributions
 *
 * @example
 * corroboration(claim, [paperAOfAp, paperBOfAp, paperCOwnReporter]).lines.length
 * //=> 2
 */
export function corroboration(claim: Claim, records: readonly QuoteRecord[]): Corroboration {
  const forIt: QuoteRecord[] = [];
  const againstIt: QuoteRecord[] = [];
  for (const r of records) {
    const positive = r.attribution.stance === 'asserts' || r.attribution.stance === 'hedges';
    (positive === (r.claim.polarity === claim.polarity) ? forIt : againstIt).push(r);
  }
  return { lines: linesOf(forIt), against: linesOf(againstIt) };
}
