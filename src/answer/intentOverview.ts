import { agreementsOf, dateInRange, eventEvidence, eventsWhere, latestStatus, placeName, shortName } from '../knowledge/queries.ts';
import { personLabel, statusText } from '../knowledge/describe.ts';
import { formatDate } from '../corpus/dates.ts';
import { dateKey } from '../knowledge/showDate.ts';
import type { DiplomaticEvent, KnowledgeBase, Milestone } from '../knowledge/types.ts';
import { ordinal } from '../text/ordinal.ts';
import type { AnswerEvidence, AnswerLine } from './answer.ts';
import { mentions, type Intent, type IntentContext } from './intentContext.ts';
import { ONE_MEETING } from './intentMeeting.ts';
import { hasTime, timeFilter, timeLabel } from './readTime.ts';

/** Most events a timeline answer lists; more are counted and left to /timeline. */
export const MAX_EVENTS = 8;
const MAX_TOPICS = 6;

function milestoneText(m: Milestone): string {
  if (m.kind === 'ties established')
    return `Diplomatic ties established ${m.date.day ? formatDate(m.date) : m.date.year}${m.computed ? ' (worked out from an anniversary)' : ''}`;
  if (m.kind === 'anniversary') return `${ordinal(m.ordinal!)} anniversary of diplomatic ties in ${m.date.year}`;
  const status = m.status === 'negotiating' ? 'under negotiation' : m.status === 'current' ? 'in place' : (m.status ?? '');
  return `${m.level!.replace(/^./, (c) => c.toUpperCase())}: ${status} (${formatDate(m.date)})`;
}

/** Milestones of a partner, one line each (the same fact from several articles cites them all), in date order. */
function milestoneLines(kb: KnowledgeBase, code: string, range: { from?: string; to?: string } = {}): AnswerLine[] {
  const byText = new Map<string, AnswerEvidence[]>();
  const sorted = kb.milestones
    .filter((m) => m.country === code && dateInRange(m.date, range.from, range.to))
    .sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)));
  for (const m of sorted) {
    if (m.kind === 'ties established' && m.computed && sorted.some((x) => x.kind === 'ties established' && !x.computed)) continue;
    const text = milestoneText(m);
    byText.set(text, [...(byText.get(text) ?? []), m]);
  }
  return [...byText].map(([text, evidence]) => ({ text, evidence }));
}

function eventText(kb: KnowledgeBase, e: DiplomaticEvent): string {
  const who = e.participants.map((id) => personLabel(kb, id));
  const where = e.place
    ? ` in ${e.place}`
    : e.countries.length && !who.length
      ? ` (${e.countries.map((c) => placeName(kb, c)).join(', ')})`
      : '';
  return `${formatDate(e.date)}: ${e.kind}${where}${who.length ? ` — ${who.join(', ')}` : ''}`;
}

/** The latest events first when there are many, with how many there are. */
function eventLines(kb: KnowledgeBase, events: DiplomaticEvent[]): { lines: AnswerLine[]; intro?: string } {
  const shown = events.length > MAX_EVENTS ? events.slice(-MAX_EVENTS) : events;
  const lines = shown.map((e) => ({ text: eventText(kb, e), evidence: eventEvidence(e) }));
  return events.length > MAX_EVENTS
    ? { lines, intro: `${events.length} events, the latest ${MAX_EVENTS} shown (/timeline for all)` }
    : { lines };
}

/** The best retrieved sentences, as quotes that back or add to a knowledge-base answer. */
function topQuotes(ctx: IntentContext, n: number, floor: number): AnswerEvidence[] {
  const out: AnswerEvidence[] = [];
  for (const s of ctx.ranked) {
    if (out.length >= n || s.score < floor) break;
    if (!out.some((o) => o.quote === s.text)) out.push({ articleId: s.articleId, passageId: s.passageId, quote: s.text });
  }
  return out;
}

// Words of a question about the relationship as a whole; any other content word names a subject.
const OVERVIEW_WORDS = new Set([
  'discuss',
  'talk',
  'review',
  'relation',
  'relationship',
  'tie',
  'cooperation',
  'cooperate',
  'go',
  'official',
  'leader',
  'side',
  'country',
  'vietnam',
  'vietnamese',
  'viet',
  'nam',
  'bilateral',
  'status',
  'state',
  'partnership',
  'level',
  'develop',
  'development',
  'overview',
  'summary',
  'latest',
  'recent',
  'recently',
  'current',
  'currently',
  'how',
  'between',
  'relate',
  'characterise',
  'characterize',
  'describe',
  'view',
  'define',
  'see',
  'assess',
  'evaluate',
  'friendship',
  'engagement',
  'contact',
]);

/** "How are Vietnam–X relations?", "What has Vietnam discussed with X?": the relationship in brief, with sources. */
export const overview: Intent = {
  name: 'country overview',
  types: ['overview', 'level'],
  run(ctx) {
    const { links, kb } = ctx;
    if (links.places.length !== 1 || links.people.length) return undefined;
    // "What did they review at their joint committee meeting?" asks about one meeting: its article says, not a summary.
    if (ctx.type === 'overview' && mentions(ctx.q, ONE_MEETING)) return undefined;
    // "What did they discuss about offshore wind?" asks about a subject: the passages on it say more than a summary.
    if (
      ctx.type === 'overview' &&
      ctx.q.content.some((t) => !links.words.has(t.folded) && !ctx.q.time.words.includes(t.folded) && !OVERVIEW_WORDS.has(t.lemma))
    )
      return undefined;
    const code = links.places[0]!;
    const lines: AnswerLine[] = milestoneLines(kb, code).filter(
      (l) => ctx.type !== 'level' || /partnership|relationship|ties established/i.test(l.text),
    );
    const topics = kb.topics
      .map((t) => ({ t, m: t.mentions.filter((m) => m.countries.includes(code)) }))
      .filter((x) => x.m.length)
      .sort((a, b) => b.m.length - a.m.length)
      .slice(0, MAX_TOPICS);
    if (topics.length && ctx.type !== 'level')
      lines.push({ text: `Cooperation topics: ${topics.map((x) => x.t.name).join(', ')}`, evidence: topics.map((x) => x.m[0]!) });
    if (ctx.type !== 'level') {
      for (const a of agreementsOf(kb, code).slice(0, 3)) {
        const m = latestStatus(a)!;
        lines.push({ text: `${shortName(a) ?? a.name}: ${statusText(kb, m)} (${formatDate(m.date)})`, evidence: [m] });
      }
      const events = eventsWhere(kb, { country: code, ...timeFilter(ctx.q.time) });
      for (const e of events.slice(-3)) lines.push({ text: eventText(kb, e), evidence: eventEvidence(e) });
    }
    const quotes = topQuotes(ctx, 3, 0);
    if (lines.length === 0 && quotes.length === 0) return { none: `the corpus has nothing on ${placeName(kb, code)}` };
    // Asked about a period ("status 2023"): the overview must hold something of that period, or retrieval decides.
    if (
      ctx.q.time.years.length &&
      ![...lines.map((l) => l.text), ...quotes.map((x) => x.quote)].some((t) => ctx.q.time.years.some((y) => t.includes(String(y))))
    )
      return undefined;
    const articles = kb.articles.filter((a) => kb.partners[a.id]?.includes(code)).length;
    return {
      answer: {
        route: 'country overview',
        type: 'overview',
        heading: `Việt Nam – ${placeName(kb, code)}`,
        intro: `${articles} article${articles === 1 ? '' : 's'}`,
        lines,
        quotes,
      },
    };
  },
};

/** "Timeline of Vietnam–X contacts", "milestones in X relations", "what happened with X in 2025". */
export const timeline: Intent = {
  name: 'timeline',
  types: ['events'],
  run(ctx) {
    const { q, links, kb } = ctx;
    if (links.places.length > 1 || (links.places.length === 0 && links.people.length !== 1)) return undefined;
    const filter = { ...(links.places[0] ? { country: links.places[0] } : { person: links.people[0] }), ...timeFilter(q.time) };
    const events = eventsWhere(kb, filter);
    const { lines, intro } = eventLines(kb, events);
    // A period's milestones (an anniversary marked that year) are part of what happened then.
    const wantsMilestones = mentions(q, ['milestone', 'history', 'key']) || events.length === 0 || hasTime(q.time);
    const milestones = links.places[0] && wantsMilestones ? milestoneLines(kb, links.places[0], timeFilter(q.time)) : [];
    const quotes = topQuotes(ctx, 2, 0);
    if (lines.length === 0 && milestones.length === 0) return undefined;
    const name = links.places[0] ? `Việt Nam – ${placeName(kb, links.places[0])}` : personLabel(kb, links.people[0]!);
    return {
      answer: {
        route: 'timeline',
        type: 'events',
        heading: `${name}${hasTime(q.time) ? `, ${timeLabel(q.time)}` : ''}`,
        ...(intro ? { intro } : {}),
        lines: [...milestones, ...lines],
        quotes,
      },
    };
  },
};

/** "What happened in February 2026?": events in a period, whoever took part. */
export const eventsInPeriod: Intent = {
  name: 'events in a period',
  types: ['events', 'overview', 'fact'],
  run(ctx) {
    const { q, links, kb } = ctx;
    if (
      !hasTime(q.time) ||
      links.places.length ||
      links.people.length ||
      q.content.filter((t) => !q.time.words.includes(t.folded) && !['happen', 'take', 'place', 'occur'].includes(t.lemma)).length > 2
    )
      return undefined;
    const events = eventsWhere(kb, timeFilter(q.time));
    if (events.length === 0) return { none: `no event is dated ${timeLabel(q.time)}` };
    const { lines, intro } = eventLines(kb, events);
    return {
      answer: {
        route: 'events in a period',
        type: 'events',
        heading: `Events, ${timeLabel(q.time)}`,
        ...(intro ? { intro } : {}),
        lines,
        quotes: [],
      },
    };
  },
};
