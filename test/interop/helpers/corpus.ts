import { stringify } from 'yaml';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import type { ImportedData } from '../../../src/interop/import-result.js';
import { toCorpusYaml } from '../../../src/interop/to-corpus-yaml.js';
import { tempCorpus } from '../../helpers/temp-corpus.js';

/** Loads a corpus made of one YAML file holding these lists. */
export async function corpusOf(lists: Record<string, unknown[]>) {
  return loadCorpus(tempCorpus({ 'corpus.yaml': stringify(lists) }));
}

/** Writes imported records as a YAML corpus file into a temporary directory and loads it. */
export async function loadImported(data: ImportedData) {
  return loadCorpus(tempCorpus({ 'imported.yaml': toCorpusYaml(data) }));
}
