import { loadTimeRule } from './load-rules.js';

/** A corpus file that cannot be parsed or decoded: reported with the position of the error. */
export const syntax = loadTimeRule({
  id: 'syntax',
  severity: 'error',
  doc: 'Every corpus file is well-formed UTF-8 YAML, JSON or JSONL.',
});
