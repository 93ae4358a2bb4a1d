const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values alike, so that nothing read
 * from a corpus can open a tag, close an attribute or start a script.
 *
 * @param value - any text from the data
 * @returns the text with `& < > " '` replaced by entities
 *
 * @example
 * escapeHtml('<script>alert("x")</script>')
 * //=> '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string);
}

/**
 * A value for an HTML `id` (and its `#fragment`): the prefix, then the record id with every
 * character outside `A-Za-z0-9.-` written as `_`, its code point in hex and `_`, so that distinct record ids
 * give distinct anchors and an anchor never needs escaping in a URL.
 *
 * @param prefix - what kind of thing the anchor is: `src`, `att`, `actor`
 * @param id - a record id
 * @returns the anchor
 *
 * @example
 * domId('att', 'mtt.a-hong-lei-welcome')
 * //=> 'att-mtt.a-hong-lei-welcome'
 */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9.-]/g, (ch) => `_${(ch.codePointAt(0) as number).toString(16)}_`)}`;
}
