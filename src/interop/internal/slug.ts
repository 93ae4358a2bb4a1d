/** FNV-1a over UTF-16 code units, in base 36: a short, stable tag for telling long slugs apart. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * A claimtrail id made from free text: ASCII letters and digits joined by `-`, accents dropped
 * ("Kirilo Budánov" -> "kirilo-budanov"). Text with no ASCII letters or digits at all (a name in
 * Hangul, say) gets `fallback` and a hash of the text, so that different names stay apart.
 * Long slugs are cut at a word and tagged with a hash of the whole text.
 */
export function slugify(text: string, fallback = 'item', max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    // Runs were joined into one dash above, so at most one is left at either end.
    .replace(/^-|-$/g, '');
  if (slug === '') return `${fallback}-${shortHash(text)}`;
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max).replace(/-[^-]*$/, '') || slug.slice(0, max);
  return `${cut.replace(/-$/, '')}-${shortHash(text)}`;
}

/** Hands out ids, adding `-2`, `-3`... when one is already taken. */
export class IdAllocator {
  readonly #taken = new Set<string>();

  /** Marks an id as used without allocating it. */
  reserve(id: string): void {
    this.#taken.add(id);
  }

  /** Whether the id has been handed out or reserved. */
  has(id: string): boolean {
    return this.#taken.has(id);
  }

  /** `wanted` if free, otherwise the first free `wanted-N`. */
  allocate(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.#taken.has(id); n++) id = `${wanted}-${n}`;
    this.#taken.add(id);
    return id;
  }
}
