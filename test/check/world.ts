/**
 * A tiny, consistent corpus that rule tests start from: one wire story in which Japan's chief
 * cabinet secretary says Prime Minister Kishida is ready to meet Kim Jong Un. Every rule passes
 * on it as it stands (world.test.ts pins that), so a case changes one thing and sees one rule fire.
 */

/** A record as written in a file: plain JSON. */
export type RawRecord = Record<string, unknown>;

/** The four lists of a corpus file. */
export interface Records {
  actors?: readonly RawRecord[];
  sources?: readonly RawRecord[];
  claims?: readonly RawRecord[];
  attributions?: readonly RawRecord[];
}

/** Published on a Friday: "on Wednesday" is two days earlier. */
export const PUBLISHED = '2023-09-15';

export const TEXT =
  'TOKYO, Sept. 15 (Wire News) — Japan’s chief cabinet secretary, Hirokazu Matsuno, said on Wednesday that ' +
  'Prime Minister Fumio Kishida is “ready to meet Kim Jong Un at any time,” without conditions.\n' +
  '\n' +
  'The government   spokesman added that Tokyo “will not give up” on the abduction issue.\n';

/** Where a fragment stands in TEXT, as a quote anchor. */
export function anchor(fragment: string, text = TEXT): { text: string; start: number; end: number } {
  const start = text.indexOf(fragment);
  if (start < 0) throw new Error(`test setup: "${fragment}" is not in the text`);
  return { text: fragment, start, end: start + fragment.length };
}

export const KISHIDA = {
  id: 'fumio-kishida',
  kind: 'person',
  name: 'Fumio Kishida',
  aliases: ['Kishida'],
  roles: [
    {
      title: 'Prime Minister',
      of: 'japan',
      from: '2021-10-04',
      to: '2024-10-01',
      aliases: ['premier', 'Japanese Prime Minister'],
    },
  ],
};
export const MATSUNO = {
  id: 'hirokazu-matsuno',
  kind: 'person',
  name: 'Hirokazu Matsuno',
  aliases: ['Matsuno'],
  roles: [
    {
      title: 'Chief Cabinet Secretary',
      of: 'government-of-japan',
      from: '2021-10-04',
      to: '2023-12-14',
      aliases: ['government spokesman'],
    },
  ],
  actsFor: ['government-of-japan'],
};
export const GOVERNMENT = {
  id: 'government-of-japan',
  kind: 'government',
  name: 'Government of Japan',
  aliases: ['Tokyo', 'Japanese government'],
  of: 'japan',
};
export const JAPAN = { id: 'japan', kind: 'country', name: 'Japan', iso: 'JP' };
export const OUTLET = { id: 'wire-news', kind: 'media', name: 'Wire News' };

export const SOURCE = {
  id: 'wire-kishida-ready',
  kind: 'wire',
  title: 'Kishida ready to meet Kim, Tokyo says',
  publisher: 'wire-news',
  published: PUBLISHED,
  text: TEXT,
};

export const CLAIM = {
  id: 'c-kishida-ready',
  text: 'Fumio Kishida is ready to meet Kim Jong Un at any time.',
  subject: 'fumio-kishida',
  predicate: 'is-willing-to',
  object: { type: 'text', value: 'meet Kim Jong Un at any time' },
  when: '2023-09-13',
};

export const ATTRIBUTION = {
  id: 'a-matsuno-ready',
  claim: 'c-kishida-ready',
  source: 'wire-kishida-ready',
  speaker: 'hirokazu-matsuno',
  mode: 'direct-quote',
  quotes: [anchor('ready to meet Kim Jong Un at any time,')],
  cue: 'said',
  said: '2023-09-13',
  relative: { said: 'on Wednesday' },
  roles: [{ actor: 'fumio-kishida', title: 'Prime Minister' }],
};

const BASE: Required<Records> = {
  actors: [KISHIDA, MATSUNO, GOVERNMENT, JAPAN, OUTLET],
  sources: [SOURCE],
  claims: [CLAIM],
  attributions: [ATTRIBUTION],
};

/**
 * The base world with changes: a record whose id is already there replaces it, others are added;
 * ids listed in `without` are left out.
 */
export function world(changes: Records = {}, without: readonly string[] = []): Required<Records> {
  const merge = (base: readonly RawRecord[], extra: readonly RawRecord[] = []) => {
    const out = base.filter((r) => !without.includes(r.id as string)).map((r) => extra.find((e) => e.id === r.id) ?? r);
    for (const e of extra) if (!base.some((r) => r.id === e.id)) out.push(e);
    return out;
  };
  return {
    actors: merge(BASE.actors, changes.actors),
    sources: merge(BASE.sources, changes.sources),
    claims: merge(BASE.claims, changes.claims),
    attributions: merge(BASE.attributions, changes.attributions),
  };
}

/**
 * Writes records as a YAML file with one record per line (JSON is valid YAML), so that the line a
 * diagnostic should point at is known without counting by hand.
 *
 * @returns the file's text and the line of each record, keyed `type:id`
 */
export function recordsYaml(records: Records): { text: string; lines: Map<string, number> } {
  const lines: string[] = [];
  const at = new Map<string, number>();
  const TYPES = { actors: 'actor', sources: 'source', claims: 'claim', attributions: 'attribution' } as const;
  for (const key of ['actors', 'sources', 'claims', 'attributions'] as const) {
    const list = records[key];
    if (list === undefined) continue;
    if (list.length === 0) {
      lines.push(`${key}: []`);
      continue;
    }
    lines.push(`${key}:`);
    for (const record of list) {
      lines.push(`  - ${JSON.stringify(record)}`);
      at.set(`${TYPES[key]}:${String(record.id)}`, lines.length);
    }
  }
  return { text: `${lines.join('\n')}\n`, lines: at };
}
