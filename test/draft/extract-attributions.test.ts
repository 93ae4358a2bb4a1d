import { describe, expect, it } from 'vitest';
import { extractAttributions, readDateline } from '../../src/draft/index.js';
import { ActorSchema } from '../../src/model/actor.js';
import { findQuotedSpans } from '../../src/speech/quoted-spans.js';

const spoken = (text: string) => findQuotedSpans(text).map((s) => text.slice(s.start, s.end));
const only = (text: string, options = {}) => extractAttributions(text, { published: '2025-03-05', ...options });

describe('findQuotedSpans', () => {
  it('pairs curly and straight marks, and single marks inside double ones, but not apostrophes', () => {
    expect(spoken('Kim’s aide said “we won’t ‘give in’ today.” Then \'Yes,\' he said, "fine."')).toEqual([
      'we won’t ‘give in’ today.',
      'give in',
      'Yes,',
      'fine.',
    ]);
  });

  it('closes an opening mark left without its own at the paragraph’s last closing mark', () => {
    const text = '“He said he will come “at any time,” the aide said.\n“Next.”';
    const spans = findQuotedSpans(text);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.depth, s.unbalanced])).toEqual([
      ['He said he will come “at any time,', 0, true],
      ['at any time,', 1, false],
      ['Next.', 0, false],
    ]);
  });
});

describe('extractAttributions', () => {
  it('leaves out titles, nicknames and scare quotes, and says so', () => {
    const draft = only(
      'The band released a song titled “Nine Days on the Quay”. Dwayne “The Rock” Johnson was there. Critics dubbed it “the long pause”. The “reform” changed little.',
    );
    expect(draft.attributions).toEqual([]);
    expect(draft.skipped.map((s) => s.reason)).toEqual(['title', 'nickname', 'nickname', 'scare-quote']);
  });

  it('joins a quotation broken by its reporting words, and anchors both parts', () => {
    const text = '“Three thousand people is a good start,” he said, “but it is not the last word.”';
    const [a] = only(`Prof. Henrik Aalto spoke. ${text}`).attributions;
    expect(a?.speaker).toBe('henrik-aalto');
    expect(a?.quotes.map((q) => q.text)).toEqual([
      'Three thousand people is a good start,',
      'but it is not the last word.',
    ]);
    expect(a?.quotes[1]?.prefix).toMatch(/he said, “$/);
  });

  it('finds the speaker before or after the quotation, inverted or not, and by “according to”', () => {
    const text = [
      '“We will win,” said Ann Lee.',
      '“We will lose,” Bob Stone said.',
      'Carla Diaz told reporters: “Nobody knows.”',
      'According to Dan Roe, “the vote is close.”',
    ].join('\n\n');
    expect(only(text).attributions.map((a) => a.speaker)).toEqual(['ann-lee', 'bob-stone', 'carla-diaz', 'dan-roe']);
  });

  it('resolves a role to the person the article names in it, and a pronoun to the last person named', () => {
    const text =
      'The ministry’s spokeswoman, Ingrid Sand, spoke first.\n\n“The plan is prudent,” the spokeswoman said.\n\n“It is also fair,” she added.';
    const draft = only(text);
    expect(draft.attributions.map((a) => [a.speaker, a.cue])).toEqual([
      ['ingrid-sand', 'said'],
      ['ingrid-sand', 'added'],
    ]);
    expect(draft.attributions[0]?.note).toMatch(/whom the article names in that role/);
    expect(draft.attributions[1]?.note).toMatch(/“she” taken as Ingrid Sand/);
  });

  it('resolves a role to the corpus actor holding that office at the date', () => {
    const actors = [
      ActorSchema.parse({
        id: 'old-ceo',
        kind: 'person',
        name: 'Old Boss',
        roles: [{ title: 'Chief Executive', of: 'acme', to: '2020-01-01' }],
      }),
      ActorSchema.parse({
        id: 'new-ceo',
        kind: 'person',
        name: 'New Boss',
        roles: [{ title: 'Chief Executive', of: 'acme', from: '2020-01-02' }],
      }),
    ];
    const [a] = only('“Sales are up,” the chief executive said.', { corpus: { actors } }).attributions;
    expect(a).toMatchObject({ speaker: 'new-ceo', roles: [{ actor: 'new-ceo', title: 'chief executive' }] });
    expect(a?.note).toMatch(/held the office of Chief Executive at the date/);
  });

  it('records words relayed by a spokesman as a chain, innermost speaker first', () => {
    const text = '“Minister Clara Okafor has said she is ready “at any time,” her spokesman Tom Berg said.';
    const draft = only(text);
    const inner = draft.attributions.find((a) => a.quotes[0]?.text === 'at any time,');
    expect(inner).toMatchObject({ speaker: 'clara-okafor', via: [{ actor: 'tom-berg' }] });
  });

  it('records an outlet’s report and a statement as documents the words passed through', () => {
    const draft = only(
      'The Harbour Times reports, “The port is closed.”\n\nAcme Corp said in a statement: “We regret the delay.”',
      {
        source: { id: 'story' },
      },
    );
    expect(draft.attributions.map((a) => [a.speaker, a.via])).toEqual([
      ['harbour-times', ['story.harbour-times-report']],
      ['acme-corp', ['story.acme-corp-statement']],
    ]);
    expect(draft.actors.map((a) => a.kind)).toEqual(['media', 'organization']);
    expect(draft.sources.map((s) => s.kind)).toEqual(['article', 'article', 'statement']);
  });

  it('reads the stance from the cue and the factuality from hedges', () => {
    const draft = only(
      'Tom Lind dismissed the plan as “a wish list.”\n\nEva Holm questioned whether the plan “adds up at all.”\n\nRuth Berg said the rates “may well rise again.”',
    );
    expect(draft.attributions.map((a) => [a.stance, a.factuality])).toEqual([
      ['denies', 'certain'],
      ['doubts', 'certain'],
      ['hedges', 'possible'],
    ]);
  });

  it('dates the words by the weekday the sentence gives, counted back from publication', () => {
    const [a] = only('“We are done,” Ann Lee said on Monday.', { published: '2025-03-05' }).attributions;
    expect(a).toMatchObject({ said: '2025-03-03', relative: { said: 'on Monday' } });
  });

  it('drafts reported speech without marks as indirect', () => {
    const [a] = only('Mayor Luis Ortega announced on Thursday that work on the bridge would stop.', {
      published: '2025-06-06',
    }).attributions;
    expect(a).toMatchObject({
      mode: 'indirect',
      speaker: 'luis-ortega',
      cue: 'announced',
      quotes: [],
      said: '2025-06-05',
    });
  });

  it('gives every record a confidence and a note, and lower confidence to a guessed speaker', () => {
    const draft = only('“We will win,” said Ann Lee.\n\n“Nobody can stop us.”');
    expect(draft.attributions.map((a) => a.speaker)).toEqual(['ann-lee', 'ann-lee']);
    const [first, second] = draft.attributions;
    expect(second?.confidence).toBeLessThan(first?.confidence as number);
    expect(second?.note).toMatch(/No reporting words: taken as ann-lee/);
    expect(draft.actors).toEqual([{ id: 'ann-lee', kind: 'person', name: 'Ann Lee' }]);
  });
});

describe('readDateline', () => {
  it('reads agency datelines and date lines', () => {
    expect(readDateline('TOKYO, Sept. 15, 2023 (Reuters) - Japan said')).toEqual({
      date: '2023-09-15',
      place: 'TOKYO',
    });
    expect(readDateline('Published 4 March 2025\n\nText')).toEqual({ date: '2025-03-04' });
    expect(readDateline('No date here.')).toBeUndefined();
  });
});
