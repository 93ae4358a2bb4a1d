/**
 * A small seeded pseudo-random generator (sfc32, seeded through a string hash), so that a given
 * seed produces the same corpus on every machine and every Node version: Math.random cannot be
 * seeded and its algorithm is not specified.
 */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  /** @param seed - any number or string; equal seeds give equal sequences */
  constructor(seed: number | string) {
    const [a, b, c, d] = hashSeed(String(seed));
    this.#a = a;
    this.#b = b;
    this.#c = c;
    this.#d = d;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    this.#a |= 0;
    this.#b |= 0;
    this.#c |= 0;
    this.#d |= 0;
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }

  /**
   * An index in [0, n) skewed towards 0, so that a few speakers or outlets are very frequent and
   * most are rare, as in real news (a head of government is quoted far more than a deputy).
   */
  skewed(n: number, exponent = 2.5): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** exponent));
  }
}

function hashSeed(seed: string): [number, number, number, number] {
  // xmur3: spreads the characters of the seed over four 32-bit states.
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
  return [next(), next(), next(), next()];
}
