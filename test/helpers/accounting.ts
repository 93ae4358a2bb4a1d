/**
 * "Nothing is dropped silently", as a test can check it: read a corpus file with an independent
 * parser, list the records it holds, and find those that neither loaded nor got a diagnostic.
 */
import { parseDocument } from 'yaml';
import type { Corpus } from '../../src/index.js';

const COLLECTIONS = ['actors', 'sources', 'claims', 'attributions'] as const;

/** Where each loaded record came from: `file|key/index` for YAML and JSON, `file|line:n` for JSONL. */
export function loadedPlaces(corpus: Corpus): Set<string> {
  const places = new Set<string>();
  const lists = [
    ['actor', corpus.actors],
    ['source', corpus.sources],
    ['claim', corpus.claims],
    ['attribution', corpus.attributions],
  ] as const;
  for (const [type, records] of lists) {
    for (const record of records) {
      const origin = corpus.origin(type, record.id);
      if (!origin?.file) continue;
      places.add(
        origin.path.length > 0
          ? `${origin.file}|${origin.path.join('/')}`
          : `${origin.file}|line:${origin.locate()?.line}`,
      );
    }
  }
  return places;
}

/** What an independent reading of a file says it holds: nothing readable, or records at places. */
export type Holding = { readonly kind: 'unreadable' } | { readonly kind: 'records'; readonly places: string[] };

/**
 * The records a corpus file holds, by the `yaml` package and JSON.parse alone: `key/index` for
 * YAML and JSON files, `line:n` for the non-blank lines of a JSONL file.
 */
export function holdingOf(path: string, bytes: Uint8Array): Holding {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (!path.endsWith('.jsonl')) return { kind: 'unreadable' };
    text = new TextDecoder('utf-8').decode(bytes);
  }
  if (path.endsWith('.jsonl')) {
    const places: string[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.trim() !== '') places.push(`line:${i + 1}`);
    });
    return { kind: 'records', places };
  }
  if (text.includes('\u0000')) return { kind: 'unreadable' };
  let value: unknown;
  if (path.endsWith('.json')) {
    try {
      value = JSON.parse(text);
    } catch {
      return { kind: 'unreadable' };
    }
  } else {
    const doc = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length > 0) return { kind: 'unreadable' };
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch {
      return { kind: 'unreadable' };
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { kind: 'records', places: [] };
  const places: string[] = [];
  for (const key of COLLECTIONS) {
    const list = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) places.push(`${key}/${i}`);
  }
  return { kind: 'records', places };
}

/**
 * The records of a file that neither loaded nor were named by a diagnostic; for a file that does
 * not parse at all, `['(no syntax error reported)']` unless an error diagnostic names the file.
 *
 * @param corpus - the corpus loaded from a directory holding the file
 * @param path - the file, relative to the corpus directory
 * @param bytes - its contents
 */
export function unaccounted(corpus: Corpus, path: string, bytes: Uint8Array): string[] {
  const holding = holdingOf(path, bytes);
  const mine = corpus.diagnostics.filter((d) => d.file === path);
  if (holding.kind === 'unreadable') {
    return mine.some((d) => d.severity === 'error' && d.ruleId === 'syntax') ? [] : ['(no syntax error reported)'];
  }
  const loaded = loadedPlaces(corpus);
  const fileLevel = mine.some((d) => d.severity === 'error' && (d.path === undefined || d.path.length === 0));
  return holding.places.filter((place) => {
    if (fileLevel || loaded.has(`${path}|${place}`)) return false;
    if (place.startsWith('line:')) return !mine.some((d) => d.line === Number(place.slice(5)));
    const [key, index] = place.split('/');
    return !mine.some(
      (d) => d.path !== undefined && d.path[0] === key && (d.path.length === 1 || d.path[1] === Number(index)),
    );
  });
}
