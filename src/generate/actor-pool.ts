import type { ActorInput } from '../model/actor.js';
import { type DayNumber, dayOf, formatDay } from './dates.js';
import type { Random } from './random.js';
import {
  COUNTRIES,
  FIRST_NAMES,
  GROUPS,
  LAST_NAMES,
  ORGANIZATION_FIELDS,
  ORGANIZATION_KINDS,
  OUTLET_SUFFIXES,
  TITLES,
} from './vocabulary.js';

/** An office held by a generated official, as day numbers for quick comparison. */
export interface HeldRole {
  readonly title: string;
  readonly from: DayNumber;
  readonly to?: DayNumber;
}

/** Someone or something the generator can credit a statement to. */
export interface Speaker {
  readonly id: string;
  readonly name: string;
  /** The country name a text can mention alongside (for officials). */
  readonly country?: string;
  readonly roles: readonly HeldRole[];
}

/** A news outlet and the city it reports from. */
export interface Outlet {
  readonly id: string;
  readonly name: string;
  readonly city: string;
  readonly domain: string;
}

/** The actors of a generated corpus, with what the article writer needs to know about them. */
export interface ActorPool {
  readonly actors: ActorInput[];
  readonly speakers: readonly Speaker[];
  readonly outlets: readonly Outlet[];
  readonly journalists: readonly string[];
  /** Actors that can be the subject of a claim. */
  readonly subjects: readonly { id: string; name: string }[];
  /** The countries, which are the usual objects of claims about visits, weapons and ties. */
  readonly countries: readonly { id: string; name: string }[];
}

const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(max, n));

/** A lowercase id from a name: "José Ortega" -> "jose-ortega". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The k-th invented person name. A multiplicative step spreads consecutive k over the lists; past
 * every first-last pair, a middle initial keeps names distinct.
 */
function personName(k: number): string {
  const pairs = FIRST_NAMES.length * LAST_NAMES.length;
  const mixed = (k * 7919) % pairs;
  const first = FIRST_NAMES[mixed % FIRST_NAMES.length] as string;
  const last = LAST_NAMES[Math.floor(mixed / FIRST_NAMES.length)] as string;
  const round = Math.floor(k / pairs);
  return round === 0 ? `${first} ${last}` : `${first} ${String.fromCharCode(64 + (round % 26 || 26))}. ${last}`;
}

const ROLE_START = dayOf('2005-01-01');
const ROLE_START_SPAN = dayOf('2014-12-31') - ROLE_START;
const ROLE_END = dayOf('2017-01-01');
const ROLE_END_SPAN = dayOf('2022-12-31') - ROLE_END;

/**
 * Builds the actors for a corpus of `attributions` attributions. Pool sizes grow with the corpus
 * (about one official per 60 attributions) and every actor is made so that some record will
 * refer to it: governments through their officials, countries through their governments,
 * organisations through their analysts; the article writer uses every speaker, outlet and
 * journalist at least once.
 */
export function buildActorPool(attributions: number, random: Random): ActorPool {
  const actors: ActorInput[] = [];
  const speakers: Speaker[] = [];
  const subjects: { id: string; name: string }[] = [];
  if (attributions <= 0) return { actors, speakers, outlets: [], journalists: [], subjects, countries: [] };
  const usedIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };

  const countryCount = clamp(Math.ceil(attributions / 2000), 1, COUNTRIES.length);
  const governments: { id: string; country: string }[] = [];
  for (let i = 0; i < countryCount; i++) {
    const [country, capital, iso] = COUNTRIES[i] as readonly [string, string, string];
    const countryId = uniqueId(slugify(country));
    const govId = uniqueId(`government-of-${countryId}`);
    actors.push({ id: countryId, kind: 'country', name: country, iso });
    actors.push({ id: govId, kind: 'government', name: `Government of ${country}`, aliases: [capital], of: countryId });
    governments.push({ id: govId, country });
    subjects.push({ id: countryId, name: country });
  }

  let nameIndex = 0;
  const officialCount = Math.max(countryCount, Math.floor(attributions / 60));
  for (let i = 0; i < officialCount; i++) {
    const gov = (i < governments.length ? governments[i] : random.pick(governments)) as (typeof governments)[number];
    const name = personName(nameIndex++);
    const id = uniqueId(slugify(name));
    const first = TITLES[random.skewed(TITLES.length, 1.5)] as string;
    const roles: HeldRole[] = [{ title: first, from: ROLE_START + random.int(0, ROLE_START_SPAN) }];
    if (random.chance(0.3)) {
      const to = ROLE_END + random.int(0, ROLE_END_SPAN);
      roles[0] = { ...(roles[0] as HeldRole), to };
      const next = TITLES.filter((t) => t !== first);
      roles.push({ title: random.pick(next), from: to + 1 });
    }
    const surname = name.split(' ').pop() as string;
    actors.push({
      id,
      kind: 'person',
      name,
      ...(i < 50 ? { aliases: [surname] } : {}),
      pronoun: random.pick(['he', 'she'] as const),
      roles: roles.map((r) => ({
        title: r.title,
        of: gov.id,
        from: formatDay(r.from),
        ...(r.to !== undefined ? { to: formatDay(r.to) } : {}),
      })),
      actsFor: [gov.id],
    });
    speakers.push({ id, name, country: gov.country, roles });
    if (i < 200) subjects.push({ id, name });
  }

  const fields = ORGANIZATION_FIELDS.length * ORGANIZATION_KINDS.length;
  const orgCount = clamp(Math.floor(attributions / 4000), 0, fields);
  const orgs: string[] = [];
  for (let i = 0; i < orgCount; i++) {
    const kind = ORGANIZATION_KINDS[i % ORGANIZATION_KINDS.length] as string;
    const field = ORGANIZATION_FIELDS[Math.floor(i / ORGANIZATION_KINDS.length)] as string;
    const name = `${kind} for ${field}`;
    const id = uniqueId(slugify(name));
    const acronym = `${kind[0]}${field
      .split(' ')
      .filter((w) => w !== 'and')
      .map((w) => w[0])
      .join('')}`;
    actors.push({ id, kind: 'organization', name, aliases: [acronym] });
    orgs.push(id);
    subjects.push({ id, name });
  }
  const analystCount = orgCount === 0 ? 0 : Math.max(orgCount, Math.floor(attributions / 400));
  for (let i = 0; i < analystCount; i++) {
    const name = personName(nameIndex++);
    const id = uniqueId(slugify(name));
    const org = (i < orgs.length ? orgs[i] : random.pick(orgs)) as string;
    actors.push({ id, kind: 'person', name, memberOf: [org] });
    speakers.push({ id, name, roles: [] });
  }

  const groupCount = clamp(Math.floor(attributions / 2000), 0, GROUPS.length);
  for (let i = 0; i < groupCount; i++) {
    const [name, slug] = GROUPS[i] as readonly [string, string];
    const id = uniqueId(slug);
    actors.push({ id, kind: 'group', name });
    speakers.push({ id, name, roles: [] });
  }

  const outletCount = clamp(Math.floor(attributions / 1000), 1, COUNTRIES.length * OUTLET_SUFFIXES.length);
  const outlets: Outlet[] = [];
  for (let i = 0; i < outletCount; i++) {
    const city = (COUNTRIES[i % COUNTRIES.length] as readonly string[])[1] as string;
    const suffix = OUTLET_SUFFIXES[Math.floor(i / COUNTRIES.length)] as string;
    const name = `The ${city} ${suffix}`;
    const id = uniqueId(slugify(name));
    const domain = `${slugify(`${city}${suffix}`).replace(/-/g, '')}.example`;
    actors.push({ id, kind: 'media', name, url: `https://${domain}/` });
    outlets.push({ id, name, city, domain });
  }

  const journalistCount = Math.max(1, Math.floor(attributions / 500));
  const journalists: string[] = [];
  for (let i = 0; i < journalistCount; i++) {
    const name = personName(nameIndex++);
    const id = uniqueId(slugify(name));
    actors.push({ id, kind: 'person', name });
    journalists.push(id);
  }
  return { actors, speakers, outlets, journalists, subjects, countries: subjects.slice(0, countryCount) };
}
