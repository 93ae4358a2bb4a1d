import { loadTimeRule } from './load-rules.js';

/** A source whose `textFile` is missing, unreadable or outside the corpus directory. */
export const textFile = loadTimeRule({
  id: 'text-file',
  severity: 'error',
  doc: "A source's textFile exists inside the corpus directory and is UTF-8.",
});
