/** A JSON-LD node object as the exports build it. */
export type JsonLdNode = { [key: string]: unknown };

/** A reference to a node by IRI. */
export function ref(iri: string): { '@id': string } {
  return { '@id': iri };
}

/** The XML Schema datatype that matches a PartialDate's precision. */
export function dateDatatype(date: string): 'xsd:gYear' | 'xsd:gYearMonth' | 'xsd:date' {
  return date.length === 4 ? 'xsd:gYear' : date.length === 7 ? 'xsd:gYearMonth' : 'xsd:date';
}

/** A PartialDate as a typed literal that keeps its precision. */
export function typedDate(date: string): { '@value': string; '@type': string } {
  return { '@value': date, '@type': dateDatatype(date) };
}

/** Sets `key` only when the value is present, and lists only when they are not empty. */
export function put(node: JsonLdNode, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value) && value.length === 0) return;
  node[key] = value;
}
