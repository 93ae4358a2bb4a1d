import { extname } from 'node:path';
import { FORMATS } from './list-corpus-files.js';
import type { ParsedFile } from './origin.js';
import { parseJsonRecords } from './parse-json.js';
import { parseJsonlRecords } from './parse-jsonl.js';
import { parseYamlRecords } from './parse-yaml.js';

/**
 * Parses one corpus file's text by its format (the file's extension).
 *
 * @param text - the decoded text
 * @param file - its path relative to the corpus directory
 * @returns the raw records and the diagnostics of what could not be read
 *
 * @example
 * parseCorpusText('{"actors": []}', 'a.json').records
 * //=> []
 */
export function parseCorpusText(text: string, file: string): ParsedFile {
  const format = FORMATS[extname(file).toLowerCase()];
  if (format === 'json') return parseJsonRecords(text, file);
  if (format === 'jsonl') return parseJsonlRecords(text, file);
  return parseYamlRecords(text, file);
}
