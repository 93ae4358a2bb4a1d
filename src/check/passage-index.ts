import { distance } from 'fastest-levenshtein';
import { allIndexesOf } from '../internal/fold-text.js';

/** A passage of a text close to a wanted string, and how many edits apart they are. */
export interface NearMiss {
  readonly start: number;
  readonly end: number;
  readonly edits: number;
}

/** Words occurring more often than this are too common to place a quote by. */
const COMMON = 64;
/** Characters a quoted passage may start right after, besides a space. */
const OPENERS = new Set(['"', "'", '(', '[']);
/** At most this many windows are compared for one near miss. */
const MAX_CANDIDATES = 2048;

/**
 * The words of a text whose words are separated by single spaces (a folded or a normalised text)
 * with where each occurs. Built once per source text, it finds a quote or a name by its rarest
 * whole word instead of scanning the text, so that checking many quotes or speakers against one
 * long text stays linear.
 *
 * @example
 * const index = new PassageIndex('the government spokesman said tokyo will not give up');
 * [index.occurrences('will not give'), index.hasPhrase('government spokesman'), index.nearest('will not give in')]
 * //=> [[36], true, { start: 36, end: 52, edits: 2 }]
 */
export class PassageIndex {
  readonly #words = new Map<string, number[]>();
  readonly #starts: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; ) {
      if (text[i] === ' ') {
        i++;
        continue;
      }
      let end = text.indexOf(' ', i);
      if (end === -1) end = text.length;
      const word = text.slice(i, end);
      const list = this.#words.get(word);
      if (list) list.push(i);
      else this.#words.set(word, [i]);
      // A quote may start after an opening mark or a hyphen as well as after a space.
      this.#starts.push(i);
      for (let k = i + 1; k < end && OPENERS.has(text[k - 1] as string); k++) this.#starts.push(k);
      for (let k = i + 1; k < end; k++) if (text[k - 1] === '-') this.#starts.push(k);
      i = end;
    }
  }

  /** The words of `wanted` with their offsets in it. */
  #split(wanted: string): { word: string; offset: number }[] {
    const out: { word: string; offset: number }[] = [];
    for (let i = 0; i < wanted.length; ) {
      if (wanted[i] === ' ') {
        i++;
        continue;
      }
      let end = wanted.indexOf(' ', i);
      if (end === -1) end = wanted.length;
      out.push({ word: wanted.slice(i, end), offset: i });
      i = end;
    }
    return out;
  }

  /**
   * Every offset at which `wanted` occurs. A word inside the quote (not its first or last, which
   * may be cut) is a whole word of the text wherever the quote occurs, so the rarest such word
   * gives every place to look; a quote of one or two words falls back to a scan.
   *
   * @param wanted - the folded quote
   * @returns the offsets where it starts, in order
   */
  occurrences(wanted: string): number[] {
    const words = this.#split(wanted);
    const inner = words.slice(1, -1);
    if (inner.length === 0 || wanted.startsWith(' ') || wanted.endsWith(' ')) return allIndexesOf(this.text, wanted);
    let rarest: { offset: number; at: readonly number[] } | undefined;
    for (const { word, offset } of inner) {
      const at = this.#words.get(word) ?? [];
      if (!rarest || at.length < rarest.at.length) rarest = { offset, at };
      if (at.length === 0) return [];
    }
    const found: number[] = [];
    for (const p of rarest?.at ?? []) {
      const start = p - (rarest?.offset ?? 0);
      if (start >= 0 && this.text.startsWith(wanted, start)) found.push(start);
    }
    return found;
  }

  /**
   * Whether `phrase` occurs as whole words: "kim jong un" in "said kim jong un today", not
   * "kim" in "kimchi". Looks only where the phrase's rarest word occurs.
   *
   * @param phrase - words separated by single spaces, normalised like the text
   * @returns whether the text holds it, bounded by spaces or the ends
   */
  hasPhrase(phrase: string): boolean {
    // A phrase longer than the text cannot be in it: a 2 MB name is not split for every source.
    if (phrase.length === 0 || phrase.length > this.text.length) return false;
    const words = this.#split(phrase);
    let rarest: { offset: number; at: readonly number[] } | undefined;
    for (const { word, offset } of words) {
      const at = this.#words.get(word);
      if (!at) return false;
      if (!rarest || at.length < rarest.at.length) rarest = { offset, at };
    }
    if (!rarest) return false;
    const { text } = this;
    for (const p of rarest.at) {
      const start = p - rarest.offset;
      const end = start + phrase.length;
      if (start < 0 || (start > 0 && text[start - 1] !== ' ') || (end < text.length && text[end] !== ' ')) continue;
      if (text.startsWith(phrase, start)) return true;
    }
    return false;
  }

  /** The starts of the word at or before an offset and of the word after it. */
  #wordStarts(offset: number): [number, number | undefined] {
    let low = 0;
    let high = this.#starts.length - 1;
    if (high < 0 || (this.#starts[0] as number) > offset) return [offset, this.#starts[0]];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.#starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return [this.#starts[low] as number, this.#starts[low + 1]];
  }

  /**
   * The passage most like `wanted`: windows are placed by lining up each of its words (rare words
   * first) with where that word occurs in the text, and compared by edit distance. Undefined when
   * the text shares no word with it, or the closest passage differs in more than half its length.
   *
   * @param wanted - the folded quote that was not found
   * @returns the closest passage and its distance in edits, or undefined
   */
  nearest(wanted: string): NearMiss | undefined {
    if (wanted.length === 0 || this.text.length === 0) return undefined;
    const words = this.#split(wanted)
      .map((w) => ({ ...w, at: this.#words.get(w.word) ?? [] }))
      .filter((w) => w.at.length > 0)
      .sort((a, b) => a.at.length - b.at.length);
    const starts = new Set<number>();
    for (const { offset, at } of words) {
      if (starts.size > 0 && at.length > COMMON) break;
      for (const p of at.slice(0, COMMON)) {
        // Quotes start at a word: the word where the alignment lands, or the next one.
        const [before, after] = this.#wordStarts(Math.max(0, p - offset));
        starts.add(before);
        if (after !== undefined) starts.add(after);
      }
      if (starts.size >= MAX_CANDIDATES) break;
    }
    let best: NearMiss | undefined;
    for (const start of [...starts].sort((a, b) => a - b)) {
      const end = Math.min(this.text.length, start + wanted.length);
      const edits = distance(this.text.slice(start, end), wanted);
      if (!best || edits < best.edits) best = { start, end, edits };
    }
    if (!best) return undefined;
    const refined = this.#refineEnd(wanted, best);
    // A passage that differs in most of its characters is no hint of what was meant.
    return refined.edits * 2 > wanted.length ? undefined : refined;
  }

  /** An accent or a dropped word makes the passage a little longer or shorter: let its end move. */
  #refineEnd(wanted: string, miss: NearMiss): NearMiss {
    let best = miss;
    const slack = Math.max(2, Math.ceil(wanted.length / 10));
    for (let delta = 1; delta <= slack; delta++) {
      for (const end of [miss.end - delta, miss.end + delta]) {
        if (end <= miss.start || end > this.text.length) continue;
        const edits = distance(this.text.slice(miss.start, end), wanted);
        if (edits < best.edits) best = { start: miss.start, end, edits };
      }
    }
    return best;
  }
}
