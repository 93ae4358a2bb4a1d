import { normalizeName } from '../../internal/normalize-name.js';
import type { Role } from '../../model/actor.js';
import type { When } from '../../model/partial-date.js';
import { DateMemo } from '../date-memo.js';
import type { Rule } from '../rule.js';

const roleInterval = (role: Role): When => ({
  ...(role.from !== undefined ? { from: role.from } : {}),
  ...(role.to !== undefined ? { to: role.to } : {}),
});

const describeRole = (role: Role) =>
  role.from === undefined && role.to === undefined
    ? 'at dates the corpus does not record'
    : role.from === undefined
      ? `until ${role.to}`
      : role.to === undefined
        ? `from ${role.from}`
        : `from ${role.from} to ${role.to}`;

const showWhen = (time: When) => (typeof time === 'string' ? time : `${time.from ?? '…'} to ${time.to ?? '…'}`);

/**
 * A passage that gives someone an office ("Prime Minister Kishida") must do so at a time they held
 * it. Without a qualifier the office must be held when the words were said or published; "then-"
 * wording checks the time of the claim; "former" wording needs the office to have ended.
 */
export const roleNotHeld: Rule = {
  meta: {
    id: 'role-not-held',
    severity: 'error',
    doc: 'Offices a passage gives to people were held at the time it refers to.',
    messages: {
      notHeld: 'Attribution "{id}" calls {actor} "{title}" as of {time}, but {actor} held that office only {held}.',
      notFormer:
        'Attribution "{id}" calls {actor} "former {title}", but when source "{source}" was published ({time}) {actor} still held that office ({held}).',
      unknownTitle:
        'Attribution "{id}" calls {actor} "{title}", but none of the offices the corpus records for {actor} has that title or alias.',
      noTime:
        'Attribution "{id}" calls {actor} "then-{title}", but neither the claim nor the attribution has a date to check it against.',
    },
  },
  check({ corpus, report }) {
    const dates = new DateMemo();
    const startsAfter = (time: When, date: string) => {
      const start = dates.when(time).start;
      return start !== undefined && start > dates.bounds(date).end;
    };
    // The normalised titles and aliases of each actor's roles, worked out once per actor.
    const titles = new Map<string, string[][]>();
    const titlesOf = (actor: { id: string; roles: readonly Role[] }) => {
      let found = titles.get(actor.id);
      if (!found) {
        found = actor.roles.map((r) => [r.title, ...r.aliases].map(normalizeName));
        titles.set(actor.id, found);
      }
      return found;
    };
    // Mentions repeat a few titles ("Prime Minister") across the corpus: normalise each once.
    const normalized = new Map<string, string>();
    const normalizedTitle = (title: string) => {
      let found = normalized.get(title);
      if (found === undefined) normalized.set(title, (found = normalizeName(title)));
      return found;
    };
    for (const a of corpus.attributions) {
      a.roles.forEach((mention, index) => {
        const actor = corpus.store.actors.get(mention.actor)?.record;
        if (!actor) return; // unknown-reference reports it
        const wanted = normalizedTitle(mention.title);
        const roles = actor.roles.filter((_, i) => titlesOf(actor)[i]?.includes(wanted));
        const entity = { type: 'attribution' as const, id: a.id };
        const field = ['roles', index];
        const base = { id: a.id, actor: actor.name, title: mention.title };
        if (roles.length === 0) {
          report({ messageId: 'unknownTitle', data: base, entity, field: [...field, 'title'], actual: mention.title });
          return;
        }
        const source = corpus.store.sources.get(a.source)?.record;
        const held = () => roles.map(describeRole).join(' and ');
        if (mention.qualifier === 'former') {
          const published = source?.published;
          if (published === undefined) return;
          const ended = roles.some((r) => r.to !== undefined && !dates.after(r.to, published));
          if (!ended)
            report({
              messageId: 'notFormer',
              data: { ...base, source: a.source, time: published, held: held() },
              entity,
              field,
              actual: published,
              expected: roles.map(roleInterval),
            });
          return;
        }
        const time: When | undefined =
          mention.qualifier === 'then' ? (corpus.claim(a.claim)?.when ?? a.said) : (a.said ?? source?.published);
        if (time === undefined) {
          if (mention.qualifier === 'then') report({ messageId: 'noTime', data: base, entity, field });
          return;
        }
        if (!roles.some((r) => dates.overlap(time, roleInterval(r)))) {
          // After the office ended, the passage may well mean "former" or "then-" and say so.
          const ended =
            mention.qualifier === undefined && roles.some((r) => r.to !== undefined && startsAfter(time, r.to));
          report({
            messageId: 'notHeld',
            data: { ...base, time: showWhen(time), held: held() },
            entity,
            field,
            actual: time,
            expected: roles.map(roleInterval),
            ...(ended
              ? {
                  suggestion: `if the source writes "former ${mention.title}" or "then-${mention.title}", record qualifier: former or then`,
                }
              : {}),
          });
        }
      });
    }
  },
};
