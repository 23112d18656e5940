import { z } from 'zod';
import { Citations } from '../src/knowledge/cite.ts';
import { defineCommand } from '../src/app/command.ts';
import { dateOption, MAX_OPTION_LENGTH } from '../src/app/options.ts';
import { textReply } from '../src/core/reply.ts';
import { resolveEntity } from '../src/app/resolveEntity.ts';
import { UserError } from '../src/core/userError.ts';
import { personCandidates, placeCandidates } from '../src/knowledge/names.ts';
import { engagementsChart } from '../src/charts/engagementsChart.ts';
import { showDate } from '../src/knowledge/showDate.ts';
import { eventEvidence, eventsWhere, personById, placeName } from '../src/knowledge/queries.ts';
import { eventLine, personLabel } from '../src/knowledge/describe.ts';

/** Events one /timeline reply lists; more are counted and left to narrower dates. */
const MAX_EVENTS = 50;

const name = (d: string) =>
  z.string().trim().min(1).max(MAX_OPTION_LENGTH, `is longer than ${MAX_OPTION_LENGTH} characters`).describe(d).optional();

export const timeline = defineCommand({
  name: 'timeline',
  description: 'Events in date order, filtered by country, person and dates',
  options: z.object({
    country: name('Country or organisation'),
    person: name('Official taking part'),
    from: dateOption('First date: 2025, 2025-02 or 2025-02-21'),
    to: dateOption('Last date: 2026, 2026-01 or 2026-01-31'),
  }),
  positional: 'country',
  complete: { country: 'place', person: 'person' },
  examples: ['/timeline country:Russia', '/timeline person:Hằng from:2026', '/timeline Norway to:2026-01'],
  run({ options, services: { kb } }) {
    if (options.from && options.to && options.from > options.to.padEnd(options.from.length, '9')) {
      throw new UserError(
        `from (${options.from}) is after to (${options.to}).`,
        'Usage: /timeline [country:…] [person:…] [from:YYYY-MM-DD] [to:YYYY-MM-DD]',
      );
    }
    let country: string | undefined;
    let person: string | undefined;
    if (options.country) {
      const r = resolveEntity('country', options.country, placeCandidates(kb), 'timeline country:');
      if ('reply' in r) return r.reply;
      country = r.id;
    }
    if (options.person) {
      const r = resolveEntity('person', options.person, personCandidates(kb), 'timeline person:', (id) => personLabel(kb, id));
      if ('reply' in r) return r.reply;
      person = r.id;
    }
    const filter = [
      country && `country ${placeName(kb, country)}`,
      person && `person ${personById(kb, person)!.name}`,
      options.from && `from ${options.from}`,
      options.to && `to ${options.to}`,
    ]
      .filter(Boolean)
      .join(', ');
    const events = eventsWhere(kb, { country, person, from: options.from, to: options.to });
    if (events.length === 0)
      return textReply('Timeline', `No events found${filter ? ` for ${filter}` : ''} in ${kb.articles.length} articles.`);
    const cite = new Citations(kb);
    // A long list shows its latest events and says how to see the rest: narrower dates.
    const shown = events.slice(-MAX_EVENTS);
    const lines = shown.map((e) => `${eventLine(kb, e)} ${cite.refs(eventEvidence(e))}`);
    if (shown.length < events.length)
      lines.unshift(`The latest ${shown.length}; the first is ${showDate(events[0]!.date)} (narrow with from: and to:).`);
    const title = `Timeline${filter ? ` — ${filter}` : ''}`;
    const milestones = country ? kb.milestones.filter((m) => m.country === country) : [];
    const chart = engagementsChart(
      country ? `Việt Nam – ${placeName(kb, country)}: engagements by year` : `${title}: events by year`,
      events,
      milestones,
    );
    return {
      title,
      text: `${events.length} event${events.length === 1 ? '' : 's'}, oldest first:\n${lines.join('\n')}`,
      fields: [],
      citations: cite.list,
      ...(chart ? { chart } : {}),
    };
  },
});
