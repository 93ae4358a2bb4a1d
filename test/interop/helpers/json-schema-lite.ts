/**
 * A small JSON Schema (draft-07) validator for the keywords zod writes, so that the tests can
 * check the bundled corpus against the shipped schema files themselves, as an editor would. It
 * throws on any keyword it does not know, so that a new keyword in a regenerated schema cannot be
 * skipped silently.
 */
type Schema = Record<string, unknown> | boolean;

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default', 'definitions', '$id', 'examples']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'enum',
  'const',
  'anyOf',
  'oneOf',
  'allOf',
  '$ref',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'format',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Every place where `value` breaks `schema`, as `path: problem` strings; empty when it is valid. */
export function validateJsonSchema(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: no value is allowed here`];
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key} at ${path}`);
  const errors: string[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: schema keywords are read dynamically
  const s = schema as Record<string, any>;
  if (s.$ref !== undefined) {
    const m = /^#\/definitions\/(.+)$/.exec(s.$ref);
    if (!m) throw new Error(`unsupported $ref ${s.$ref}`);
    const definitions = (root as { definitions?: Record<string, Schema> }).definitions;
    const target = definitions?.[m[1] as string];
    if (target === undefined) return [`${path}: $ref ${s.$ref} points nowhere`];
    errors.push(...validateJsonSchema(target, value, root, path));
  }
  if (s.type !== undefined) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => matchesType(value, t)))
      return [...errors, `${path}: expected ${types.join('|')}, got ${typeOf(value)}`];
  }
  if (s.enum !== undefined && !s.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(value))) {
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  }
  if (s.const !== undefined && JSON.stringify(s.const) !== JSON.stringify(value)) {
    errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (s.minLength !== undefined && length < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
    if (s.maxLength !== undefined && length > s.maxLength) errors.push(`${path}: longer than ${s.maxLength}`);
    if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(value))
      errors.push(`${path}: does not match ${s.pattern}`);
    if (s.format === 'uri' && !URL.canParse(value)) errors.push(`${path}: not a URI`);
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) errors.push(`${path}: below ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) errors.push(`${path}: above ${s.maximum}`);
    if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum)
      errors.push(`${path}: not above ${s.exclusiveMinimum}`);
    if (s.exclusiveMaximum !== undefined && value >= s.exclusiveMaximum)
      errors.push(`${path}: not below ${s.exclusiveMaximum}`);
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) errors.push(`${path}: fewer than ${s.minItems} items`);
    if (s.maxItems !== undefined && value.length > s.maxItems) errors.push(`${path}: more than ${s.maxItems} items`);
    if (s.items !== undefined) {
      for (const [i, item] of value.entries()) errors.push(...validateJsonSchema(s.items, item, root, `${path}[${i}]`));
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of s.required ?? []) if (!(key in object)) errors.push(`${path}: missing ${key}`);
    for (const [key, child] of Object.entries(object)) {
      const property = s.properties?.[key];
      if (property !== undefined) errors.push(...validateJsonSchema(property, child, root, `${path}.${key}`));
      else if (s.additionalProperties !== undefined) {
        errors.push(...validateJsonSchema(s.additionalProperties, child, root, `${path}.${key}`));
      }
    }
  }
  if (s.allOf !== undefined) for (const part of s.allOf) errors.push(...validateJsonSchema(part, value, root, path));
  if (
    s.anyOf !== undefined &&
    !s.anyOf.some((part: Schema) => validateJsonSchema(part, value, root, path).length === 0)
  ) {
    errors.push(`${path}: matches none of anyOf`);
  }
  if (s.oneOf !== undefined) {
    const passing = s.oneOf.filter((part: Schema) => validateJsonSchema(part, value, root, path).length === 0).length;
    if (passing !== 1) errors.push(`${path}: matches ${passing} of oneOf, not exactly one`);
  }
  return errors;
}
