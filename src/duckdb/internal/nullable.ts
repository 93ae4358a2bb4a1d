/** A value for a nullable column: `null` where the record has nothing. */
export const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/** `{ [key]: value }` when the column holds a value, `{}` when it is null: for optional fields. */
export function field<K extends string, T>(key: K, value: T | null | undefined): { [P in K]?: T } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: T };
}
