import { z } from 'zod';
import { Citations } from '../src/knowledge/cite.ts';
import { defineCommand } from '../src/app/command.ts';
import { textOption } from '../src/app/options.ts';
import { textReply, type ReplyField } from '../src/core/reply.ts';
import { resolveEntity } from '../src/app/resolveEntity.ts';
import { placeCandidates } from '../src/knowledge/names.ts';
import { engagementsChart } from '../src/charts/engagementsChart.ts';
import { agreementsOf, eventEvidence, eventsWhere, latestStatus, mainRole, placeName, shortName } from '../src/knowledge/queries.ts';
import { eventLine, statusText } from '../src/knowledge/describe.ts';
import { dateKey, showDate } from '../src/knowledge/showDate.ts';
import type { DiplomaticEvent, KnowledgeBase, Milestone } from '../src/knowledge/types.ts';
import { ordinal } from '../src/text/ordinal.ts';
import { partnerIndex } from '../src/knowledge/partnerIndex.ts';

/** Events /country lists: the latest, with a count of the rest. */
const MAX_EVENTS = 10;
const MAX_TOPICS = 8;
const MAX_OFFICIALS = 12;
/** Articles cited for one milestone line. */
const MAX_SOURCES = 5;
const STATUS_WORDS: Record<string, string> = { negotiating: 'under negotiation', current: 'in place', proposed: 'proposed' };

function milestoneLine(kb: KnowledgeBase, m: Milestone): string {
  if (m.kind === 'ties established') {
    const when = m.date.day ? showDate(m.date) : String(m.date.year);
    return m.computed
      ? `Diplomatic ties established ${when} (computed from the ${m.basis.replace(/^computed from the /, '')})`
      : `Diplomatic ties established ${when}`;
  }
  if (m.kind === 'anniversary') return `${ordinal(m.ordinal!)} anniversary of diplomatic ties in ${m.date.year}`;
  const status = STATUS_WORDS[m.status ?? ''] ?? m.status ?? '';
  return `${m.level!.replace(/^./, (c) => c.toUpperCase())}: ${status} (as of ${showDate(m.date)})`;
}

/** The partners most articles are about, to suggest. */
function topPartners(kb: KnowledgeBase): string[] {
  const counts = new Map<string, number>();
  for (const codes of Object.values(kb.partners)) for (const c of codes) if (c !== 'VN') counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([c]) => placeName(kb, c));
}

type Article = KnowledgeBase['articles'][number];
type Person = KnowledgeBase['people'][number];

/** One line per milestone, citing every article that states it; stated ties before computed ones. */
const milestoneLines = new WeakMap<KnowledgeBase, Map<string, Map<string, Milestone[]>>>();

/** A partner's milestones as lines (stated ties before computed ones), each with the milestones that state it; kept. */
function linesOf(kb: KnowledgeBase, code: string): Map<string, Milestone[]> {
  let byCode = milestoneLines.get(kb);
  if (!byCode) milestoneLines.set(kb, (byCode = new Map()));
  const kept = byCode.get(code);
  if (kept) return kept;
  const milestones = [...(partnerIndex(kb).milestones.get(code) ?? [])].sort(
    (a, b) => Number(a.computed) - Number(b.computed) || dateKey(a.date).localeCompare(dateKey(b.date)),
  );
  const lines = new Map<string, Milestone[]>();
  for (const m of milestones) {
    const sameTies =
      m.kind === 'ties established'
        ? [...lines.keys()].find((l) => l.startsWith(`Diplomatic ties established ${m.date.year}`) || l.includes(` ${m.date.year}-`))
        : undefined;
    const line = sameTies ?? milestoneLine(kb, m);
    const list = lines.get(line);
    if (list) list.push(m);
    else lines.set(line, [m]);
  }
  byCode.set(code, lines);
  return lines;
}

/** One line per milestone, citing the articles that state it. */
function milestonesField(kb: KnowledgeBase, code: string, cite: Citations): ReplyField[] {
  const lines = linesOf(kb, code);
  // A milestone every article repeats cites the first few that state it, and counts the rest.
  const sourced = ([line, ms]: [string, Milestone[]]) => {
    const firsts = new Map<string, Milestone>();
    for (const m of ms) if (!firsts.has(m.articleId)) firsts.set(m.articleId, m);
    const cited = firsts.size > MAX_SOURCES ? [...firsts.values()].slice(0, MAX_SOURCES) : ms;
    const more = firsts.size > MAX_SOURCES ? ` and ${firsts.size - MAX_SOURCES} more articles` : '';
    return `${line} ${[...new Set(cited.map((m) => cite.ref(m)))].join('')}${more}`;
  };
  return lines.size ? [{ name: 'Milestones', value: [...lines].map(sourced).join('\n') }] : [];
}

/** The latest events; a long relationship's whole list is /timeline's (with from:/to: to page through it). */
function eventsField(kb: KnowledgeBase, events: DiplomaticEvent[], name: string, cite: Citations): ReplyField[] {
  if (!events.length) return [];
  const shown = events.slice(-MAX_EVENTS);
  const lines = shown.map((e) => `${eventLine(kb, e)} ${cite.refs(eventEvidence(e))}`);
  if (events.length > shown.length)
    lines.unshift(`${events.length} events; the latest ${shown.length} (/timeline country:${name} for all):`);
  return [{ name: 'Events', value: lines.join('\n') }];
}

/**
 * A long list of officials keeps the MAX_OFFICIALS named in most articles, in the corpus's order, and says how many
 * more there are: a partner of thousands of articles has hundreds of officials.
 */
function mostCited(people: Person[]): { shown: Person[]; more: string[] } {
  if (people.length <= MAX_OFFICIALS) return { shown: people, more: [] };
  const keep = new Set([...people].sort((a, b) => b.articleIds.length - a.articleIds.length).slice(0, MAX_OFFICIALS));
  return { shown: people.filter((p) => keep.has(p)), more: [`and ${people.length - MAX_OFFICIALS} more (/person with a name)`] };
}

/** The partner's officials, and the Vietnamese officials who took part in its events, each with a cited role. */
function officialsFields(
  kb: KnowledgeBase,
  code: string,
  name: string,
  events: DiplomaticEvent[],
  articles: Article[],
  cite: Citations,
): ReplyField[] {
  const people = partnerIndex(kb).people;
  const theirs = mostCited(people.get(code) ?? []);
  const involved = new Set(events.flatMap((e) => e.participants));
  const ours = mostCited((people.get('VN') ?? []).filter((p) => involved.has(p.id)));
  const here = new Set(articles.map((a) => a.id));
  const officialLine = (p: Person) => {
    const role = mainRole(p);
    // Cite the role where this relationship is told, when one of its articles gives it.
    const evidence = p.roles.find((r) => here.has(r.articleId)) ?? p.roles.find((r) => r.role === role) ?? p.roles[0];
    return `${p.name}${role ? ` — ${role}` : ''}${evidence ? ` ${cite.ref(evidence)}` : ''}`;
  };
  return [
    ...(theirs.shown.length
      ? [{ name: `Officials of ${name}`, value: [...theirs.shown.map(officialLine), ...theirs.more].join('\n') }]
      : []),
    ...(ours.shown.length
      ? [{ name: 'Vietnamese officials involved', value: [...ours.shown.map(officialLine), ...ours.more].join('\n') }]
      : []),
  ];
}

function agreementsField(kb: KnowledgeBase, code: string, cite: Citations): ReplyField[] {
  const agreements = agreementsOf(kb, code);
  if (!agreements.length) return [];
  const line = (a: (typeof agreements)[number]) => {
    const m = latestStatus(a)!;
    const short = shortName(a);
    return `${a.name}${short ? ` (${short})` : ''} — ${statusText(kb, m)} (${showDate(m.date)}) ${cite.ref(m)}`;
  };
  return [{ name: 'Agreements', value: agreements.map(line).join('\n') }];
}

/** Topics the passages tie to this partner, most mentioned first. */
function topicsField(kb: KnowledgeBase, code: string, cite: Citations): ReplyField[] {
  const topics = (partnerIndex(kb).topics.get(code) ?? [])
    .map(({ topic, mentions }) => ({ t: topic, m: mentions }))
    .sort((a, b) => b.m.length - a.m.length);
  if (!topics.length) return [];
  const more = topics.length > MAX_TOPICS ? `, and ${topics.length - MAX_TOPICS} more (/topic)` : '';
  return [
    {
      name: 'Cooperation topics',
      value:
        topics
          .slice(0, MAX_TOPICS)
          .map(({ t, m }) => `${t.name} ${cite.ref(m[0]!)}`)
          .join(', ') + more,
    },
  ];
}

export const country = defineCommand({
  name: 'country',
  description: 'Việt Nam’s relations with a country or organisation: ties, events, officials, agreements, topics',
  options: z.object({ name: textOption('Country or organisation: Norway, Na Uy, Norwegian, EU') }),
  positional: 'name',
  complete: { name: 'place' },
  examples: ['/country Norway', '/country Na Uy', '/country EU'],
  run({ options, services: { kb } }) {
    const found = resolveEntity('country', options.name, placeCandidates(kb), 'country');
    if ('reply' in found) return found.reply;
    const code = found.id;
    if (code === 'VN') {
      // Every article is about Việt Nam: its relations are read one partner at a time.
      return textReply(
        'Việt Nam',
        `Every article in the corpus is about Việt Nam’s diplomacy, so /country shows Việt Nam’s relations with one partner. Try /country with a partner (${topPartners(kb).join(', ') || 'Norway'}), /timeline for Việt Nam’s events, or /ask a question.`,
        { ephemeral: true, status: 'usage' },
      );
    }
    const name = placeName(kb, code);
    const cite = new Citations(kb);
    const articles = partnerIndex(kb).articles.get(code) ?? [];
    const events = eventsWhere(kb, { country: code });
    const fields: ReplyField[] = [
      ...milestonesField(kb, code, cite),
      ...eventsField(kb, events, name, cite),
      ...officialsFields(kb, code, name, events, articles, cite),
      ...agreementsField(kb, code, cite),
      ...topicsField(kb, code, cite),
    ];

    if (fields.length === 0 && articles.length === 0) {
      const place = kb.gazetteer.get(code);
      const forms = [...new Set([place?.name, ...(place?.demonyms ?? [])].filter(Boolean))].join(', ');
      return {
        title: `Việt Nam – ${name}`,
        text: `The corpus has nothing on ${name} yet (looked for ${forms} in ${kb.articles.length} articles).`,
        fields: [],
        citations: [],
      };
    }
    const dates = articles
      .filter((a) => a.date.iso)
      .map((a) => a.date.iso!)
      .sort();
    const span = dates.length ? ` (${dates[0] === dates.at(-1) ? dates[0] : `${dates[0]} to ${dates.at(-1)}`})` : '';
    const text = articles.length
      ? `${articles.length} article${articles.length === 1 ? '' : 's'}${span} cover${articles.length === 1 ? 's' : ''} Việt Nam’s relations with ${name}.`
      : `No article is chiefly about ${name}; these facts name it in passing.`;
    const chart = engagementsChart(`Việt Nam – ${name}: engagements by year`, events, partnerIndex(kb).milestones.get(code) ?? []);
    return {
      title: `Việt Nam – ${name}`,
      text,
      fields,
      citations: cite.list,
      actions: [
        { label: 'Timeline', command: `/timeline country:${name}` },
        { label: 'Agreements', command: `/agreements ${name}` },
      ],
      ...(chart ? { chart } : {}),
    };
  },
});
