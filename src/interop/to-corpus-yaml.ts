import { stringify } from 'yaml';
import type { ImportedData } from './import-result.js';

/**
 * Imported records as one corpus file in YAML, in the layout of docs/format.md, optionally headed
 * by the `yaml-language-server` line that lets editors validate it against the JSON Schema.
 * Empty lists are left out.
 *
 * @param data - records from an import
 * @param schemaPath - path or URL of `corpus-file.schema.json` for the header line; none when omitted
 * @returns the YAML text
 * @throws nothing
 * @example
 * toCorpusYaml({ actors: [{ id: 'jane-roe', kind: 'person', name: 'Jane Roe' }], sources: [], claims: [], attributions: [] })
 * //=> 'actors:\n  - id: jane-roe\n    kind: person\n    name: Jane Roe\n'
 */
export function toCorpusYaml(data: ImportedData, schemaPath?: string): string {
  const lists = Object.fromEntries(Object.entries(data).filter(([, list]) => list.length > 0));
  const body = Object.keys(lists).length === 0 ? '{}\n' : stringify(lists, { lineWidth: 120 });
  return schemaPath === undefined ? body : `# yaml-language-server: $schema=${schemaPath}\n${body}`;
}
