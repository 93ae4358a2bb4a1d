/**
 * Mutations of corpus files for the fuzz test: what scraping, truncated downloads, bad editors
 * and hostile hands do to a file. Positions are drawn as plain numbers and taken modulo the size
 * of the file at the time, so that fast-check can shrink a failing case to a small one.
 */
import fc from 'fast-check';

/** A change to the bytes of a file. */
export type Mutation =
  | { readonly op: 'flip-byte'; readonly at: number; readonly bit: number }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'duplicate-line'; readonly at: number }
  | { readonly op: 'delete-line'; readonly at: number }
  | { readonly op: 'swap-lines'; readonly at: number; readonly other: number }
  | { readonly op: 'delete-range'; readonly at: number; readonly length: number }
  | { readonly op: 'insert'; readonly at: number; readonly token: string }
  | { readonly op: 'insert-bytes'; readonly at: number; readonly bytes: readonly number[] }
  | { readonly op: 'indent'; readonly at: number; readonly by: number };

/** Odd things to insert: YAML and JSON syntax, prototype keys, encodings, directions, numbers. */
export const ODD_TOKENS = [
  ': ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  ',',
  '#',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\u0000',
  '\ufeff',
  '\u202e',
  '\u200b',
  '\u2028',
  'а',
  '&a ',
  '*a',
  '&x [*x]',
  '!!binary ',
  '!!js/function ',
  '!foo ',
  '? ',
  '|\n',
  '>-\n',
  '<<: *a\n',
  '---\n',
  '...\n',
  '%YAML 1.1\n',
  '\\',
  '\\u',
  '__proto__: { polluted: yes }\n',
  '"__proto__": {"polluted": true}, ',
  'constructor: ',
  'prototype: ',
  '1e400',
  '-0',
  '0x1F',
  '99999999999999999999999',
  '~',
  'null',
  'yes',
  '2023-02-30',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
  '{"a":{"a":{"a":{"a":{"a":',
  '- id: x\n',
  '  - id: a\n    kind: person\n    name: A\n',
  'actors:\n',
  'claims: 3\n',
];

const position = fc.nat({ max: 1_000_000 });

/** One mutation. */
export const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip-byte' as const), at: position, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
  fc.record({ op: fc.constant('duplicate-line' as const), at: position }),
  fc.record({ op: fc.constant('delete-line' as const), at: position }),
  fc.record({ op: fc.constant('swap-lines' as const), at: position, other: position }),
  fc.record({ op: fc.constant('delete-range' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constant('insert' as const), at: position, token: fc.constantFrom(...ODD_TOKENS) }),
  fc.record({
    op: fc.constant('insert-bytes' as const),
    at: position,
    bytes: fc.constantFrom(
      [0xff],
      [0xfe, 0xff],
      [0xc3],
      [0xe9],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0x00, 0x00],
    ),
  }),
  fc.record({ op: fc.constant('indent' as const), at: position, by: fc.integer({ min: -4, max: 4 }) }),
);

const encoder = new TextEncoder();

/** Line start offsets of a byte array. */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) starts.push(i + 1);
  return starts;
}

function lineAt(bytes: Uint8Array, index: number): { start: number; end: number } {
  const starts = lineStarts(bytes);
  const i = index % starts.length;
  const start = starts[i] as number;
  const next = starts[i + 1];
  return { start, end: next === undefined ? bytes.length : next };
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Applies one mutation to a file's bytes. */
export function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = bytes.length;
  const at = n === 0 ? 0 : m.at % (n + 1);
  switch (m.op) {
    case 'flip-byte': {
      if (n === 0) return bytes;
      const out = bytes.slice();
      const i = m.at % n;
      out[i] = (out[i] as number) ^ (1 << m.bit);
      return out;
    }
    case 'truncate':
      return bytes.slice(0, at);
    case 'duplicate-line': {
      const { start, end } = lineAt(bytes, m.at);
      return concat(bytes.subarray(0, end), bytes.subarray(start, end), bytes.subarray(end));
    }
    case 'delete-line': {
      const { start, end } = lineAt(bytes, m.at);
      return concat(bytes.subarray(0, start), bytes.subarray(end));
    }
    case 'swap-lines': {
      const a = lineAt(bytes, m.at);
      const b = lineAt(bytes, m.other);
      if (a.start === b.start) return bytes;
      const [first, second] = a.start < b.start ? [a, b] : [b, a];
      return concat(
        bytes.subarray(0, first.start),
        bytes.subarray(second.start, second.end),
        bytes.subarray(first.end, second.start),
        bytes.subarray(first.start, first.end),
        bytes.subarray(second.end),
      );
    }
    case 'delete-range':
      return concat(bytes.subarray(0, at), bytes.subarray(Math.min(n, at + m.length)));
    case 'insert':
      return concat(bytes.subarray(0, at), encoder.encode(m.token), bytes.subarray(at));
    case 'insert-bytes':
      return concat(bytes.subarray(0, at), Uint8Array.from(m.bytes), bytes.subarray(at));
    case 'indent': {
      const { start } = lineAt(bytes, m.at);
      if (m.by >= 0) return concat(bytes.subarray(0, start), encoder.encode(' '.repeat(m.by)), bytes.subarray(start));
      let cut = start;
      while (cut < n && cut - start < -m.by && bytes[cut] === 0x20) cut++;
      return concat(bytes.subarray(0, start), bytes.subarray(cut));
    }
  }
}
