import { loadTimeRule } from './load-rules.js';

/** A record that does not fit its schema: reported with the field path and not loaded. */
export const schema = loadTimeRule({
  id: 'schema',
  severity: 'error',
  doc: 'Every record fits the schema of its kind (actor, source, claim, attribution).',
});
