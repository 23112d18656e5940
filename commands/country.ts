import { z } from 'zod';
import { Citations } from '../src/knowledge/cite.ts';
import { defineCommand } from '../src/app/command.ts';
import { textOption } from '../src/app/options.ts';
import { textReply, type ReplyField } from '../src/core/reply.ts';
import { resolveEntity } from '../src/app/resolveEntity.ts';
import { placeCandidates } from '../src/knowledge/names.ts';
import { engagementsChart } from '../src/charts/engagementsChart.ts';
import { agreementsOf, eventEvidence, eventsWhere, latestStatus, placeName, shortName } from '../src/knowledge/queries.ts';
import { eventLine, statusText } from '../src/knowledge/describe.ts';
import { showDate } from '../src/knowledge/showDate.ts';
import type { DiplomaticEvent, KnowledgeBase } from '../src/knowledge/types.ts';
import { partnerSummary, type MilestoneLine, type Officials, type PartnerSummary } from '../src/knowledge/partnerSummary.ts';
import { partnerIndex } from '../src/knowledge/partnerIndex.ts';

/** Events /country lists: the latest, with a count of the rest. */
const MAX_EVENTS = 10;
const MAX_TOPICS = 8;

/** The partners most articles are about, to suggest. */
function topPartners(kb: KnowledgeBase): string[] {
  const counts = new Map<string, number>();
  for (const codes of Object.values(kb.partners)) for (const c of codes) if (c !== 'VN') counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([c]) => placeName(kb, c));
}

/** One line per milestone, citing the articles that state it. */
function milestonesField(summary: PartnerSummary, cite: Citations): ReplyField[] {
  const line = ({ text, cited, moreArticles }: MilestoneLine) =>
    `${text} ${cite.refs(cited)}${moreArticles ? ` and ${moreArticles} more articles` : ''}`;
  return summary.milestones.length ? [{ name: 'Milestones', value: summary.milestones.map(line).join('\n') }] : [];
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

/** The partner's officials, and the Vietnamese officials who took part in its events, each with a cited role. */
function officialsFields(summary: PartnerSummary, name: string, cite: Citations): ReplyField[] {
  const field = (title: string, { lines, more }: Officials): ReplyField[] =>
    lines.length
      ? [
          {
            name: title,
            value: [
              ...lines.map((o) => `${o.text}${o.evidence ? ` ${cite.ref(o.evidence)}` : ''}`),
              ...(more ? [`and ${more} more (/person with a name)`] : []),
            ].join('\n'),
          },
        ]
      : [];
  return [...field(`Officials of ${name}`, summary.theirs), ...field('Vietnamese officials involved', summary.ours)];
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
    const summary = partnerSummary(kb, code);
    const fields: ReplyField[] = [
      ...milestonesField(summary, cite),
      ...eventsField(kb, events, name, cite),
      ...officialsFields(summary, name, cite),
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
    const { first, last } = summary;
    const span = first ? ` (${first === last ? first : `${first} to ${last}`})` : '';
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
