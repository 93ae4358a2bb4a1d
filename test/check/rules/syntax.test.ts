import { testRule } from '../rule-tester.js';
import { recordsYaml, world } from '../world.js';

const CLAIM_LINE = '{"id":"c-1","text":"Japan meets Russia.","subject":"japan","predicate":"meets"}';

testRule('syntax', {
  valid: [
    {
      name: 'well-formed YAML, JSON and JSONL',
      corpus: {
        files: {
          'corpus.yaml': recordsYaml(world()).text,
          'more.json': '{ "claims": [] }\n',
          'claims.jsonl': `${CLAIM_LINE}\n\n`,
        },
      },
    },
  ],
  invalid: [
    {
      name: 'a YAML file with an unclosed list',
      corpus: { files: { 'bad.yaml': 'actors:\n  - id: japan\n    aliases: [Nippon\n' } },
      errors: [
        {
          messageId: 'loaded',
          message:
            'bad.yaml is not valid YAML at line 4, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]. None of its records were loaded.',
          file: 'bad.yaml',
          line: 4,
          column: 1,
        },
      ],
    },
    {
      name: 'a JSON file with a trailing comma',
      corpus: { files: { 'bad.json': '{"actors": [\n  {"id": "x",}\n]}\n' } },
      errors: [
        {
          messageId: 'loaded',
          message:
            'bad.json is not valid JSON at line 2, column 14: a comma comes right before "}"; JSON does not allow a trailing comma. None of its records were loaded.',
          file: 'bad.json',
          line: 2,
          column: 14,
        },
      ],
    },
    {
      name: 'one bad line of a JSONL file; the other lines load',
      corpus: { files: { 'claims.jsonl': `${CLAIM_LINE}\n{"id": oops}\n` } },
      errors: [
        {
          messageId: 'loaded',
          message:
            'Line 2 of claims.jsonl is not valid JSON (column 8): unexpected word "oops" where a value should be. That line was not loaded; the others were.',
          file: 'claims.jsonl',
          line: 2,
          column: 8,
        },
      ],
    },
  ],
});
