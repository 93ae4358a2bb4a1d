/** The outcome of decoding a file's bytes: its text, or why it is refused and where. */
export type DecodeResult =
  | { ok: true; text: string }
  | {
      ok: false;
      reason: string;
      /** `encoding`: the whole file is in another encoding; `bytes`: some bytes are not UTF-8 text. */
      kind: 'encoding' | 'bytes';
      line?: number;
      column?: number;
    };

// What bytes 0x80-0x9F stand for in Windows-1252 (the rest of the upper half is Latin-1 as is);
// Node's own "windows-1252" decoder reads them as control characters.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The character a byte of the upper half stands for in Windows-1252, if it stands for one. */
function windows1252(byte: number): string | undefined {
  if (byte >= 0xa0) return String.fromCharCode(byte);
  const ch = WINDOWS_1252_HIGH[byte - 0x80];
  return ch !== undefined && ch.charCodeAt(0) > 0xff ? ch : undefined;
}

/** How many bytes the UTF-8 sequence that starts with `lead` takes; 0 when `lead` cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Finds the first byte that does not belong to a valid UTF-8 sequence (overlong forms, encoded
 * surrogates and code points past U+10FFFF count as invalid).
 *
 * @param bytes - the bytes to check
 * @returns the offset of the first invalid sequence, or -1 when all of it is valid
 *
 * @example
 * firstInvalidUtf8(Uint8Array.of(0x63, 0x61, 0x66, 0xe9))
 * //=> 3
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    const length = sequenceLength(lead);
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] as number;
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    if (lead === 0xe0 && second < 0xa0) return i;
    if (lead === 0xed && second > 0x9f) return i;
    if (lead === 0xf0 && second < 0x90) return i;
    if (lead === 0xf4 && second > 0x8f) return i;
    i += length;
  }
  return -1;
}

/** Line and column (in characters) of a byte offset, counting UTF-8 sequences up to it. */
function bytePosition(bytes: Uint8Array, offset: number, firstLine: number): { line: number; column: number } {
  let line = firstLine;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i] as number;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) column++;
  }
  return { line, column };
}

/** Whether every other byte of the start is zero, as in UTF-16 text without a byte order mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  return Math.max(evenZeros, oddZeros) >= pairs * 0.4 && Math.min(evenZeros, oddZeros) <= pairs * 0.05;
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Decodes a corpus file or a source's text file, which must be UTF-8. A UTF-8 byte order mark is
 * dropped. Anything else is refused with a reason a person can act on, never decoded into
 * replacement characters: UTF-16 and UTF-32 (with or without a byte order mark), text in a legacy
 * single-byte encoding such as Latin-1 (the first bad byte is named with its line and column),
 * and binary files.
 *
 * @param bytes - the file's contents
 * @param firstLine - the number of its first line, when `bytes` is one line of a larger file
 * @returns `{ ok: true, text }`, or `{ ok: false, reason, line?, column? }`
 *
 * @example
 * decodeCorpusFile(Uint8Array.of(0x63, 0x61, 0x66, 0xe9, 0x0a))
 * //=> { ok: false, kind: 'bytes', reason: 'it is not valid UTF-8: the byte 0xE9 at line 1, column 4 is "é" in Latin-1 (Windows-1252); it looks like the file was saved in that encoding. Save it as UTF-8', line: 1, column: 4 }
 */
export function decodeCorpusFile(bytes: Uint8Array, firstLine = 1): DecodeResult {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return { ok: false, kind: 'encoding', reason: 'it is encoded as UTF-32; save it as UTF-8' };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return { ok: false, kind: 'encoding', reason: 'it is encoded as UTF-16; save it as UTF-8' };
  }
  if (looksLikeUtf16(bytes)) {
    return {
      ok: false,
      kind: 'encoding',
      reason: 'it looks like UTF-16 text (every other byte is zero); save it as UTF-8',
    };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const { line, column } = bytePosition(bytes, bad, firstLine);
    const byte = bytes[bad] as number;
    const legacy = windows1252(byte);
    const expected = sequenceLength(byte);
    let tail = bad + 1;
    while (tail < bytes.length && ((bytes[tail] as number) & 0xc0) === 0x80) tail++;
    if (expected > 1 && bad + expected > bytes.length && tail === bytes.length) {
      return {
        ok: false,
        kind: 'bytes',
        reason: `it ends in the middle of a character at line ${line}, column ${column}; the file looks cut off${legacy === undefined ? '' : `, unless it is in Latin-1 (Windows-1252), where the byte ${hex(byte)} is "${legacy}"`}`,
        line,
        column,
      };
    }
    const guess =
      legacy !== undefined
        ? ` is "${legacy}" in Latin-1 (Windows-1252); it looks like the file was saved in that encoding. Save it as UTF-8`
        : ` cannot start a character. Save the file as UTF-8`;
    return {
      ok: false,
      kind: 'bytes',
      reason: `it is not valid UTF-8: the byte ${hex(byte)} at line ${line}, column ${column}${guess}`,
      line,
      column,
    };
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const before = text.slice(0, nul);
    const line = before.split('\n').length + firstLine - 1;
    const column = nul - before.lastIndexOf('\n');
    return {
      ok: false,
      kind: 'bytes',
      reason: `it contains a NUL character at line ${line}, column ${column}, so it looks like a binary file, not text`,
      line,
      column,
    };
  }
  return { ok: true, text };
}
