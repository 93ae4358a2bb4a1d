import { normalizeName } from '../../internal/normalize-name.js';
import type { Role } from '../../model/actor.js';
import type { When } from '../../model/partial-date.js';
import { relatePartialDates } from '../../time/relate-partial-dates.js';
import { whensOverlap } from '../../time/when-bounds.js';
import type { Rule } from '../rule.js';

const roleInterval = (role: Role): When => ({
  ...(role.from !== undefined ? { from: role.from } : {}),
  ...(role.to !== undefined ? { to: role.to } : {}),
});

const describeRole = (role: Role) => `${role.title} ${role.from ?? '…'} to ${role.to ?? 'now'}`;

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
      notHeld:
        'Attribution "{id}" calls {actor} "{title}" at {time}, but the corpus records that office only for {held}.',
      notFormer:
        'Attribution "{id}" calls {actor} "former {title}", but at publication ({time}) the office had not ended ({held}).',
      unknownTitle: 'Attribution "{id}" calls {actor} "{title}", but no role of {actor} has that title or alias.',
      noTime: 'Attribution "{id}" calls {actor} "{title}" with "then", but the claim has no date to check it against.',
    },
  },
  check({ corpus, report }) {
    for (const a of corpus.attributions) {
      a.roles.forEach((mention, index) => {
        const actor = corpus.store.actors.get(mention.actor)?.record;
        if (!actor) return; // unknown-reference reports it
        const wanted = normalizeName(mention.title);
        const roles = actor.roles.filter((r) => [r.title, ...r.aliases].some((t) => normalizeName(t) === wanted));
        const entity = { type: 'attribution' as const, id: a.id };
        const field = ['roles', index];
        const base = { id: a.id, actor: actor.name, title: mention.title };
        if (roles.length === 0) {
          report({ messageId: 'unknownTitle', data: base, entity, field: [...field, 'title'], actual: mention.title });
          return;
        }
        const source = corpus.store.sources.get(a.source)?.record;
        const held = roles.map(describeRole).join('; ');
        if (mention.qualifier === 'former') {
          const published = source?.published;
          if (published === undefined) return;
          const ended = roles.some((r) => r.to !== undefined && relatePartialDates(r.to, published) !== 'after');
          if (!ended) report({ messageId: 'notFormer', data: { ...base, time: published, held }, entity, field });
          return;
        }
        const time: When | undefined =
          mention.qualifier === 'then' ? (corpus.claim(a.claim)?.when ?? a.said) : (a.said ?? source?.published);
        if (time === undefined) {
          if (mention.qualifier === 'then') report({ messageId: 'noTime', data: base, entity, field });
          return;
        }
        if (!roles.some((r) => whensOverlap(time, roleInterval(r)))) {
          report({
            messageId: 'notHeld',
            data: { ...base, time: typeof time === 'string' ? time : `${time.from ?? '…'}..${time.to ?? '…'}`, held },
            entity,
            field,
            actual: time,
            expected: roles.map(roleInterval),
          });
        }
      });
    }
  },
};
