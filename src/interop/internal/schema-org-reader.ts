/** A JSON object read from a JSON-LD document. */
export type JsonObject = Record<string, unknown>;

const PREFIXES = ['', 'schema:', 'http://schema.org/', 'https://schema.org/'];

/** How deep a JSON-LD document may nest (objects and arrays); no published ClaimReview comes near. */
export const MAX_JSON_LD_DEPTH = 1000;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema.org local name of a type or property IRI: `schema:Claim` and `http://schema.org/Claim` give `Claim`. */
export function localName(term: string): string {
  for (const prefix of PREFIXES) if (prefix !== '' && term.startsWith(prefix)) return term.slice(prefix.length);
  return term;
}

/**
 * Reads schema.org JSON-LD as publishers write it, without a JSON-LD processor: compact terms
 * with or without a `schema:` prefix or the full IRI, `@type` or `type`, `@id` or `id`, single
 * values or arrays, `{ "@value" }` literals, and references by `@id` to nodes described elsewhere
 * in the document.
 */
export class SchemaOrgReader {
  readonly #byId = new Map<string, JsonObject>();

  /** The path of the first place the document nests deeper than {@link MAX_JSON_LD_DEPTH}, if any. */
  readonly tooDeep: (string | number)[] | undefined;

  constructor(root: unknown) {
    for (const { node } of this.allNodes(root)) {
      const id = this.id(node);
      // Keep the fullest description of a node: the one with the most properties.
      if (id !== undefined && Object.keys(node).length > Object.keys(this.#byId.get(id) ?? {}).length) {
        this.#byId.set(id, node);
      }
    }
    this.tooDeep = this.#tooDeep;
  }

  #tooDeep: (string | number)[] | undefined;

  /** The node's `@id` (or `id`), if it has one. */
  id(node: JsonObject): string | undefined {
    const id = node['@id'] ?? node.id;
    return typeof id === 'string' && id !== '' ? id : undefined;
  }

  /** The node's types, as schema.org local names. */
  types(node: JsonObject): string[] {
    const raw = node['@type'] ?? node.type;
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    return list.filter((t): t is string => typeof t === 'string').map(localName);
  }

  /** Whether the node has this schema.org type. */
  is(node: JsonObject, type: string): boolean {
    return this.types(node).includes(type);
  }

  /** Every value of a property, arrays flattened and `@value` literals unwrapped. */
  values(node: JsonObject, property: string): unknown[] {
    const out: unknown[] = [];
    for (const prefix of PREFIXES) {
      const raw = node[`${prefix}${property}`];
      if (raw === undefined) continue;
      for (const item of Array.isArray(raw) ? raw : [raw]) {
        out.push(isObject(item) && '@value' in item ? item['@value'] : item);
      }
    }
    return out;
  }

  /** The first text value of a property (numbers are written as text), trimmed; undefined when empty. */
  text(node: JsonObject, property: string): string | undefined {
    for (const value of this.values(node, property)) {
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
      if (typeof value === 'number') return String(value);
    }
    return undefined;
  }

  /** Every text value of a property. */
  texts(node: JsonObject, property: string): string[] {
    return this.values(node, property)
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
      .map((v) => v.trim());
  }

  /**
   * The nodes a property points at, references resolved to their description elsewhere in the
   * document. A plain string becomes `{ [stringKey]: string }`: a name for an author, a URL for an
   * appearance.
   */
  nodes(node: JsonObject, property: string, stringKey = 'name'): JsonObject[] {
    const out: JsonObject[] = [];
    for (const value of this.values(node, property)) {
      if (typeof value === 'string' && value.trim() !== '') out.push({ [stringKey]: value.trim() });
      else if (isObject(value)) {
        const id = this.id(value);
        out.push((id !== undefined ? this.#byId.get(id) : undefined) ?? value);
      }
    }
    return out;
  }

  /**
   * Every node of the document with its JSON path, depth first, in document order. The walk keeps
   * its own stack instead of recursing, so no nesting can overflow the call stack; what lies
   * deeper than {@link MAX_JSON_LD_DEPTH} is not visited, and the first such place is kept in
   * `tooDeep` for a diagnostic.
   */
  allNodes(root: unknown): { node: JsonObject; path: (string | number)[] }[] {
    const out: { node: JsonObject; path: (string | number)[] }[] = [];
    const seen = new Set<unknown>();
    const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
    while (stack.length > 0) {
      const { value, path } = stack.pop() as (typeof stack)[number];
      if (seen.has(value) || (!Array.isArray(value) && !isObject(value))) continue;
      if (path.length > MAX_JSON_LD_DEPTH) {
        this.#tooDeep ??= path.slice(0, MAX_JSON_LD_DEPTH);
        continue;
      }
      seen.add(value);
      const children: { value: unknown; path: (string | number)[] }[] = [];
      if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) children.push({ value: item, path: [...path, i] });
      } else {
        out.push({ node: value as JsonObject, path });
        for (const [key, child] of Object.entries(value as JsonObject)) {
          if (key !== '@context') children.push({ value: child, path: [...path, key] });
        }
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as (typeof children)[number]);
    }
    return out;
  }
}
