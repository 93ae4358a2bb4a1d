import { type AlignOptions, type AlignSuggestion, alignClaims } from '../align/align-claims.js';
import { type ContradictionOptions, findContradictions } from '../contradict/find-contradictions.js';
import type { Contradiction } from '../contradict/types.js';
import { chainToArray } from '../internal/chain-list.js';
import type { Origin } from '../load/origin.js';
import type { Actor } from '../model/actor.js';
import type { Attribution } from '../model/attribution.js';
import type { Claim } from '../model/claim.js';
import type { Diagnostic, EntityType } from '../model/diagnostic.js';
import type { Source } from '../model/source.js';
import { type ClaimView, claimView } from '../query/claim-view.js';
import { attributionChain, type ChainLink, type QuoteRecord } from '../query/quote-record.js';
import { findQuotes, type QuoteFilter } from '../query/quotes.js';
import { whoSaid } from '../query/who-said.js';
import { collectRecords } from './build-corpus.js';
import { type CorpusInput, rawRecordsOf } from './corpus-input.js';
import type { Resolution } from './name-index.js';
import { findNamed } from './resolve-reference.js';
import { type SameAsGroups, sameAsGroups } from './same-as.js';
import { type Entry, extendStore, mapOf, type Store } from './store.js';

/** Counts of a corpus's records, as `claimtrail stats` prints them. */
export interface CorpusStats {
  readonly actors: number;
  readonly sources: number;
  readonly sourcesWithText: number;
  readonly claims: number;
  readonly attributions: number;
  readonly directQuotes: number;
  readonly byMode: Readonly<Record<Attribution['mode'], number>>;
  readonly byStance: Readonly<Record<Attribution['stance'], number>>;
  readonly files: number;
  readonly diagnostics: number;
}

/**
 * A loaded corpus: immutable, indexed by id, with reverse indices from speakers, sources and
 * claims to their attributions. Get one from `loadCorpus` or `createCorpus`.
 */
export class Corpus {
  #arrays: Partial<Record<EntityType, readonly unknown[]>> = {};
  #sameAs: SameAsGroups | undefined;

  /** @internal Use `loadCorpus` or `createCorpus`. */
  constructor(
    /** @internal */
    readonly store: Store,
    /** What went wrong while reading the files or records this corpus was built from. */
    readonly diagnostics: readonly Diagnostic[],
    /** The directory it was loaded from, when it was. */
    readonly root?: string,
    /** The files it was read from, relative to `root`. */
    readonly files: readonly string[] = [],
  ) {
    Object.freeze(this.diagnostics);
    Object.freeze(this.files);
  }

  #all<T>(type: EntityType): readonly T[] {
    let list = this.#arrays[type];
    if (!list) {
      list = Object.freeze([...mapOf(this.store, type).values()].map((e) => e.record));
      this.#arrays[type] = list;
    }
    return list as readonly T[];
  }

  /** Every actor, in load order. */
  get actors(): readonly Actor[] {
    return this.#all<Actor>('actor');
  }
  /** Every source, in load order. */
  get sources(): readonly Source[] {
    return this.#all<Source>('source');
  }
  /** Every claim, in load order. */
  get claims(): readonly Claim[] {
    return this.#all<Claim>('claim');
  }
  /** Every attribution, in load order. */
  get attributions(): readonly Attribution[] {
    return this.#all<Attribution>('attribution');
  }

  /**
   * Resolves an actor by id, name or alias, ignoring case and diacritics, without throwing.
   *
   * @param reference - `"hirokazu-matsuno"`, `"Matsuno"`, `"kim jong-un"`
   * @returns `found` with the actor, `ambiguous` with the candidates, or `missing` with a suggestion
   */
  resolveActor(reference: string): Resolution<Actor> {
    return this.store.actorNames.resolve(reference);
  }

  /** Resolves a source by id or title, without throwing. */
  resolveSource(reference: string): Resolution<Source> {
    return this.store.sourceNames.resolve(reference);
  }

  /**
   * The actor with this id, name or alias ("Kim Jong-un" finds Kim Jong Un).
   *
   * @returns the actor, or undefined when nothing is called that
   * @throws {AmbiguousReferenceError} when the name fits several actors; it lists them
   */
  actor(reference: string): Actor | undefined {
    return findNamed(this.store, 'actor', reference);
  }

  /**
   * The source with this id or title.
   *
   * @throws {AmbiguousReferenceError} when the title fits several sources
   */
  source(reference: string): Source | undefined {
    return findNamed(this.store, 'source', reference);
  }

  /** The claim with this id. */
  claim(id: string): Claim | undefined {
    return this.store.claims.get(id)?.record;
  }

  /**
   * Claims grouped by their `sameAs` links (mutual and transitive): each group states one proposition.
   *
   * @returns the groups, worked out once per corpus
   */
  sameAsGroups(): SameAsGroups {
    this.#sameAs ??= sameAsGroups(this.claims);
    return this.#sameAs;
  }

  /**
   * The ids of the claims recorded as stating the same proposition as this one, itself included.
   *
   * @param claimId - a claim id
   * @returns the sorted ids of its sameAs group; `[claimId]` when it has none
   *
   * @example
   * corpus.sameAs('dn.c-kim-meets-putin')
   * //=> ['dn.c-kim-meets-putin', 'g7.c-kim-meets-putin-vostochny-2023-09']
   */
  sameAs(claimId: string): readonly string[] {
    return this.sameAsGroups().members(claimId);
  }

  /** The attribution with this id. */
  attribution(id: string): Attribution | undefined {
    return this.store.attributions.get(id)?.record;
  }

  /** Where a record was read from: file, path, and a way to find its fields. */
  origin(type: EntityType, id: string): Origin | undefined {
    return (mapOf(this.store, type).get(id) as Entry<unknown> | undefined)?.origin;
  }

  /** Attributions whose speaker is this actor (by id, name or alias); empty when it is unknown. */
  attributionsBySpeaker(reference: string): Attribution[] {
    const actor = this.actor(reference);
    return actor ? chainToArray(this.store.bySpeaker.get(actor.id)) : [];
  }

  /** Attributions that appear in this source (by id or title). */
  attributionsBySource(reference: string): Attribution[] {
    const source = this.source(reference);
    return source ? chainToArray(this.store.bySource.get(source.id)) : [];
  }

  /**
   * Attributions of this claim; with `sameAs`, also those of the claims recorded as stating the
   * same proposition.
   */
  attributionsByClaim(id: string, options: { sameAs?: boolean } = {}): Attribution[] {
    if (!options.sameAs) return chainToArray(this.store.byClaim.get(id));
    return this.sameAs(id).flatMap((member) => chainToArray(this.store.byClaim.get(member)));
  }

  /**
   * Attributed statements by speaker (and who speaks for them), source, publisher, date range,
   * mode, stance, topic and words, each with its claim, speaker, source and chain, sorted by date.
   *
   * @param filter - what to select; see {@link QuoteFilter}
   * @returns the matching statements
   * @throws {UnknownReferenceError} when the speaker, source or publisher names nothing
   * @throws {AmbiguousReferenceError} when one of them fits several records
   *
   * @example
   * corpus.quotes({ speaker: 'Japan', includeAgents: true, mode: 'direct-quote' }).map((q) => q.speaker.name)
   * //=> ['Hirokazu Matsuno', 'Hirokazu Matsuno', 'Fumio Kishida']
   */
  quotes(filter: QuoteFilter = {}): QuoteRecord[] {
    return findQuotes(this, filter);
  }

  /**
   * The path of an attribution from the source in hand, through each cited document and each
   * relaying speaker, to the speaker: Modern Tokyo Times ← The Guardian ← Vladimir Putin;
   * Diário de Notícias ← Hirokazu Matsuno ← Fumio Kishida.
   *
   * @param attribution - an attribution or its id
   * @returns the links, outermost first; empty for an unknown id
   */
  chain(attribution: Attribution | string): ChainLink[] {
    const record = typeof attribution === 'string' ? this.attribution(attribution) : attribution;
    return record ? attributionChain(this, record) : [];
  }

  /**
   * The statements that best match a remembered phrase, best first, tolerant of small slips.
   *
   * @param phrase - the words as remembered
   * @param options - `limit` (default 5), `minScore` (0 to 1, default 0.6)
   */
  whoSaid(phrase: string, options: { limit?: number; minScore?: number } = {}): QuoteRecord[] {
    return whoSaid(this, phrase, options);
  }

  /**
   * An actor's statements in date order, their words relayed by others included (Kishida's words
   * as Matsuno quotes them); with `includeAgents`, also those of whoever speaks for it; with
   * `hand`, only first-hand or only second-hand words.
   *
   * @throws {UnknownReferenceError} when the actor names nothing
   */
  timeline(actor: string, options: { includeAgents?: boolean; hand?: 'first' | 'second' } = {}): QuoteRecord[] {
    return findQuotes(this, {
      speaker: actor,
      ...(options.includeAgents ? { includeAgents: true } : {}),
      ...(options.hand ? { hand: options.hand } : {}),
    });
  }

  /**
   * Everything about one claim and those recorded as the same proposition (`sameAs`): every source
   * that carries it, its first appearance, who asserts and who denies it, and its independent lines
   * of evidence.
   */
  claimView(claimId: string): ClaimView | undefined {
    return claimView(this, claimId);
  }

  /**
   * Statements that cannot all hold, across sources and speakers, each with both sides and a
   * sentence of explanation: stance, polarity, value, temporal and explicit conflicts.
   *
   * @param options - kinds to look for, extra predicates, `strongOnly`
   */
  contradictions(options: ContradictionOptions = {}): Contradiction[] {
    return findContradictions(this, options);
  }

  /**
   * Pairs of claims from different sources that probably state the same proposition in other
   * words, or conflict on it, with a score from 0 to 1 and the reasons; pairs already linked by
   * `sameAs` are left out. Claims are compared within blocks of shared actors, so this scales.
   *
   * @param options - `minScore` (default 0.55), extra `predicates`, `limit`, `maxBlock`
   * @returns the suggestions, best first
   *
   * @example
   * corpus.alignClaims({ minScore: 0.7 }).map((s) => [s.a, s.b, s.relation])
   * //=> [['dn.c-kim-meets-putin', 'g7.c-kim-meets-putin-vostochny-2023-09', 'same'], ...]
   */
  alignClaims(options: AlignOptions = {}): AlignSuggestion[] {
    return alignClaims(this.store, options);
  }

  /**
   * A new corpus with records added, or replaced where the id is taken; this one is unchanged.
   * Only the new records are validated and indexed, so this is cheap on a large corpus. Invalid
   * records are left out and their diagnostics appended to the new corpus's `diagnostics`.
   *
   * @param input - records to add, by kind, as plain objects
   * @returns the new corpus
   *
   * @example
   * const next = corpus.with({ actors: [{ id: 'ann', kind: 'person', name: 'Ann Lee' }] });
   * [corpus.actor('ann'), next.actor('ann')?.name]
   * //=> [undefined, 'Ann Lee']
   */
  with(input: CorpusInput): Corpus {
    const found: Diagnostic[] = [];
    const additions = collectRecords(rawRecordsOf(input), found, this.store, true);
    const diagnostics = found.length === 0 ? this.diagnostics : [...this.diagnostics, ...found];
    return new Corpus(extendStore(this.store, additions), diagnostics, this.root, this.files);
  }

  /** Counts of what the corpus holds. */
  stats(): CorpusStats {
    const byMode = { 'direct-quote': 0, indirect: 0, summary: 0, 'own-voice': 0 };
    const byStance = { asserts: 0, denies: 0, doubts: 0, hedges: 0 };
    for (const a of this.attributions) {
      byMode[a.mode]++;
      byStance[a.stance]++;
    }
    return {
      actors: this.store.actors.size,
      sources: this.store.sources.size,
      sourcesWithText: this.sources.filter((s) => s.text !== undefined).length,
      claims: this.store.claims.size,
      attributions: this.store.attributions.size,
      directQuotes: byMode['direct-quote'],
      byMode,
      byStance,
      files: this.files.length,
      diagnostics: this.diagnostics.length,
    };
  }
}
