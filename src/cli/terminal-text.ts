/**
 * Characters a terminal would act on instead of showing: C0 and C1 controls (ESC starts the
 * escape sequences that set the window title, write the clipboard with OSC 52, move the cursor or
 * hide text), DEL, line and paragraph separators, and the bidirectional controls that reorder
 * what follows them. The alternation first matches the colour codes claimtrail itself emits
 * (picocolors' bold, dim, underline and five colours, and their resets), which layout mode keeps.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the colour codes start with ESC
const OWN_COLOURS = /\x1b\[(?:1|2|4|22|24|31|32|33|34|36|39)m/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE = new RegExp(`${OWN_COLOURS.source}|${CONTROLS.source}`, 'g');

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The visible form of one unsafe character: `\x1b`, `\n`, `\u202e`. */
function shown(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Makes text safe to show on a terminal: every control character, escape sequence and
 * bidirectional override is shown as a visible escape (`\x1b`, `\u202e`, `\n`), never
 * interpreted. Every line the CLI writes for people passes through here, once per value taken
 * from a corpus (`'value'`: newlines are escaped too, so a file name cannot start a fake line),
 * and once more as the whole output (`'layout'`: claimtrail's own newlines, tabs and colour codes
 * are kept, anything else is escaped). JSON output is written exact, without it.
 *
 * @param text - the text to show
 * @param mode - `'value'` (default) for a value from the corpus or the file system; `'layout'`
 *   for a whole output claimtrail composed
 * @returns the text with the unsafe characters made visible
 *
 * @example
 * terminalText('Eve\x1b]52;c;ZXZpbA==\x07\u202e')
 * //=> 'Eve\\x1b]52;c;ZXZpbA==\\x07\\u202e'
 */
export function terminalText(text: string, mode: 'value' | 'layout' = 'value'): string {
  return text.replace(UNSAFE, (match) => {
    if (mode === 'layout' && (match.length > 1 || match === '\n' || match === '\t')) return match;
    return match.length > 1 ? `${shown('\x1b')}${match.slice(1)}` : shown(match);
  });
}
