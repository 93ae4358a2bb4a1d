import type { ClaimInput } from '../model/claim.js';
import type { ActorPool } from './actor-pool.js';
import type { DayNumber } from './dates.js';
import { formatDay } from './dates.js';
import type { Random } from './random.js';
import { ACTOR_PREDICATES, ADJECTIVES, an, COUNTRIES, NOUNS, TEXT_PREDICATES, TOPICS, VERBS } from './vocabulary.js';

/** A generated claim with the clause a text uses to report it ("Chile supplies weapons to Peru"). */
export interface GeneratedClaim {
  readonly record: ClaimInput;
  readonly clause: string;
}

const LABELS: Record<string, string> = {
  warns: 'warns',
  proposes: 'proposes',
  'is-willing-to': 'is willing to',
  'intends-to': 'intends to',
  'calls-for': 'calls for',
  'is-concerned-about': 'is concerned about',
  meets: 'meets',
  visits: 'visits',
  'supplies-weapons-to': 'supplies weapons to',
  threatens: 'threatens',
  'cooperates-with': 'cooperates with',
  'has-ties-with': 'has ties with',
  'holds-summit-with': 'holds a summit with',
};

function textObject(predicate: string, random: Random): string {
  const noun = random.pick(NOUNS);
  switch (predicate) {
    case 'warns':
      return `of a collapse of the ${noun}`;
    case 'is-willing-to':
    case 'intends-to':
      return `${random.pick(VERBS)} the ${noun}`;
    case 'is-concerned-about':
      return `the ${noun} with ${(random.pick(COUNTRIES) as readonly string[])[0]}`;
    default:
      return an(`${random.pick(ADJECTIVES)} ${noun}`);
  }
}

const sentence = (clause: string) => `${clause[0]?.toUpperCase()}${clause.slice(1)}.`;

/**
 * Makes claims: propositions about the pool's countries, officials and organisations, with the
 * structured subject, predicate and object that the contradiction finder keys on.
 */
export class ClaimMaker {
  #count = 0;

  constructor(
    private readonly pool: ActorPool,
    private readonly random: Random,
  ) {}

  #id(): string {
    return `clm.${this.#count++}`;
  }

  /** A new claim, said about the time of `day`. */
  fresh(day: DayNumber): GeneratedClaim {
    const r = this.random;
    const kind = r.next();
    const topics = r.chance(0.3) ? [r.pick(TOPICS), r.pick(TOPICS)] : [r.pick(TOPICS)];
    const uniqueTopics = [...new Set(topics)];
    const when = r.chance(0.5) ? { when: formatDay(day).slice(0, 7) } : {};
    if (kind < 0.05) return this.count({ literal: `the death toll of the floods in ${r.pick(COUNTRIES)[0]}` }, day);
    if (kind < 0.1) {
      const subject = { literal: `the ${r.pick(NOUNS)} summit in ${r.pick(COUNTRIES)[1]}` };
      return this.date(subject, day + r.int(1, 60));
    }
    const subject = this.pool.subjects[r.skewed(this.pool.subjects.length, 1.7)] as { id: string; name: string };
    const countries = this.pool.countries;
    let other = countries[r.skewed(countries.length, 1.5)] as { id: string; name: string };
    if (other.id === subject.id) other = countries[(countries.indexOf(other) + 1) % countries.length] as typeof other;
    if (kind < 0.45 && other.id !== subject.id) {
      const predicate = r.pick(ACTOR_PREDICATES);
      const clause = `${subject.name} ${LABELS[predicate]} ${other.name}`;
      return {
        record: {
          id: this.#id(),
          text: sentence(clause),
          subject: subject.id,
          predicate,
          object: { type: 'actor', id: other.id },
          ...when,
          topics: uniqueTopics,
        },
        clause,
      };
    }
    const predicate = r.pick(TEXT_PREDICATES);
    const value = textObject(predicate, r);
    const clause = `${subject.name} ${LABELS[predicate]} ${value}`;
    return {
      record: {
        id: this.#id(),
        text: sentence(clause),
        subject: subject.id,
        predicate,
        object: { type: 'text', value },
        ...when,
        topics: uniqueTopics,
      },
      clause,
    };
  }

  /** A count claim ("the death toll ... numbers about 120"); single-valued, so rivals conflict. */
  count(subject: { literal: string }, _day: DayNumber, value = this.random.int(5, 400)): GeneratedClaim {
    const clause = `${subject.literal} numbers about ${value}`;
    return {
      record: {
        id: this.#id(),
        text: sentence(clause),
        subject,
        predicate: 'has-count',
        object: { type: 'number', value, approx: 'about' },
        topics: ['disasters'],
      },
      clause,
    };
  }

  /** A date claim ("the summit in Oslo takes place on 2019-03-04"); single-valued. */
  date(subject: { literal: string }, day: DayNumber): GeneratedClaim {
    const value = formatDay(day);
    const clause = `${subject.literal} takes place on ${value}`;
    return {
      record: {
        id: this.#id(),
        text: sentence(clause),
        subject,
        predicate: 'occurs-on',
        object: { type: 'date', value },
        topics: ['diplomacy'],
      },
      clause,
    };
  }

  /**
   * A claim that disagrees with `other` without naming it: the same proposition negated, or for a
   * single-valued predicate another value.
   */
  rival(other: GeneratedClaim, day: DayNumber): GeneratedClaim {
    const o = other.record;
    if (o.predicate === 'has-count' && typeof o.subject === 'object' && o.object?.type === 'number') {
      return this.count(o.subject, day, o.object.value + this.random.int(10, 200));
    }
    if (o.predicate === 'occurs-on' && typeof o.subject === 'object')
      return this.date(o.subject, day + this.random.int(61, 120));
    const clause = `it is not true that ${other.clause}`;
    return {
      record: { ...o, id: this.#id(), text: sentence(clause), polarity: 'negated' },
      clause,
    };
  }
}
