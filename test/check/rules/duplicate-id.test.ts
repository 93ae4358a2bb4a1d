import { testRule } from '../rule-tester.js';
import { CLAIM, JAPAN, recordsYaml, world } from '../world.js';

const yaml = (records: Parameters<typeof recordsYaml>[0]) => recordsYaml(records).text;

testRule('duplicate-id', {
  valid: [
    {
      name: 'the same id for records of different kinds',
      corpus: { records: world({ claims: [{ ...CLAIM, id: 'japan' }], attributions: [] }, ['a-matsuno-ready']) },
    },
  ],
  invalid: [
    {
      name: 'an actor defined twice with different content, in two files',
      corpus: {
        files: {
          'corpus.yaml': yaml(world()),
          'more/actors.yaml': yaml({ actors: [{ ...JAPAN, name: 'Nippon' }] }),
        },
      },
      errors: [
        {
          messageId: 'loaded',
          message:
            'Actor "japan" is defined twice with different content, at corpus.yaml:5 (actors[3]) and here; only the first was loaded.',
          entity: { type: 'actor', id: 'japan' },
          file: 'more/actors.yaml',
          line: 2,
          path: ['actors', 0],
          related: [{ type: 'actor', id: 'japan', file: 'corpus.yaml', line: 5 }],
        },
      ],
    },
    {
      name: 'the same record twice: only a warning',
      corpus: { files: { 'corpus.yaml': yaml(world()), 'z-copy.yaml': yaml({ actors: [JAPAN] }) } },
      errors: [
        {
          messageId: 'loaded',
          severity: 'warning',
          message:
            'Actor "japan" is defined twice with the same content, at corpus.yaml:5 (actors[3]) and here; the second is ignored.',
          entity: { type: 'actor', id: 'japan' },
          file: 'z-copy.yaml',
          line: 2,
          path: ['actors', 0],
          related: [{ type: 'actor', id: 'japan', file: 'corpus.yaml', line: 5 }],
        },
      ],
    },
    {
      name: 'a duplicate reported as an error when the rule is set to error',
      corpus: { files: { 'corpus.yaml': yaml(world()), 'z-copy.yaml': yaml({ actors: [JAPAN] }) } },
      options: { rules: { 'duplicate-id': 'error' } },
      errors: [
        {
          messageId: 'loaded',
          severity: 'error',
          message:
            'Actor "japan" is defined twice with the same content, at corpus.yaml:5 (actors[3]) and here; the second is ignored.',
          entity: { type: 'actor', id: 'japan' },
          file: 'z-copy.yaml',
          line: 2,
          path: ['actors', 0],
          related: [{ type: 'actor', id: 'japan', file: 'corpus.yaml', line: 5 }],
        },
      ],
    },
  ],
});
