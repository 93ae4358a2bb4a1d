/**
 * What JSON.parse does not say, found with Microsoft's jsonc-parser (the parser behind VS Code's
 * JSON support, in strict mode: no comments, no trailing commas): where a syntax error stands and
 * what it is in plain words, and which keys a text gives twice. Only bad lines and lines that may
 * hold a key twice come here; JSON.parse reads the good ones. jsonc-parser descends recursively,
 * so a text is first checked against {@link MAX_NESTING} by a flat scan.
 */
import { type ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';
import { jsonNestingBeyond, MAX_NESTING } from './nesting.js';

/** A JSON syntax error: the UTF-16 offset where the text stops being JSON, and why. */
export interface JsonSyntaxProblem {
  readonly offset: number;
  readonly reason: string;
}

/** A key given a second time in one object. */
export interface JsonDuplicateKey {
  /** Path of the object that holds the key twice (`[]` for the top level). */
  readonly path: (string | number)[];
  readonly key: string;
  /** Offsets of the second and the first occurrence of the key. */
  readonly offset: number;
  readonly firstOffset: number;
  /** Offset of the top-level key whose value holds the object, when it is not the top level. */
  readonly topKeyOffset?: number;
}

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

function show(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f)
    return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${ch}"`;
}

function unexpected(text: string, i: number, expected: string, unit: string): JsonSyntaxProblem {
  const ch = text[i];
  if (ch === '/') return { offset: i, reason: 'JSON does not allow comments' };
  if (ch === "'") return { offset: i, reason: 'JSON strings need double quotes, not single ones' };
  if (ch === undefined) return { offset: i, reason: `the ${unit} ends where ${expected} should be; it looks cut off` };
  const word = /^[A-Za-z_$][\w$]{0,39}/.exec(text.slice(i, i + 40))?.[0];
  if (word !== undefined && word.length > 1)
    return { offset: i, reason: `unexpected word "${word}" where ${expected} should be` };
  return { offset: i, reason: `unexpected ${show(ch)} where ${expected} should be` };
}

/** The last character before `i` that is not white space. */
function before(text: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && ' \t\r\n'.includes(text[j] as string)) j--;
  return text[j];
}

/** The problem inside a string token that starts at `start`: a control character or a bad escape. */
function inString(text: string, start: number, unit: string): JsonSyntaxProblem {
  for (let j = start + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) break;
    if (c === 92) {
      const e = text[j + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)))
          return { offset: j, reason: 'a "\\u" escape in a string is not followed by four hexadecimal digits' };
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
      else
        return {
          offset: j,
          reason: e === undefined ? `a backslash ends the ${unit}` : `the escape "\\${e}" does not exist in JSON`,
        };
    } else if (c < 0x20) {
      return {
        offset: j,
        reason:
          c === 10 || c === 13
            ? 'a line break inside a string; write it as \\n'
            : `a control character (U+${c.toString(16).toUpperCase().padStart(4, '0')}) inside a string; write it as an escape`,
      };
    }
  }
  return { offset: start, reason: `the string that starts here is never closed; the ${unit} looks cut off` };
}

/** Plain words for the first error jsonc-parser reports. */
function explain(text: string, code: ParseErrorCode, offset: number, unit: string): JsonSyntaxProblem {
  const ch = text[offset];
  if ((ch === ']' || ch === '}') && before(text, offset) === ',')
    return { offset, reason: `a comma comes right before "${ch}"; JSON does not allow a trailing comma` };
  const name = printParseErrorCode(code);
  switch (name) {
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { offset, reason: 'JSON does not allow comments' };
    case 'UnexpectedEndOfString':
    case 'InvalidCharacter':
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return inString(text, offset, unit);
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { offset, reason: 'a number is not written the way JSON writes numbers' };
    case 'EndOfFileExpected':
      return { offset, reason: 'more text follows the end of the JSON value' };
    case 'PropertyNameExpected':
      return unexpected(text, offset, 'a key in double quotes', unit);
    case 'ColonExpected':
      return unexpected(text, offset, '":" after the key', unit);
    case 'CommaExpected':
    case 'CloseBraceExpected':
    case 'CloseBracketExpected': {
      const closer = name === 'CloseBracketExpected' ? ']' : name === 'CloseBraceExpected' ? '}' : undefined;
      if (ch === undefined)
        return {
          offset,
          reason: `the ${unit} ends before the ${closer === ']' ? 'list' : 'object'} is closed; it looks cut off`,
        };
      return unexpected(text, offset, closer ? `"," or "${closer}"` : '","', unit);
    }
    default:
      return unexpected(text, offset, 'a value', unit);
  }
}

/**
 * Finds the first place where a text stops being JSON, and says why in plain words. Used after
 * JSON.parse has refused a text, because the engine's messages do not always carry a position.
 * A text nested deeper than {@link MAX_NESTING} is refused as such.
 *
 * @param text - the whole text of a JSON file, or one JSONL line
 * @param unit - what the text is, for the reasons: a `file` or a `line`
 * @returns the offset and the reason, or undefined when the text is valid JSON
 *
 * @example
 * jsonSyntaxProblem('{"actors": [1,]}')
 * //=> { offset: 14, reason: 'a comma comes right before "]"; JSON does not allow a trailing comma' }
 */
export function jsonSyntaxProblem(text: string, unit: 'file' | 'line' = 'file'): JsonSyntaxProblem | undefined {
  if (text.trim() === '')
    return {
      offset: text.length,
      reason: text.length === 0 ? `the ${unit} is empty` : 'it holds nothing but white space',
    };
  const deep = jsonNestingBeyond(text, MAX_NESTING);
  if (deep !== -1)
    return {
      offset: deep,
      reason: `lists or objects are nested more than ${MAX_NESTING} levels deep, which no corpus needs`,
    };
  let first: JsonSyntaxProblem | undefined;
  visit(
    text,
    {
      onError(code, offset) {
        first ??= explain(text, code, offset, unit);
      },
    },
    STRICT,
  );
  return first;
}

/**
 * Lists the keys given twice in one object of a valid JSON text, with the path of that object,
 * in one pass of jsonc-parser's visitor. Only needed when the keys of the parsed value fall short
 * of `keyCountBound` of the text. The text must nest no deeper than {@link MAX_NESTING}.
 *
 * @param text - a text JSON.parse accepts
 * @returns every repeated key, in the order they occur
 *
 * @example
 * jsonDuplicateKeys('{"actors": [{"name": "A", "name": "B"}]}')[0]?.path
 * //=> ['actors', 0]
 */
export function jsonDuplicateKeys(text: string): JsonDuplicateKey[] {
  const objects: Map<string, number>[] = [];
  const found: JsonDuplicateKey[] = [];
  let topKeyOffset: number | undefined;
  visit(
    text,
    {
      onObjectBegin: () => {
        objects.push(new Map());
      },
      onObjectEnd: () => {
        objects.pop();
      },
      onObjectProperty(key, offset, _length, _line, _column, pathSupplier) {
        const keys = objects[objects.length - 1] as Map<string, number>;
        if (objects.length === 1) topKeyOffset = offset;
        const firstOffset = keys.get(key);
        if (firstOffset === undefined) {
          keys.set(key, offset);
          return;
        }
        found.push({
          path: pathSupplier(),
          key,
          offset,
          firstOffset,
          ...(objects.length > 1 && topKeyOffset !== undefined ? { topKeyOffset } : {}),
        });
      },
    },
    STRICT,
  );
  return found;
}
