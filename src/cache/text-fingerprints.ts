import { createHash } from 'node:crypto';
import { dirname, relative, resolve } from 'node:path';
import type { Corpus } from '../corpus/corpus.js';
import { readTextFile } from '../load/read-text-file.js';
import type { TextFingerprint } from './manifest.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What the loader's own text-file reader gives now for a text reference, as a fingerprint outcome. */
function outcomeNow(root: string, from: string, textFile: string): TextFingerprint['outcome'] {
  const result = readTextFile(root, from, textFile);
  return result.ok ? { ok: true, sha256: sha256(result.text) } : { ok: false, reason: result.reason };
}

/**
 * Fingerprints the text files a loaded corpus's sources name, by what the load actually put in
 * the corpus: the SHA-256 of each text it read, or, for a refused one, the reason it gave. It
 * then asks the loader's own reader (same refusals: no links out of the corpus, no pipes or
 * devices, no files too large) what the files give now; if that differs, a text changed while
 * the corpus was loading and undefined is returned, so no cache is written from a torn load.
 *
 * @param root - the corpus directory, absolute
 * @param corpus - the corpus as just loaded from `root`
 * @returns one fingerprint per distinct (declaring file, textFile) pair, or undefined
 *
 * @example
 * loadedTextFingerprints('/corpus', corpus)
 * //=> [{ from: 'sources/a.yaml', textFile: '../texts/a.txt', outcome: { ok: true, sha256: '…' } }]
 */
export function loadedTextFingerprints(root: string, corpus: Corpus): TextFingerprint[] | undefined {
  const refusals = new Map<string, string>();
  for (const d of corpus.diagnostics) {
    if (d.ruleId === 'text-file' && d.entity?.type === 'source') refusals.set(d.entity.id, d.message);
  }
  const seen = new Map<string, TextFingerprint>();
  for (const source of corpus.sources) {
    if (source.textFile === undefined) continue;
    const from = corpus.origin('source', source.id)?.file ?? '.';
    const key = `${from}\u0000${source.textFile}`;
    let fingerprint = seen.get(key);
    if (!fingerprint) {
      fingerprint = { from, textFile: source.textFile, outcome: outcomeNow(root, from, source.textFile) };
      seen.set(key, fingerprint);
    }
    const loaded =
      fingerprint.outcome.ok === true
        ? source.text !== undefined && sha256(source.text) === fingerprint.outcome.sha256
        : source.text === undefined && (refusals.get(source.id) ?? '').includes(fingerprint.outcome.reason);
    if (!loaded) return undefined;
  }
  return [...seen.values()];
}

/**
 * Why the text files a cache was built with no longer give what they gave, or undefined when
 * the loader would read the very same texts (and refuse the same ones, for the same reasons).
 *
 * @param root - the corpus directory, absolute
 * @param texts - the manifest's text fingerprints
 * @returns the first difference, in words, or undefined
 *
 * @example
 * textsDiffer('/corpus', manifest.texts)
 * //=> 'texts/a.txt changed content'
 */
export function textsDiffer(root: string, texts: readonly TextFingerprint[]): string | undefined {
  for (const { from, textFile, outcome } of texts) {
    const now = outcomeNow(root, from, textFile);
    const shown = relative(root, resolve(dirname(resolve(root, from)), textFile))
      .split('\\')
      .join('/');
    if (now.ok && outcome.ok && now.sha256 !== outcome.sha256) return `${shown} changed content`;
    if (now.ok && !outcome.ok) return `${shown} appeared`;
    if (!now.ok && outcome.ok) return `${shown} cannot be read any more`;
    if (!now.ok && !outcome.ok && now.reason !== outcome.reason) return `${shown} is refused for another reason now`;
  }
  return undefined;
}
