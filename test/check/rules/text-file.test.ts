import { testRule } from '../rule-tester.js';
import { SOURCE, TEXT, world } from '../world.js';

const S = { type: 'source', id: 'wire-kishida-ready' } as const;
const textFile = (path: string) => world({ sources: [{ ...SOURCE, text: undefined, textFile: path }] });

testRule('text-file', {
  valid: [
    {
      name: 'a text file next to the corpus file',
      corpus: { records: textFile('texts/story.txt'), files: { 'texts/story.txt': TEXT } },
    },
  ],
  invalid: [
    {
      name: 'a text file that does not exist',
      corpus: { records: textFile('texts/missing.txt') },
      errors: [
        {
          messageId: 'loaded',
          message:
            'Source "wire-kishida-ready" names a text file that cannot be used: "texts/missing.txt" does not exist (looked for texts/missing.txt). The source was loaded without its text.',
          entity: S,
          line: 'record',
          path: ['sources', 0, 'textFile'],
        },
      ],
    },
    {
      name: 'a text file outside the corpus directory',
      corpus: { records: textFile('../../etc/hostname') },
      errors: [
        {
          messageId: 'loaded',
          message:
            'Source "wire-kishida-ready" names a text file that cannot be used: "../../etc/hostname" points outside the corpus directory. The source was loaded without its text.',
          entity: S,
          line: 'record',
          path: ['sources', 0, 'textFile'],
        },
      ],
    },
  ],
});
