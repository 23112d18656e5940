import { z } from 'zod';
import { Citations } from '../src/knowledge/cite.ts';
import { defineCommand } from '../src/app/command.ts';
import { textOption } from '../src/app/options.ts';
import type { ReplyField } from '../src/core/reply.ts';
import { resolveEntity } from '../src/app/resolveEntity.ts';
import { personCandidates } from '../src/knowledge/names.ts';
import { countriesOfPerson, eventEvidence, eventsWhere, mainRole, personById, placeName } from '../src/knowledge/queries.ts';
import { eventLine, personLabel } from '../src/knowledge/describe.ts';
import { dateKey, showDate } from '../src/knowledge/showDate.ts';
import { lookupMaps } from '../src/knowledge/lookupMaps.ts';

/** Events and articles /person lists: the latest, with a count of the rest. */
const MAX_LISTED = 15;

export const person = defineCommand({
  name: 'person',
  description: 'An official: roles, countries, appearances with dates, sources',
  options: z.object({ name: textOption('Name, with or without diacritics: Lê Thị Thu Hằng, le thi thu hang, Solbakken') }),
  positional: 'name',
  complete: { name: 'person' },
  examples: ['/person Le Thi Thu Hang', '/person Solbakken'],
  run({ options, services: { kb } }) {
    const found = resolveEntity('person', options.name, personCandidates(kb), 'person', (id) => personLabel(kb, id));
    if ('reply' in found) return found.reply;
    const p = personById(kb, found.id)!;
    const cite = new Citations(kb);
    const fields: ReplyField[] = [];

    const roles = new Map<string, string[]>();
    for (const r of p.roles) roles.set(r.role, [...(roles.get(r.role) ?? []), cite.ref(r)]);
    if (roles.size)
      fields.push({ name: 'Roles', value: [...roles].map(([role, refs]) => `${role} ${[...new Set(refs)].join('')}`).join('\n') });

    const countries = countriesOfPerson(kb, p).filter((c) => c !== p.country);
    if (countries.length) fields.push({ name: 'Dealt with', value: countries.map((c) => placeName(kb, c)).join(', ') });

    const events = eventsWhere(kb, { person: p.id });
    // The latest events and articles; someone in thousands of stories has the rest in /timeline person:….
    const shownEvents = events.slice(-MAX_LISTED);
    const eventLines = shownEvents.map((e) => `${eventLine(kb, e)} ${cite.refs(eventEvidence(e))}`);
    if (events.length > shownEvents.length)
      eventLines.unshift(`${events.length} events; the latest ${shownEvents.length} (/timeline person:${p.name} for all):`);
    if (events.length) fields.push({ name: 'Events', value: eventLines.join('\n') });

    const byId = lookupMaps(kb).article;
    const articles = p.articleIds
      .flatMap((id) => byId.get(id) ?? [])
      .sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || a.id.localeCompare(b.id));
    const shownArticles = articles.slice(-MAX_LISTED);
    fields.push({
      name:
        articles.length > shownArticles.length
          ? `Articles (${articles.length}; the latest ${shownArticles.length})`
          : `Articles (${articles.length})`,
      value: shownArticles
        .map((a) => {
          const where = p.roles.find((r) => r.articleId === a.id) ?? {
            articleId: a.id,
            passageId: lookupMaps(kb)
              .passagesOf.get(a.id)
              ?.find((x) => p.aliases.some((al) => x.text.includes(al)))?.id,
          };
          return `${showDate(a.date)} · ${a.title} — ${a.source.agency} ${cite.ref(where)}`;
        })
        .join('\n'),
    });
    const role = mainRole(p);
    const from = p.country ? placeName(kb, p.country) : undefined;
    const text = [role, from].filter(Boolean).join(', ') || 'Named in the corpus without a stated role.';
    const others = p.aliases.filter((a) => a !== p.name && a.includes(' '));
    return {
      title: p.name,
      text: others.length ? `${text}\nAlso written: ${others.join(', ')}` : text,
      fields,
      citations: cite.list,
      actions: [{ label: 'Timeline', command: `/timeline person:${p.name}` }],
    };
  },
});
