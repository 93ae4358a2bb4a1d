// Irregular forms news writes most, mapped to the stem of their regular relatives.
const IRREGULAR: Readonly<Record<string, string>> = {
  met: 'meet',
  held: 'hold',
  said: 'say',
  told: 'tell',
  went: 'go',
  gone: 'go',
  won: 'win',
  lost: 'lose',
  fought: 'fight',
  sought: 'seek',
  brought: 'bring',
  began: 'begin',
  begun: 'begin',
  died: 'die',
  dead: 'die',
  death: 'die',
  killed: 'kill',
  taken: 'take',
  took: 'take',
  gave: 'give',
  given: 'give',
  left: 'leave',
  arrested: 'arrest',
  hospitalized: 'hospital',
  hospitalised: 'hospital',
};

const SUFFIXES: readonly (readonly [string, string, number])[] = [
  // suffix, replacement, shortest stem left
  ['isations', '', 4],
  ['izations', '', 4],
  ['isation', '', 4],
  ['ization', '', 4],
  ['ising', '', 4],
  ['izing', '', 4],
  ['ised', '', 4],
  ['ized', '', 4],
  ['ises', '', 4],
  ['izes', '', 4],
  ['ise', '', 4],
  ['ize', '', 4],
  ['ments', '', 4],
  ['ment', '', 4],
  ['ings', '', 3],
  ['ing', '', 3],
  ['ied', 'y', 2],
  ['ies', 'y', 2],
  ['eed', 'ee', 2],
  ['ed', '', 3],
  ['ches', 'ch', 2],
  ['shes', 'sh', 2],
  ['xes', 'x', 2],
];

/**
 * A light English stemmer for comparing claim wordings: strips inflections and the -ise/-ize
 * family (British and American spellings meet), so "hospitalised" and "in hospital", "visits" and
 * "visited", "supplies" and "supplying" share a stem. It is deliberately simple: stems only need
 * to agree with each other, not to be words.
 *
 * @param word - a lowercase word
 * @returns its stem
 *
 * @example
 * [stem('hospitalised'), stem('hospitalized'), stem('meetings'), stem('supplied')]
 * //=> ['hospital', 'hospital', 'meet', 'supply']
 */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 3) return word;
  let result = word;
  for (const [suffix, replacement, shortest] of SUFFIXES) {
    if (result.endsWith(suffix) && result.length - suffix.length >= shortest) {
      result = result.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  if (result.length > 3 && result.endsWith('s') && !/(?:ss|us|is)$/.test(result)) result = result.slice(0, -1);
  if (result.length > 4 && result.endsWith('e')) result = result.slice(0, -1);
  return result;
}
