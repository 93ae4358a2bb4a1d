import type { z } from 'zod';
import type { EntityType } from '../model/diagnostic.js';
import { COMPACT, type CompactSpec, EMPTY, type Interner } from './compact-record.js';
import { SCHEMA_BY_TYPE } from './validate-record.js';

/**
 * A straight-line validator per record type, generated once from the zod schemas (their
 * `_zod.def`), that checks a freshly parsed JSONL value and builds the record the store keeps in
 * one go: defaults filled in, keys in the order zod gives them, repeated strings interned and
 * empty lists shared as `compactRecord` makes them, and every object an object literal. It also
 * counts the keys it reads; the loader compares the count with a cheap bound on the keys written
 * in the line, which tells an unknown key and a key given twice (JSON.parse keeps only the last)
 * without a second walk over the value: the record is valid only when the two are equal.
 *
 * It only ever says "valid, here is the record" or "not sure": refinements and transforms are
 * zod's own functions, called as they are; a check it does not know is run by zod's own check
 * code; a schema feature it does not model makes it give up on that record type altogether. The
 * loader then goes the old way (zod parses the record and words the diagnostics), so the schemas
 * stay the single source of truth. It may change the value it is given (it writes the checked
 * elements of lists back in place): callers hand it a value nobody else holds, and parse the text
 * again when it is not sure.
 */

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck;
interface Def {
  readonly type: string;
  readonly checks?: readonly Check[];
  readonly [key: string]: unknown;
}
interface CheckDef {
  readonly check: string;
  readonly [key: string]: unknown;
}

/** A schema feature the generator does not model: that record type then always goes through zod. */
class Unsupported extends Error {}

/** Marks "not sure" inside generated code. */
const F: unique symbol = Symbol('not sure');

/**
 * What a refinement, a transform or a check zod runs gets: a parse payload. One is reused for
 * every call (none of them calls back into this file), so that a date costs no allocation here.
 */
const P = {
  value: undefined as unknown,
  issues: [] as unknown[],
  addIssue(issue: unknown) {
    P.issues.push(issue);
  },
};

function reset(value: unknown) {
  P.value = value;
  if (P.issues.length > 0) P.issues = [];
  return P;
}

const isThenable = (r: unknown) => typeof (r as { then?: unknown } | null)?.then === 'function';

/** Runs one of zod's own checks; the value it leaves (a check may rewrite it), or F. */
function runCheck(check: Check, value: unknown): unknown {
  const r = (check._zod.check as (p: unknown) => unknown)(reset(value));
  return isThenable(r) || P.issues.length > 0 ? F : P.value;
}

/** Runs a transform of zod's; its result, or F. */
function runTransform(fn: (v: unknown, p: unknown) => unknown, value: unknown): unknown {
  const r = fn(value, reset(value));
  return isThenable(r) || P.issues.length > 0 ? F : r;
}

const WHEN_DEFAULTED = new Set(['max_size', 'min_size', 'size_equals', 'max_length', 'min_length', 'length_equals']);

const defOf = (s: Schema) => s._zod.def as unknown as Def;

/** Whether a field's value is always one of the schema's own constants (an enum or a literal). */
function isConstant(schema: Schema): boolean {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default') return isConstant(def.innerType as Schema);
  return (def.type === 'enum' || def.type === 'literal') && (def.checks ?? []).length === 0;
}
const lit = (v: unknown) => JSON.stringify(v);

/** An object schema as generated: its fields in order, and which of them may be left out. */
interface ObjectInfo {
  readonly keys: readonly string[];
  readonly optional: readonly boolean[];
  readonly builders: ((...values: unknown[]) => object)[];
}

class Generator {
  readonly consts: unknown[] = [];
  readonly fns: string[] = [];
  readonly objects: ObjectInfo[] = [];
  #vars = 0;
  readonly #memo = new Map<Schema, string>();

  constant(value: unknown): string {
    let i = this.consts.indexOf(value);
    if (i === -1) i = this.consts.push(value) - 1;
    return `C[${i}]`;
  }

  v(prefix = 'x'): string {
    return `${prefix}${this.#vars++}`;
  }

  /** Code in `out` that checks `acc` against `schema`; the expression of the output, or `return F`. */
  value(schema: Schema, acc: string, out: string[]): string {
    const def = defOf(schema);
    let r = acc;
    switch (def.type) {
      case 'string':
        out.push(`if (typeof ${acc} !== 'string') return F;`);
        break;
      case 'number':
        out.push(`if (typeof ${acc} !== 'number' || !Number.isFinite(${acc})) return F;`);
        break;
      case 'boolean':
        out.push(`if (typeof ${acc} !== 'boolean') return F;`);
        break;
      case 'enum':
      case 'literal': {
        const values = def.type === 'enum' ? Object.values(def.entries as object) : (def.values as unknown[]);
        if (!values.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean'))
          throw new Unsupported('a literal that is not a string, number or boolean');
        // The schema's own constant, not the parsed copy: one string for all records, nothing to intern.
        r = this.v();
        out.push(`const ${r} = ${values.map((x) => `${acc} === ${lit(x)} ? ${lit(x)} : `).join('')}F;`);
        out.push(`if (${r} === F) return F;`);
        break;
      }
      case 'optional':
      case 'default': {
        r = this.v();
        const absent = def.type === 'optional' ? '' : ` ${r} = ${this.constant(def)}.defaultValue;`;
        out.push(`let ${r};`, `if (${acc} === undefined)${absent || ' {}'} else {`);
        out.push(`${r} = ${this.value(def.innerType as Schema, acc, out)};`, '}');
        break;
      }
      case 'array': {
        out.push(`if (!Array.isArray(${acc})) return F;`);
        const i = this.v('i');
        const e = this.v('e');
        out.push(`for (let ${i} = 0; ${i} < ${acc}.length; ${i}++) {`, `const ${e} = ${acc}[${i}];`);
        const element = this.value(def.element as Schema, e, out);
        if (element !== e) out.push(`${acc}[${i}] = ${element};`);
        out.push('}');
        break;
      }
      case 'object':
      case 'union': {
        const fn = def.type === 'object' ? this.object(schema) : this.union(schema);
        r = this.v();
        out.push(`const ${r} = ${fn}(${acc});`, `if (${r} === F) return F;`);
        break;
      }
      case 'pipe':
        r = this.value(def.out as Schema, this.value(def.in as Schema, acc, out), out);
        break;
      case 'transform': {
        if (typeof def.transform !== 'function') throw new Unsupported('a transform without a function');
        r = this.v();
        out.push(
          `const ${r} = ${this.constant(runTransform)}(${this.constant(def.transform)}, ${acc});`,
          `if (${r} === F) return F;`,
        );
        break;
      }
      default:
        throw new Unsupported(`${def.type} schemas`);
    }
    const checks = [...(def.checks ?? [])];
    // A string format (z.url()) or number format (z.int()) is its own check.
    if (schema._zod.traits.has('$ZodCheck')) checks.unshift(schema as unknown as Check);
    for (const check of checks) r = this.check(check, r, def.type, out);
    return r;
  }

  /** One check on a value that has passed its type; the checks zod knows best are run by zod. */
  check(check: Check, acc: string, type: string, out: string[]): string {
    const d = check._zod.def as unknown as CheckDef;
    // zod gives size and length checks a `when` of its own, true for any value that passed its type.
    if (d.when !== undefined && !WHEN_DEFAULTED.has(d.check)) throw new Unsupported('a check with a "when" condition');
    const zodCheck = () => {
      const r = this.v();
      out.push(
        `const ${r} = ${this.constant(runCheck)}(${this.constant(check)}, ${acc});`,
        `if (${r} === F) return F;`,
      );
      return r;
    };
    // zod may count a string's length in code points: decide only the cases where both counts agree.
    const sureLength = (test: string) => {
      if (type === 'array') out.push(`if (!(${test})) return F;`);
      else if (type === 'string') {
        const r = this.v();
        out.push(`const ${r} = (${test}) ? ${acc} : ${this.constant(runCheck)}(${this.constant(check)}, ${acc});`);
        out.push(`if (${r} === F) return F;`);
        return r;
      } else return zodCheck();
      return acc;
    };
    switch (d.check) {
      case 'min_length':
        return sureLength(
          type === 'array' ? `${acc}.length >= ${Number(d.minimum)}` : `${acc}.length >= ${2 * Number(d.minimum)}`,
        );
      case 'max_length':
        return sureLength(`${acc}.length <= ${Number(d.maximum)}`);
      case 'string_format':
        if (d.format !== 'regex' || !(d.pattern instanceof RegExp)) return zodCheck();
        if (d.pattern.global || d.pattern.sticky) out.push(`${this.constant(d.pattern)}.lastIndex = 0;`);
        out.push(`if (!${this.constant(d.pattern)}.test(${acc})) return F;`);
        return acc;
      case 'number_format':
        if (d.format !== 'safeint') return zodCheck();
        out.push(`if (!Number.isSafeInteger(${acc})) return F;`);
        return acc;
      case 'greater_than':
      case 'less_than': {
        if (typeof d.value !== 'number') return zodCheck();
        const op = (d.check === 'greater_than' ? '>' : '<') + (d.inclusive ? '=' : '');
        out.push(`if (!(${acc} ${op} ${d.value})) return F;`);
        return acc;
      }
      case 'custom':
        if (typeof d.fn === 'function') {
          // A .refine() predicate, called as zod calls it; a promise is zod's to reject.
          const r = this.v();
          out.push(
            `const ${r} = ${this.constant(d.fn)}(${acc});`,
            `if (!${r} || typeof ${r}.then === 'function') return F;`,
          );
          return acc;
        }
        return zodCheck();
      default:
        return zodCheck();
    }
  }

  /** A function that checks one object schema and builds its output literal. */
  object(schema: Schema, compact?: CompactSpec): string {
    const memoed = compact ? undefined : this.#memo.get(schema);
    if (memoed) return memoed;
    const def = defOf(schema);
    const catchall = def.catchall as Schema | undefined;
    const strict = catchall !== undefined && defOf(catchall).type === 'never';
    if (catchall !== undefined && !strict) throw new Unsupported('an object with a catchall');
    const shape = def.shape as Record<string, Schema>;
    const keys = Object.keys(shape);
    const name = this.v('o');
    const index = this.objects.length;
    const info: ObjectInfo = { keys, optional: [], builders: [] };
    this.objects.push(info);
    const out = [`if (typeof v !== 'object' || v === null || Array.isArray(v)) return F;`, 'let n = 0;'];
    const outputs: string[] = [];
    const bits: string[] = [];
    for (const key of keys) {
      // A key Object.prototype has would read the prototype's value when absent.
      if (key in Object.prototype) throw new Unsupported(`a field named ${key}`);
      const acc = this.v('a');
      const field = shape[key] as Schema;
      const kind = defOf(field).type;
      out.push(`const ${acc} = v[${lit(key)}];`);
      if (kind === 'optional' || kind === 'default') out.push(`if (${acc} !== undefined) n++;`);
      else out.push(`if (${acc} === undefined) return F;`, 'n++;');
      let result = this.value(field, acc, out);
      (info.optional as boolean[]).push(kind === 'optional');
      if (kind === 'optional') bits.push(`(${acc} !== undefined ? ${1 << bits.length} : 0)`);
      if (compact?.strings.includes(key) && !isConstant(field)) {
        const s = this.v();
        out.push(`let ${s} = ${result};`, `if (typeof ${s} === 'string') ${s} = IN.of(${s});`);
        result = s;
      }
      const interned = compact?.lists[key];
      if (interned !== undefined) {
        const l = this.v();
        out.push(`let ${l} = ${result};`, `if (Array.isArray(${l})) {`, `if (${l}.length === 0) ${l} = EMPTY;`);
        if (interned) {
          out.push(
            `else for (let j = 0; j < ${l}.length; j++) if (typeof ${l}[j] === 'string') ${l}[j] = IN.of(${l}[j]);`,
          );
        }
        out.push('}');
        result = l;
      }
      outputs.push(result);
    }
    if (bits.length > 30) throw new Unsupported('an object with more than 30 optional fields');
    // The keys read, counted for the loader, which compares them with a bound on the keys written
    // in the text: equal, no key was unknown and none was given twice. Only an object that drops
    // unknown keys must count them all.
    if (strict) out.push('K += n;');
    else out.push('let c = 0;', 'for (const k in v) c++;', 'K += c;');
    const mask = bits.length > 0 ? bits.join(' | ') : '0';
    const builders = this.constant(info.builders);
    out.push(`const m = ${mask};`, `let r = (${builders}[m] ?? MB(${index}, m))(${outputs.join(', ')});`);
    for (const check of def.checks ?? []) {
      const checked = this.check(check, 'r', 'object', out);
      if (checked !== 'r') out.push(`r = ${checked};`);
    }
    out.push('return r;');
    return this.#done(schema, name, out, compact);
  }

  /** A function that tries the options of a union as zod does: by discriminator, or first that fits. */
  union(schema: Schema, compact?: CompactSpec): string {
    const memoed = compact ? undefined : this.#memo.get(schema);
    if (memoed) return memoed;
    const def = defOf(schema);
    const options = def.options as Schema[];
    const name = this.v('u');
    const out: string[] = [];
    if (typeof def.discriminator === 'string') {
      const key = def.discriminator;
      out.push(`if (typeof v !== 'object' || v === null || Array.isArray(v)) return F;`, `switch (v[${lit(key)}]) {`);
      for (const option of options) {
        const od = defOf(option);
        const tag = od.type === 'object' ? defOf((od.shape as Record<string, Schema>)[key] as Schema) : undefined;
        if (tag?.type !== 'literal') throw new Unsupported('a discriminated union without literal tags');
        for (const value of tag.values as unknown[]) out.push(`case ${lit(value)}:`);
        out.push(`return ${this.object(option, compact)}(v);`);
      }
      out.push('default: return F;', '}');
    } else {
      if (compact) throw new Unsupported('a record type that is a plain union');
      // A failed option may have counted keys of its own: count again from where it started.
      out.push('const k = K;', 'let r;');
      for (const option of options) {
        const inner: string[] = [];
        const result = this.value(option, 'v', inner);
        const branch = this.v('b');
        this.fns.push(`function ${branch}(v) {\n${inner.join('\n')}\nreturn ${result};\n}`);
        out.push(`r = ${branch}(v);`, 'if (r !== F) return r;', 'K = k;');
      }
      out.push('return F;');
    }
    return this.#done(schema, name, out, compact);
  }

  /**
   * Adds a generated function, and remembers it only now: a schema that turned out unsupported
   * half-way leaves no name behind for another record type to call.
   */
  #done(schema: Schema, name: string, body: string[], compact: CompactSpec | undefined): string {
    this.fns.push(`function ${name}(v) {\n${body.join('\n')}\n}`);
    if (!compact) this.#memo.set(schema, name);
    return name;
  }

  /** The top-level function of a record type. */
  record(schema: Schema, compact: CompactSpec): string {
    const type = defOf(schema).type;
    if (type === 'object') return this.object(schema, compact);
    if (type === 'union') return this.union(schema, compact);
    throw new Unsupported(`a record type that is a ${type}`);
  }
}

/**
 * Checks a parsed value and builds its record, or says undefined: not sure. The record is valid
 * only if {@link fastRecordKeys} then equals the keys written in the value's text.
 */
export type FastRecord = (value: unknown, intern: Interner) => { id: string } | undefined;

interface Compiled {
  readonly records: Partial<Record<EntityType, FastRecord>>;
  /** The keys of every object the last successful call walked. */
  readonly keys: () => number;
}

function compile(): Compiled {
  const generator = new Generator();
  const entries: string[] = [];
  for (const type of Object.keys(SCHEMA_BY_TYPE) as EntityType[]) {
    try {
      const fn = generator.record(SCHEMA_BY_TYPE[type] as unknown as Schema, COMPACT[type]);
      entries.push(
        `${type}: (v, intern) => { K = 0; IN = intern; const r = ${fn}(v); IN = undefined; return r === F ? undefined : r; },`,
      );
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
    }
  }
  const objects = generator.objects;
  /** Makes the literal builder for one object schema and one set of the optional fields given. */
  const makeBuilder = (index: number, mask: number) => {
    const info = objects[index] as ObjectInfo;
    const params = info.keys.map((_, i) => `p${i}`);
    let bit = 0;
    const fields: string[] = [];
    info.keys.forEach((key, i) => {
      if (!info.optional[i] || mask & (1 << bit++)) fields.push(`${lit(key)}: p${i}`);
    });
    const builder = new Function(...params, `return { ${fields.join(', ')} };`) as (...values: unknown[]) => object;
    info.builders[mask] = builder;
    return builder;
  };
  const body = [
    'let K = 0;',
    'let IN;',
    ...generator.fns,
    `return { records: { ${entries.join('\n')} }, keys: () => K };`,
  ].join('\n');
  return new Function('C', 'F', 'EMPTY', 'MB', body)(generator.consts, F, EMPTY, makeBuilder) as Compiled;
}

function compileOrNot(): Compiled {
  try {
    return compile();
  } catch {
    // `new Function` refused (a strict Content-Security-Policy): every record goes through zod.
    return { records: {}, keys: () => -1 };
  }
}

const COMPILED = compileOrNot();

/**
 * The generated check-and-build function of each record type, where the schemas allow one (see
 * the top of this file); undefined for a type that always goes through zod.
 *
 * @example
 * const text = '{"id":"ann","kind":"person","name":"Ann"}';
 * const actor = FAST_RECORD.actor?.(JSON.parse(text), new Interner());
 * [actor?.aliases, fastRecordKeys() === keyCountBound(text)]
 * //=> [[], true]
 */
export const FAST_RECORD: Readonly<Partial<Record<EntityType, FastRecord>>> = COMPILED.records;

/**
 * The keys the last accepted value was checked by, all levels down. A value is valid only when
 * this equals the keys written in its text (`keyCountBound`): a strict object's unknown key is not
 * looked for here, so that the one cheap scan of the text finds unknown and repeated keys alike.
 *
 * @returns the count; meaningless after a call that said "not sure"
 *
 * @example
 * FAST_RECORD.claim?.(JSON.parse('{"id":"c","text":"T","subject":"kim","predicate":"says"}'), intern);
 * fastRecordKeys()
 * //=> 4
 */
export const fastRecordKeys: () => number = COMPILED.keys;
