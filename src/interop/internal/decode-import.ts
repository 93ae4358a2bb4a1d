import { decodeCorpusFile } from '../../load/decode.js';
import type { RecordCollector } from './collector.js';

/**
 * The text of an imported file's bytes, decoded as the loader decodes corpus files; when they
 * cannot be decoded (Latin-1, UTF-16 without a mark, binary), a diagnostic in `out` says why and
 * that nothing was imported, and the result is undefined.
 *
 * @param bytes - the file as read
 * @param out - the import's collector, which receives the diagnostic
 * @returns the text, or undefined when the file cannot be read
 *
 * @example
 * decodeImport(new TextEncoder().encode('{}'), out)
 * //=> '{}'
 */
export function decodeImport(bytes: Uint8Array, out: RecordCollector): string | undefined {
  const decoded = decodeCorpusFile(bytes);
  if (decoded.ok) return decoded.text;
  out.diagnostics.push({
    ruleId: 'syntax',
    severity: 'error',
    message: `The file could not be read: ${decoded.reason}. Nothing was imported.`,
    file: out.file,
    ...(decoded.line !== undefined ? { line: decoded.line, column: decoded.column ?? 1 } : {}),
  });
  return undefined;
}
