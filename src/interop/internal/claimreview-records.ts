import * as z from 'zod';
import { normalizeName } from '../../internal/normalize-name.js';
import type { ActorInput, ActorKind } from '../../model/actor.js';
import type { SourceInput, SourceKind } from '../../model/source.js';
import { CLAIMTRAIL_VOCAB, parseRecordIri } from '../iri.js';
import type { InputPlace, RecordCollector } from './collector.js';
import { leadingPartialDate } from './dates.js';
import type { JsonObject, SchemaOrgReader } from './schema-org-reader.js';
import { actorKindOf, sourceKindOf } from './schema-org-types.js';
import { slugify } from './slug.js';

const LANGUAGE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

function isUrl(value: string | undefined): value is string {
  return value !== undefined && z.url().safeParse(value).success;
}

/** Who published and wrote a source, to tell a source's own voice from what it reports. */
export interface SourceVoices {
  readonly publisher?: string;
  readonly authors: readonly string[];
}

/**
 * Turns schema.org nodes into actor and source records, once per node: nodes are matched by
 * claimtrail IRI, then by `@id`, then by name (actors) or URL (sources). A node that is only a
 * reference to a claimtrail IRI is referred to by its id without a record, since the corpus it
 * came from holds the record.
 */
export class RecordMaker {
  readonly #actors = new Map<string, string>();
  readonly #sources = new Map<string, string>();
  readonly voices = new Map<string, SourceVoices>();

  constructor(
    readonly reader: SchemaOrgReader,
    readonly out: RecordCollector,
    readonly base: string,
  ) {}

  /** The id of the actor a node describes, making its record the first time; undefined without a name. */
  actor(node: JsonObject, fallback: ActorKind, place: InputPlace): string | undefined {
    const r = this.reader;
    const iri = r.id(node);
    const ours = iri === undefined ? undefined : parseRecordIri(iri, this.base);
    const name = r.text(node, 'name');
    const key =
      ours?.type === 'actor'
        ? `ours:${ours.id}`
        : iri !== undefined
          ? `iri:${iri}`
          : `name:${normalizeName(name ?? '')}`;
    const known = this.#actors.get(key);
    if (known) return known;
    if (name === undefined) {
      if (ours?.type !== 'actor') return undefined;
      this.out.ids.reserve(ours.id);
      this.#actors.set(key, ours.id);
      return ours.id;
    }
    const byName = `name:${normalizeName(name)}`;
    if (ours?.type !== 'actor' && this.#actors.has(byName)) return this.#actors.get(byName);
    const id = ours?.type === 'actor' ? ours.id : this.out.ids.allocate(slugify(name, 'actor'));
    if (ours?.type === 'actor') this.out.ids.reserve(id);
    const kind = r.texts(node, 'additionalType').includes(`${CLAIMTRAIL_VOCAB}group`)
      ? 'group'
      : actorKindOf(r.types(node), fallback);
    const aliases = r.texts(node, 'alternateName').filter((a) => a !== name);
    const url = r.text(node, 'url');
    const sameAs = r.texts(node, 'sameAs');
    const record = {
      id,
      kind,
      name,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(kind === 'media' && isUrl(url) ? { url } : {}),
      ...(sameAs.length > 0 ? { note: `Same as ${sameAs.join(', ')}.` } : {}),
    } as ActorInput;
    this.out.add('actor', record, place);
    this.#actors.set(key, id);
    this.#actors.set(byName, id);
    return id;
  }

  /**
   * The id of the source a node describes (a work with a URL or a title), making its record the
   * first time; undefined when it has neither.
   */
  source(
    node: JsonObject,
    place: InputPlace,
    defaults: { kind?: SourceKind; title?: string; publisher?: string } = {},
  ): string | undefined {
    const r = this.reader;
    const iri = r.id(node);
    const ours = iri === undefined ? undefined : parseRecordIri(iri, this.base);
    const url = r.text(node, 'url');
    const title = r.text(node, 'headline') ?? r.text(node, 'name') ?? defaults.title ?? (isUrl(url) ? url : undefined);
    const key =
      ours?.type === 'source'
        ? `ours:${ours.id}`
        : iri !== undefined
          ? `iri:${iri}`
          : isUrl(url)
            ? `url:${url}`
            : `title:${title ?? ''}`;
    const known = this.#sources.get(key) ?? (isUrl(url) ? this.#sources.get(`url:${url}`) : undefined);
    if (known) return known;
    if (title === undefined) {
      if (ours?.type !== 'source') return undefined;
      this.out.ids.reserve(ours.id);
      this.#sources.set(key, ours.id);
      return ours.id;
    }
    let id: string;
    if (ours?.type === 'source') {
      id = ours.id;
      this.out.ids.reserve(id);
    } else if (isUrl(url)) {
      const { hostname, pathname } = new URL(url);
      id = this.out.ids.allocate(slugify(`${hostname.replace(/^www\./, '')} ${pathname}`, 'source'));
    } else id = this.out.ids.allocate(slugify(title, 'source'));
    const publisherNode = r.nodes(node, 'publisher')[0];
    const publisher = publisherNode ? this.actor(publisherNode, 'organization', place) : defaults.publisher;
    const authors = r
      .nodes(node, 'author')
      .map((n) => this.actor(n, 'person', place))
      // A fact-checking organisation given as a review's author is its publisher, not also an author.
      .filter((a): a is string => a !== undefined && !(publisherNode === undefined && a === publisher));
    const language = r.text(node, 'inLanguage');
    const published = leadingPartialDate(r.text(node, 'datePublished'));
    const record: SourceInput = {
      id,
      kind: defaults.kind ?? sourceKindOf(r.types(node), r.text(node, 'genre')),
      title,
      ...(publisher !== undefined ? { publisher } : {}),
      ...(authors.length > 0 ? { authors } : {}),
      ...(isUrl(url) ? { url } : {}),
      ...(language !== undefined && LANGUAGE.test(language) ? { language } : {}),
      ...(published !== undefined ? { published } : {}),
    };
    this.out.add('source', record, place);
    this.#sources.set(key, id);
    if (isUrl(url)) this.#sources.set(`url:${url}`, id);
    this.voices.set(id, { ...(publisher !== undefined ? { publisher } : {}), authors });
    return id;
  }
}
