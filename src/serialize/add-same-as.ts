import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';

/** What went wrong adding sameAs links to a YAML file. */
export type AddSameAsProblem =
  | { readonly code: 'not-a-record'; readonly path: readonly (string | number)[] }
  | { readonly code: 'same-as-not-a-list'; readonly path: readonly (string | number)[] };

const flowList = (ids: readonly string[]) => `[ ${ids.join(', ')} ]`;

/**
 * Adds claim ids to the `sameAs` list of one record in a YAML file, changing nothing else: the
 * Document API finds the record and its list, and only those characters are rewritten (a flow
 * list replaced, or one `sameAs: [ ... ]` line added under the record), so comments, folding and
 * quoting elsewhere stay byte for byte.
 *
 * @param text - the file's text
 * @param path - where the record is: `['claims', 3]`
 * @param ids - claim ids to add; those already listed are skipped
 * @returns the new text, or a problem keyed on `code`
 *
 * @example
 * addSameAsToYaml('claims:\n  - id: a # first\n    text: A.\n', ['claims', 0], ['b'])
 * //=> { text: 'claims:\n  - id: a # first\n    text: A.\n    sameAs: [ b ]\n' }
 */
export function addSameAsToYaml(
  text: string,
  path: readonly (string | number)[],
  ids: readonly string[],
): { readonly text: string } | { readonly problem: AddSameAsProblem } {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const node = doc.getIn(path, true);
  if (!isMap(node) || !node.range) return { problem: { code: 'not-a-record', path } };
  const record = node as YAMLMap;
  const existing = record.get('sameAs', true);
  if (existing !== undefined && !isSeq(existing)) return { problem: { code: 'same-as-not-a-list', path } };
  const held = isSeq(existing) ? existing.items.map((item) => String((item as { value?: unknown }).value ?? item)) : [];
  const added = ids.filter((id, i) => !held.includes(id) && ids.indexOf(id) === i);
  if (added.length === 0) return { text };
  if (isSeq(existing) && existing.range) {
    const [start, end] = existing.range;
    return { text: `${text.slice(0, start)}${flowList([...held, ...added])}${text.slice(end)}` };
  }
  if (record.flow) {
    // `{ id: a, text: A }`: the new pair goes before the closing brace.
    const close = text.lastIndexOf('}', node.range[1]);
    const head = text.slice(0, close).trimEnd();
    return { text: `${head}, sameAs: ${flowList(added)} ${text.slice(close)}` };
  }
  // A new key goes on its own line after the record's last value, at the indentation of its keys.
  const firstKey = record.items[0]?.key as { range?: [number, number, number] } | undefined;
  const lastValue = record.items.at(-1)?.value as { range?: [number, number, number] } | undefined;
  const keyStart = firstKey?.range?.[0] ?? node.range[0];
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const indent = ' '.repeat(keyStart - lineStart);
  const valueEnd = lastValue?.range?.[1] ?? node.range[1];
  const lineEnd = text.indexOf('\n', Math.max(valueEnd - 1, 0));
  const at = lineEnd === -1 ? text.length : lineEnd;
  const line = `${indent}sameAs: ${flowList(added)}`;
  return { text: lineEnd === -1 ? `${text}\n${line}\n` : `${text.slice(0, at)}\n${line}${text.slice(at)}` };
}
