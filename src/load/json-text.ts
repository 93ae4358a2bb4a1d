/**
 * Scanning JSON text without building values: finding the first syntax error and saying what it
 * is, and counting keys to tell whether JSON.parse dropped one given twice. Iterative, so deeply
 * nested input cannot overflow the stack. Finding places is in json-places.ts.
 */

/** A JSON syntax error: the UTF-16 offset where the text stops being JSON, and why. */
export interface JsonSyntaxProblem {
  readonly offset: number;
  readonly reason: string;
}

export const QUOTE = 34;
export const BACKSLASH = 92;
export const COMMA = 44;
export const COLON = 58;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;

/** Whether a character code is JSON white space. */
export const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Skips JSON white space.
 *
 * @param text - the text
 * @param i - where to start
 * @returns the offset of the first character at or after `i` that is not white space
 *
 * @example
 * skipSpace('  {}', 0)
 * //=> 2
 */
export function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Finds the end of a JSON string, stepping over escaped quotes.
 *
 * @param text - the text
 * @param i - the offset of the opening quote
 * @returns the offset just after the closing quote, or -1 when the string is never closed
 *
 * @example
 * stringEnd('"a\\"b" x', 0)
 * //=> 6
 */
export function stringEnd(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q === -1) return -1;
    let backslashes = 0;
    for (let b = q - 1; text.charCodeAt(b) === BACKSLASH; b--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/** The key a JSON string token spells, its escapes decoded. */
export function keyAt(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return raw;
  }
}

function show(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f)
    return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${ch}"`;
}

function unexpected(text: string, i: number, expected: string, unit: string): JsonSyntaxProblem {
  const ch = text[i];
  if (ch === '/') return { offset: i, reason: 'JSON does not allow comments' };
  if (ch === "'") return { offset: i, reason: 'JSON strings need double quotes, not single ones' };
  if (ch === undefined) return { offset: i, reason: `the ${unit} ends where ${expected} should be; it looks cut off` };
  const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))?.[0];
  if (word !== undefined && word.length > 1)
    return { offset: i, reason: `unexpected word "${word}" where ${expected} should be` };
  return { offset: i, reason: `unexpected ${show(ch)} where ${expected} should be` };
}

/** Checks a string that opens at `i`; the offset after it, or the problem in it. */
function scanString(text: string, i: number, unit: string): number | JsonSyntaxProblem {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j + 1;
    if (c === BACKSLASH) {
      const e = text[j + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
          return { offset: j, reason: 'a "\\u" escape in a string is not followed by four hexadecimal digits' };
        }
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
      else
        return {
          offset: j,
          reason: `${e === undefined ? `a backslash ends the ${unit}` : `the escape "\\${e}" does not exist in JSON`}`,
        };
    } else if (c < 0x20) {
      return {
        offset: j,
        reason:
          c === 10 || c === 13
            ? 'a line break inside a string; write it as \\n'
            : `a control character (U+${c.toString(16).toUpperCase().padStart(4, '0')}) inside a string; write it as an escape`,
      };
    }
  }
  return { offset: i, reason: `the string that starts here is never closed; the ${unit} looks cut off` };
}

function scanNumber(text: string, i: number): number | JsonSyntaxProblem {
  let j = i;
  if (text[j] === '-') j++;
  const digits = () => {
    const from = j;
    while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    return j > from;
  };
  if (text[j] === '0') j++;
  else if (!digits()) return { offset: i, reason: 'a minus sign is not followed by a number' };
  if (text[j] === '.') {
    j++;
    if (!digits()) return { offset: j, reason: 'a number has a decimal point without digits after it' };
  }
  if (text[j] === 'e' || text[j] === 'E') {
    j++;
    if (text[j] === '+' || text[j] === '-') j++;
    if (!digits()) return { offset: j, reason: 'a number has an exponent without digits' };
  }
  return j;
}

/**
 * Finds the first place where a text stops being JSON, and says why in plain words. Used after
 * JSON.parse has refused a text, because the engine's messages do not always carry a position.
 *
 * @param text - the whole text of a JSON file, or one JSONL line
 * @param unit - what the text is, for the reasons: a `file` or a `line`
 * @returns the offset and the reason, or undefined when the text is valid JSON
 *
 * @example
 * jsonSyntaxProblem('{"actors": [1,]}')
 * //=> { offset: 14, reason: 'a comma comes right before "]"; JSON does not allow a trailing comma' }
 */
export function jsonSyntaxProblem(text: string, unit: 'file' | 'line' = 'file'): JsonSyntaxProblem | undefined {
  const stack: boolean[] = []; // true: an object
  type State = 'value' | 'first-value' | 'next-value' | 'key' | 'first-key' | 'colon' | 'after';
  let state: State = 'value';
  let i = skipSpace(text, 0);
  if (i === text.length) {
    return { offset: i, reason: text.length === 0 ? `the ${unit} is empty` : 'it holds nothing but white space' };
  }
  for (; ; i = skipSpace(text, i)) {
    const c = text.charCodeAt(i);
    if (state === 'after') {
      if (stack.length === 0) {
        return i >= text.length ? undefined : { offset: i, reason: 'more text follows the end of the JSON value' };
      }
      const object = stack[stack.length - 1] as boolean;
      if (c === COMMA) {
        state = object ? 'key' : 'next-value';
        i++;
      } else if (c === (object ? CLOSE_BRACE : CLOSE_BRACKET)) {
        stack.pop();
        i++;
      } else if (i >= text.length) {
        return {
          offset: i,
          reason: `the ${unit} ends before the ${object ? 'object' : 'list'} is closed; it looks cut off`,
        };
      } else return unexpected(text, i, object ? '"," or "}"' : '"," or "]"', unit);
      continue;
    }
    if (state === 'colon') {
      if (c !== COLON) return unexpected(text, i, '":" after the key', unit);
      state = 'value';
      i++;
      continue;
    }
    if (state === 'key' || state === 'first-key') {
      if (c === CLOSE_BRACE) {
        if (state === 'key')
          return { offset: i, reason: 'a comma comes right before "}"; JSON does not allow a trailing comma' };
        stack.pop();
        state = 'after';
        i++;
        continue;
      }
      if (c !== QUOTE) return unexpected(text, i, 'a key in double quotes', unit);
      const end = scanString(text, i, unit);
      if (typeof end !== 'number') return end;
      i = end;
      state = 'colon';
      continue;
    }
    // A value is expected.
    if (c === CLOSE_BRACKET && state !== 'value') {
      if (state === 'next-value') {
        return { offset: i, reason: 'a comma comes right before "]"; JSON does not allow a trailing comma' };
      }
      stack.pop();
      state = 'after';
      i++;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      stack.push(c === OPEN_BRACE);
      state = c === OPEN_BRACE ? 'first-key' : 'first-value';
      i++;
      continue;
    }
    let end: number | JsonSyntaxProblem;
    if (c === QUOTE) end = scanString(text, i, unit);
    else if (c === 45 || (c >= 48 && c <= 57)) end = scanNumber(text, i);
    else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (word === undefined) return unexpected(text, i, 'a value', unit);
      end = i + word.length;
    }
    if (typeof end !== 'number') return end;
    i = end;
    state = 'after';
  }
}

/**
 * Counts the keys written in a valid JSON text, quickly: a string followed by a colon is a key.
 * Compared with the keys of the parsed value, it tells whether JSON.parse dropped a duplicate.
 *
 * @param text - a text JSON.parse accepts
 * @returns the number of keys written in it
 *
 * @example
 * countKeysInText('{"a": 1, "a": 2}')
 * //=> 2
 */
export function countKeysInText(text: string): number {
  let count = 0;
  for (let i = text.indexOf('"'); i !== -1; ) {
    const end = stringEnd(text, i);
    if (end === -1) break;
    if (text.charCodeAt(skipSpace(text, end)) === COLON) count++;
    i = text.indexOf('"', end);
  }
  return count;
}

/**
 * Counts the own keys of every object in a parsed JSON value, without recursion.
 *
 * @param value - what JSON.parse returned
 * @returns the number of keys in all its objects
 *
 * @example
 * countKeysInValue({ a: [{ b: 1 }, { c: 2 }] })
 * //=> 3
 */
export function countKeysInValue(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
    } else {
      const keys = Object.keys(v);
      count += keys.length;
      for (const key of keys) {
        const item = (v as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
    }
  }
  return count;
}
