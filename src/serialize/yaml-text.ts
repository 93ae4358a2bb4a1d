import { isDeepStrictEqual } from 'node:util';
import { Document, isScalar, parse, Scalar, visit } from 'yaml';

// Control characters, line and paragraph separators, the byte order mark and any surrogate: such
// strings are written double-quoted, with escapes, so that no byte of them depends on the
// emitter's choice of block or plain style (and a lone surrogate survives UTF-8).
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what this looks for
const NEEDS_ESCAPES = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

function render(data: unknown, quoteAll: boolean): string {
  const doc = new Document(data, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      const value = node.value;
      if (quoteAll || NEEDS_ESCAPES.test(value) || value.trim() !== value) node.type = Scalar.QUOTE_DOUBLE;
    },
    Seq(_key, node) {
      // Lists of plain values (aliases, authors, topics) read best on one line.
      if (node.items.length > 0 && node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return doc.toString({
    lineWidth: quoteAll ? 0 : 110,
    minContentWidth: 40,
    doubleQuotedAsJSON: true,
    flowCollectionPadding: true,
  });
}

/**
 * Writes data as YAML that reads back to exactly the same data. Strings that hold control
 * characters, separators or lone surrogates are written double-quoted with escapes; the output is
 * then read back and compared, and should the emitter have styled anything in a way that does
 * not read back the same, the file is written again with every string double-quoted.
 *
 * @param data - plain data: objects, arrays, strings, finite numbers, booleans, null
 * @returns the YAML text
 * @throws {Error} when even the fully quoted form does not read back the same (a bug)
 *
 * @example
 * toYaml({ topics: ['a', 'b'], note: ' padded\n' })
 * //=> 'topics: [ a, b ]\nnote: " padded\\n"\n'
 */
export function toYaml(data: unknown): string {
  const text = render(data, false);
  if (isDeepStrictEqual(parse(text), data)) return text;
  const quoted = render(data, true);
  if (isDeepStrictEqual(parse(quoted), data)) return quoted;
  throw new Error('claimtrail: the canonical YAML writer could not write this data so that it reads back the same');
}
