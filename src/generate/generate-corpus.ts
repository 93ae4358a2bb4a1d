import type { ActorInput } from '../model/actor.js';
import type { AttributionInput } from '../model/attribution.js';
import type { ClaimInput } from '../model/claim.js';
import { InvalidOptionError } from '../model/claimtrail-error.js';
import type { SourceInput } from '../model/source.js';
import { buildActorPool, type Speaker } from './actor-pool.js';
import { type AttributionPlan, type CitableSource, writeArticle } from './article.js';
import { ClaimMaker, type GeneratedClaim } from './claims.js';
import { dayOf } from './dates.js';
import { Random } from './random.js';

/** What to generate. */
export interface GenerateOptions {
  /** How many attributions; the other records scale with it (about one source per ten). */
  readonly attributions: number;
  /** Equal seeds give byte-for-byte equal corpora. Default 1. */
  readonly seed?: number | string;
}

/** One generated record, in the form it is written to a file (defaults left out). */
export type GeneratedRecord =
  | { readonly type: 'actor'; readonly record: ActorInput }
  | { readonly type: 'source'; readonly record: SourceInput }
  | { readonly type: 'claim'; readonly record: ClaimInput }
  | { readonly type: 'attribution'; readonly record: AttributionInput };

/** A whole generated corpus, in memory. */
export interface GeneratedCorpus {
  readonly actors: ActorInput[];
  readonly sources: SourceInput[];
  readonly claims: ClaimInput[];
  readonly attributions: AttributionInput[];
}

const FIRST_DAY = dayOf('2015-01-01');
const SPAN = dayOf('2024-12-31') - FIRST_DAY;
/** How many recent claims and sources later articles may repeat, deny or cite. */
const RECENT = 512;

class Ring<T> {
  readonly items: T[] = [];
  #next = 0;
  push(item: T): void {
    if (this.items.length < RECENT) this.items.push(item);
    else this.items[this.#next] = item;
    this.#next = (this.#next + 1) % RECENT;
  }
}

/**
 * Generates a realistic corpus record by record, holding only the actors and a window of recent
 * claims and sources, so a million attributions never sit in memory at once. Actors come first,
 * then, article by article, the source, its new claims and its attributions.
 *
 * @param options - the number of attributions and the seed
 * @returns an iterator over the records
 * @throws {InvalidOptionError} when `attributions` is negative or not an integer
 *
 * @example
 * [...generateRecords({ attributions: 20, seed: 7 })].filter((r) => r.type === 'attribution').length
 * //=> 20
 */
export function* generateRecords(options: GenerateOptions): Generator<GeneratedRecord> {
  const total = options.attributions;
  if (!Number.isInteger(total) || total < 0) {
    throw new InvalidOptionError(`attributions must be a whole number of 0 or more, not ${total}`);
  }
  const random = new Random(options.seed ?? 1);
  const pool = buildActorPool(total, random);
  for (const record of pool.actors) yield { type: 'actor', record };
  const claims = new ClaimMaker(pool, random);
  const recentClaims = new Ring<GeneratedClaim>();
  const recentSources = new Ring<CitableSource & { index: number }>();
  let fresh = 0;
  let done = 0;
  let attributionCount = 0;
  const nextAttributionId = () => `att.${attributionCount++}`;

  for (let sourceIndex = 0; done < total; sourceIndex++) {
    const size = Math.min(total - done, random.int(4, 16));
    const published = FIRST_DAY + Math.floor((done / Math.max(1, total)) * SPAN);
    const outlets = pool.outlets;
    const outlet = sourceIndex < outlets.length ? outlets[sourceIndex] : outlets[random.skewed(outlets.length, 1.8)];
    const journalists = pool.journalists;
    const author = sourceIndex < journalists.length ? journalists[sourceIndex] : random.pick(journalists);
    const head = {
      id: `src.${sourceIndex}`,
      outlet: outlet as (typeof outlets)[number],
      author: author as string,
      published,
      curly: random.chance(0.15),
    };
    const plans: AttributionPlan[] = [];
    const newClaims: GeneratedClaim[] = [];
    for (let k = 0; k < size; k++) {
      // Until every speaker has been quoted once, each attribution takes the next one in line.
      const mustUseFresh = fresh < pool.speakers.length;
      const r = random.next();
      const mode: AttributionPlan['mode'] =
        r < 0.45 ? 'direct-quote' : r < 0.75 ? 'indirect' : r < 0.9 || mustUseFresh ? 'summary' : 'own-voice';
      let speaker: Speaker | undefined;
      if (mode !== 'own-voice') {
        speaker = mustUseFresh ? pool.speakers[fresh++] : pool.speakers[random.skewed(pool.speakers.length)];
      }
      let claim: GeneratedClaim;
      let stance: AttributionPlan['stance'] = 'asserts';
      const repeat = recentClaims.items.length > 0 && random.chance(0.55);
      if (repeat) {
        claim = random.pick(recentClaims.items);
        if (mode !== 'own-voice' && mode !== 'direct-quote') {
          const s = random.next();
          stance = s < 0.08 ? 'denies' : s < 0.1 ? 'doubts' : s < 0.12 ? 'hedges' : 'asserts';
        }
      } else if (recentClaims.items.length > 0 && random.chance(0.03)) {
        claim = claims.rival(random.pick(recentClaims.items), published);
        newClaims.push(claim);
      } else {
        claim = claims.fresh(published);
        newClaims.push(claim);
      }
      let via: CitableSource[] = [];
      const cited = recentSources.items;
      if ((mode === 'direct-quote' || mode === 'indirect') && cited.length > 1 && random.chance(0.12)) {
        const a = random.int(0, cited.length - 1);
        const b = random.int(0, cited.length - 1);
        // Order by when the generator wrote them, not by date: two sources of one day must not
        // cite each other both ways.
        const [later, earlier] = cited[a]!.index >= cited[b]!.index ? [a, b] : [b, a];
        via = a !== b && random.chance(0.25) ? [cited[later]!, cited[earlier]!] : [cited[later]!];
      }
      plans.push({ speaker, claim, mode, stance, via });
    }
    const article = writeArticle(head, plans, random, nextAttributionId);
    yield { type: 'source', record: article.source };
    for (const claim of newClaims) {
      yield { type: 'claim', record: claim.record };
      recentClaims.push(claim);
    }
    for (const record of article.attributions) yield { type: 'attribution', record };
    recentSources.push({ id: head.id, outlet: head.outlet.name, index: sourceIndex });
    done += size;
  }
}

/**
 * Generates a realistic corpus in memory: actors with aliases and roles, articles with their
 * full texts, claims, and attributions whose quotes are anchored in the texts, with some
 * repetitions, denials, rival values and citation chains. It passes `check` without errors.
 * For large corpora use {@link writeGeneratedCorpus}, which streams to files.
 *
 * @param options - the number of attributions and the seed
 * @returns the four lists of records, in the form a corpus file holds them
 * @throws {InvalidOptionError} when `attributions` is negative or not an integer
 *
 * @example
 * generateCorpus({ attributions: 100, seed: 42 }).attributions.length
 * //=> 100
 */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const corpus: GeneratedCorpus = { actors: [], sources: [], claims: [], attributions: [] };
  for (const item of generateRecords(options)) {
    if (item.type === 'actor') corpus.actors.push(item.record);
    else if (item.type === 'source') corpus.sources.push(item.record);
    else if (item.type === 'claim') corpus.claims.push(item.record);
    else corpus.attributions.push(item.record);
  }
  return corpus;
}
