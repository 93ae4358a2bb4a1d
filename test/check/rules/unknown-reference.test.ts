import { testRule } from '../rule-tester.js';
import { ATTRIBUTION, CLAIM, KISHIDA, SOURCE, world } from '../world.js';

const A = { type: 'attribution', id: 'a-matsuno-ready' } as const;
const KCNA = { id: 'kcna', kind: 'media', name: 'Korean Central News Agency', aliases: ['KCNA'] };
const KIM = { id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un', aliases: ['Kim'] };
const attribution = (changes: object) => world({ attributions: [{ ...ATTRIBUTION, ...changes }] });

testRule('unknown-reference', {
  valid: [
    { name: 'the base world', corpus: { records: world() } },
    {
      name: 'references through every kind of field',
      corpus: {
        records: world({
          actors: [KIM, KCNA, { ...KISHIDA, memberOf: ['japan'] }],
          sources: [{ id: 'kcna-report', kind: 'wire', title: 'KCNA report', publisher: 'kcna', authors: ['kcna'] }],
          claims: [
            {
              id: 'c-kim-meets-kishida',
              text: 'Kim Jong Un meets Fumio Kishida in Japan.',
              subject: 'kim-jong-un',
              predicate: 'meets',
              object: { type: 'actor', id: 'fumio-kishida' },
              where: 'japan',
              contradicts: ['c-kishida-ready'],
            },
          ],
          attributions: [{ ...ATTRIBUTION, via: ['kcna-report'] }],
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'a misspelt id: the closest id is suggested',
      corpus: { records: attribution({ speaker: 'hirokazu-matsuna' }) },
      errors: [
        {
          messageId: 'unknownWithHint',
          message:
            'Attribution "a-matsuno-ready" names actor "hirokazu-matsuna" as its speaker, but the corpus has no actor with that id. Did you mean "hirokazu-matsuno"?',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'speaker'],
          actual: 'hirokazu-matsuna',
          expected: 'hirokazu-matsuno',
          suggestion: 'hirokazu-matsuno',
        },
      ],
    },
    {
      name: 'an alias where the id belongs: the id is given',
      corpus: { records: attribution({ speaker: 'matsuno' }) },
      errors: [
        {
          messageId: 'nameNotId',
          message:
            'Attribution "a-matsuno-ready" names actor "matsuno" as its speaker, but that is a name, not an id: it is how the corpus refers to "Hirokazu Matsuno", whose id is "hirokazu-matsuno".',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'speaker'],
          actual: 'matsuno',
          expected: 'hirokazu-matsuno',
          suggestion: 'hirokazu-matsuno',
        },
      ],
    },
    {
      name: 'a name written as an id, in a role mention',
      corpus: { records: attribution({ roles: [{ actor: 'fumio.kishida', title: 'Prime Minister' }] }) },
      errors: [
        {
          messageId: 'nameNotId',
          message:
            'Attribution "a-matsuno-ready" names actor "fumio.kishida" in its first role mention, but that is a name, not an id: it is how the corpus refers to "Fumio Kishida", whose id is "fumio-kishida".',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'roles', 0, 'actor'],
          actual: 'fumio.kishida',
          expected: 'fumio-kishida',
          suggestion: 'fumio-kishida',
        },
      ],
    },
    {
      name: 'a misspelt alias: the actor with that alias is suggested',
      corpus: { records: attribution({ speaker: 'matsumo' }) },
      errors: [
        {
          messageId: 'unknownWithHint',
          message:
            'Attribution "a-matsuno-ready" names actor "matsumo" as its speaker, but the corpus has no actor with that id. Did you mean "hirokazu-matsuno"?',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'speaker'],
          actual: 'matsumo',
          expected: 'hirokazu-matsuno',
          suggestion: 'hirokazu-matsuno',
        },
      ],
    },
    {
      name: 'a misspelt name: the actor with that name is suggested',
      corpus: {
        records: world({
          actors: [KCNA],
          sources: [{ ...SOURCE, publisher: 'korean-central-news-agncy' }],
          attributions: [{ ...ATTRIBUTION, speaker: 'kcna' }],
        }),
      },
      errors: [
        {
          messageId: 'unknownWithHint',
          message:
            'Source "wire-kishida-ready" names actor "korean-central-news-agncy" as its publisher, but the corpus has no actor with that id. Did you mean "kcna"?',
          entity: { type: 'source', id: 'wire-kishida-ready' },
          line: 'record',
          path: ['sources', 0, 'publisher'],
          actual: 'korean-central-news-agncy',
          expected: 'kcna',
          suggestion: 'kcna',
        },
      ],
    },
    {
      name: 'an alias two actors share gives no guess',
      corpus: {
        records: world({
          actors: [KIM, { id: 'kim-yo-jong', kind: 'person', name: 'Kim Yo Jong', aliases: ['Kim'] }],
          claims: [{ ...CLAIM, subject: 'kim' }],
          attributions: [{ ...ATTRIBUTION, roles: [] }],
        }),
      },
      errors: [
        {
          messageId: 'unknown',
          message:
            'Claim "c-kishida-ready" names actor "kim" as its subject, but the corpus has no actor with that id.',
          entity: { type: 'claim', id: 'c-kishida-ready' },
          line: 'record',
          path: ['claims', 0, 'subject'],
          actual: 'kim',
        },
      ],
    },
    {
      name: 'a misspelt claim id and a via source that does not exist',
      corpus: { records: attribution({ claim: 'c-kishida-redy', via: ['ap-report-on-kishida'] }) },
      errors: [
        {
          messageId: 'unknownWithHint',
          message:
            'Attribution "a-matsuno-ready" names claim "c-kishida-redy" as the claim it carries, but the corpus has no claim with that id. Did you mean "c-kishida-ready"?',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'claim'],
          actual: 'c-kishida-redy',
          expected: 'c-kishida-ready',
          suggestion: 'c-kishida-ready',
        },
        {
          messageId: 'unknown',
          message:
            'Attribution "a-matsuno-ready" names source "ap-report-on-kishida" as the first document in its via chain, but the corpus has no source with that id.',
          entity: A,
          line: 'record',
          path: ['attributions', 0, 'via', 0],
          actual: 'ap-report-on-kishida',
        },
      ],
    },
    {
      name: "an office's body, with the office named in the message",
      corpus: { records: world({ actors: [{ ...KISHIDA, roles: [{ ...KISHIDA.roles[0], of: 'japn' }] }] }) },
      errors: [
        {
          messageId: 'unknownWithHint',
          message:
            'Actor "fumio-kishida" names actor "japn" as the body its role "Prime Minister" belongs to, but the corpus has no actor with that id. Did you mean "japan"?',
          entity: { type: 'actor', id: 'fumio-kishida' },
          line: 'record',
          path: ['actors', 0, 'roles', 0, 'of'],
          actual: 'japn',
          expected: 'japan',
          suggestion: 'japan',
        },
      ],
    },
  ],
});
