import { normalizeName } from '../../internal/normalize-name.js';
import type { Actor, Role } from '../../model/actor.js';
import type { Attribution, RoleMention } from '../../model/attribution.js';
import type { When } from '../../model/partial-date.js';
import type { Rule } from '../rule.js';
import { sharedFacts } from '../shared-facts.js';

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

// Built only for a finding: the loop over a million mentions allocates nothing for the others.
const entityOf = (a: Attribution) => ({ type: 'attribution' as const, id: a.id });
const baseOf = (a: Attribution, actor: Actor, mention: RoleMention) => ({
  id: a.id,
  actor: actor.name,
  title: mention.title,
});
const heldOf = (roles: readonly Role[]) => roles.map(describeRole).join(' and ');

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
  check(context) {
    const { corpus, report } = context;
    const shared = sharedFacts(context);
    const dates = shared.dates;
    const startsAfter = (time: When, date: string) => {
      const from = typeof time === 'string' ? time : time.from;
      return from !== undefined && dates.days(from).start > dates.days(date).end;
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
    // Per actor id (null when there is no such actor), the roles each title a mention uses can mean:
    // mentions repeat the same few actors and titles, so each pair is worked out once.
    const byActor = new Map<string, { actor: Actor; roles: Map<string, Role[]> } | null>();
    const attributions = corpus.attributions;
    for (let at = 0; at < attributions.length; at++) {
      const a = attributions[at] as Attribution;
      if (a.roles.length === 0) continue;
      for (let index = 0; index < a.roles.length; index++) {
        const mention = a.roles[index] as RoleMention;
        let known = byActor.get(mention.actor);
        if (known === undefined) {
          const record = corpus.store.actors.get(mention.actor)?.record;
          byActor.set(mention.actor, (known = record ? { actor: record, roles: new Map() } : null));
        }
        if (known === null) continue; // unknown-reference reports it
        const { actor } = known;
        let roles = known.roles.get(mention.title);
        if (roles === undefined) {
          const wanted = normalizedTitle(mention.title);
          const actorTitles = titlesOf(actor);
          roles = actor.roles.filter((_, i) => actorTitles[i]?.includes(wanted));
          known.roles.set(mention.title, roles);
        }
        if (roles.length === 0) {
          report({
            messageId: 'unknownTitle',
            data: baseOf(a, actor, mention),
            entity: entityOf(a),
            field: ['roles', index, 'title'],
            actual: mention.title,
          });
          continue;
        }
        const source = shared.sources[at];
        if (mention.qualifier === 'former') {
          const published = source?.published;
          if (published === undefined) continue;
          let ended = false;
          for (const r of roles) if (r.to !== undefined && !dates.after(r.to, published)) ended = true;
          if (!ended)
            report({
              messageId: 'notFormer',
              data: { ...baseOf(a, actor, mention), source: a.source, time: published, held: heldOf(roles) },
              entity: entityOf(a),
              field: ['roles', index],
              actual: published,
              expected: roles.map(roleInterval),
            });
          continue;
        }
        const time: When | undefined =
          mention.qualifier === 'then' ? (corpus.claim(a.claim)?.when ?? a.said) : (a.said ?? source?.published);
        if (time === undefined) {
          if (mention.qualifier === 'then')
            report({
              messageId: 'noTime',
              data: baseOf(a, actor, mention),
              entity: entityOf(a),
              field: ['roles', index],
            });
          continue;
        }
        let overlaps = false;
        for (const r of roles) if (dates.overlapDays(time, r.from, r.to)) overlaps = true;
        if (!overlaps) {
          // After the office ended, the passage may well mean "former" or "then-" and say so.
          const ended =
            mention.qualifier === undefined && roles.some((r) => r.to !== undefined && startsAfter(time, r.to));
          report({
            messageId: 'notHeld',
            data: { ...baseOf(a, actor, mention), time: showWhen(time), held: heldOf(roles) },
            entity: entityOf(a),
            field: ['roles', index],
            actual: time,
            expected: roles.map(roleInterval),
            ...(ended
              ? {
                  suggestion: `if the source writes "former ${mention.title}" or "then-${mention.title}", record qualifier: former or then`,
                }
              : {}),
          });
        }
      }
    }
  },
};
