import { loadTimeRule } from './load-rules.js';

/** Two records of one kind with the same id: both places are named, the first one is kept. */
export const duplicateId = loadTimeRule({
  id: 'duplicate-id',
  severity: 'error',
  doc: 'Ids are unique within each kind of record, across all files.',
});
