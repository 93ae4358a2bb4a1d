/**
 * The form names are compared in: case, diacritics, hyphens and punctuation do not count, so
 * "Kim Jong-un", "KIM JONG UN" and "Kim  Jong Un" meet, and "Budánov" finds "Budanov".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
