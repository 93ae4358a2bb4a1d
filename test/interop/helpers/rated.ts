/** A corpus in which two fact-checkers rate one of a senator's claims and leave the other unrated. */
export const rated = {
  actors: [
    { id: 'sen-roe', kind: 'person', name: 'Jane Roe' },
    { id: 'paper', kind: 'media', name: 'The Paper', url: 'https://paper.example/' },
    { id: 'checks', kind: 'media', name: 'Checks', url: 'https://checks.example/' },
    { id: 'truthometer', kind: 'organization', name: 'Truth-o-Meter' },
  ],
  sources: [
    { id: 'story', kind: 'article', title: 'Roe on the Moon', publisher: 'paper', published: '2020-01-14' },
    {
      id: 'check-1',
      kind: 'article',
      title: 'Is the Moon made of cheese?',
      publisher: 'checks',
      url: 'https://checks.example/moon',
      published: '2020-01-17',
    },
    { id: 'check-2', kind: 'report', title: 'Moon claims, rated', publisher: 'truthometer', published: '2020-02' },
  ],
  claims: [
    { id: 'moon', text: 'The Moon is made of cheese.', subject: { literal: 'the Moon' }, predicate: 'is' },
    { id: 'sun', text: 'The Sun is hot.', subject: { literal: 'the Sun' }, predicate: 'is' },
  ],
  attributions: [
    {
      id: 'roe-moon',
      claim: 'moon',
      source: 'story',
      speaker: 'sen-roe',
      mode: 'direct-quote',
      quotes: [{ text: 'cheese' }],
    },
    { id: 'roe-sun', claim: 'sun', source: 'story', speaker: 'sen-roe', mode: 'summary' },
    {
      id: 'checks-moon',
      claim: 'moon',
      source: 'check-1',
      speaker: 'checks',
      mode: 'own-voice',
      stance: 'denies',
      cue: 'rated',
      said: '2020-01-17',
      rating: { label: 'Pants on Fire', value: 0, best: 5, worst: 0 },
    },
    {
      id: 'tom-moon',
      claim: 'moon',
      source: 'check-2',
      speaker: 'truthometer',
      // A verdict in reported speech, citing the senator's story: the review keeps its words and chain.
      mode: 'indirect',
      quotes: [{ text: 'half true' }],
      via: ['story'],
      stance: 'doubts',
      cue: 'rated',
      rating: { label: 'Half true' },
    },
  ],
};
