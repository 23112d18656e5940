import { bold } from '../core/markdown.ts';
import { Citations } from '../knowledge/cite.ts';
import type { Reply } from '../core/reply.ts';
import { formatDate } from '../corpus/dates.ts';
import { withoutInstructions } from '../text/instructionLike.ts';
import { placeName } from '../knowledge/queries.ts';
import { showDate } from '../knowledge/showDate.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { splitSentences } from '../text/sentences.ts';
import { addDaysIso, localDate } from './localDate.ts';
import { lookupMaps } from '../knowledge/lookupMaps.ts';
import { ordinal } from '../text/ordinal.ts';

export interface DigestInput {
  kb: KnowledgeBase;
  /** When each article first reached the corpus (ISO instant). */
  firstSeen: (articleId: string) => string | undefined;
  /** Report articles that arrived after this instant; all when unset. */
  since?: string;
  now: Date;
  timezone: string;
  countries: string[];
  topics: string[];
  /** Days ahead to look for anniversaries. */
  horizonDays?: number;
  /** Checked model summaries by article id; the lead sentence is used for the others. */
  summaries?: Record<string, { text: string; passageId: string }>;
}

export interface Digest {
  /** Undefined on a day with nothing to say. */
  reply?: Reply;
  articleIds: string[];
  /** The newest arrival covered: the next digest starts after it. */
  coveredUntil: string;
}

const SUMMARY_LENGTH = 220;

/** The lead sentence of an article, as its one-sentence summary (extractive: the article's own words). */
export function leadSentence(text: string): string {
  const first = splitSentences(withoutInstructions(text))[0]?.text ?? '';
  if (first.length <= SUMMARY_LENGTH) return first;
  // Cut at the last clause boundary (a comma, semicolon or dash) that keeps most of it, not mid-phrase.
  const head = first.slice(0, SUMMARY_LENGTH);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' – '), head.lastIndexOf(' — '));
  const cut = clause >= SUMMARY_LENGTH * 0.5 ? head.slice(0, clause) : head.replace(/\s+\S*$/, '');
  return `${cut.replace(/[,;:\s]+$/, '')}…`;
}

/**
 * What a channel's digest says now: the articles that reached the corpus since its last digest, grouped by partner,
 * each with date, partners, lead sentence and source; then anniversaries of ties in the coming days. Pure.
 */
export function composeDigest(input: DigestInput): Digest {
  const { kb, now, timezone } = input;
  const horizon = input.horizonDays ?? 7;
  const wanted = (articleId: string) => {
    const partners = kb.partners[articleId] ?? [];
    if (input.countries.length && !partners.some((c) => input.countries.includes(c))) return false;
    if (input.topics.length && !kb.topics.some((t) => input.topics.includes(t.id) && t.mentions.some((m) => m.articleId === articleId)))
      return false;
    return true;
  };
  const fresh = kb.articles
    .map((a) => ({ a, seen: input.firstSeen(a.id) }))
    .filter((x) => x.seen && (!input.since || x.seen > input.since) && x.seen <= now.toISOString())
    .filter((x) => wanted(x.a.id));
  const coveredUntil = [input.since ?? '', ...fresh.map((x) => x.seen!)].sort().at(-1) ?? now.toISOString();

  const cite = new Citations(kb, true);
  const groups = new Map<string, string[]>();
  for (const { a } of fresh.sort((x, y) => (y.a.date.iso ?? '').localeCompare(x.a.date.iso ?? ''))) {
    const partners = kb.partners[a.id] ?? [];
    // Under the partner the channel asked about, else the article's one partner; a story about many partners (a
    // Europe-wide review) is not filed under whichever it names first.
    const main = partners.find((c) => input.countries.includes(c)) ?? (partners.length <= 2 ? partners[0] : undefined);
    const group = main ? placeName(kb, main) : partners.length > 2 ? 'Several partners' : 'Other';
    const written = input.summaries?.[a.id];
    const lead = written ? lookupMaps(kb).passage.get(written.passageId) : lookupMaps(kb).passagesOf.get(a.id)?.[0];
    const summary = written?.text ?? (lead ? leadSentence(lead.text) : '');
    // A model's summary cites the passage it rests on; the lead sentence cites itself.
    const ref = lead ? cite.ref({ articleId: a.id, passageId: lead.id, quote: written ? lead.text : summary }) : '';
    const line = `${bold(a.title)} — ${showDate(a.date)} · ${partners.map((c) => placeName(kb, c)).join(', ') || 'no partner named'} · ${a.source.agency}\n${summary} ${ref}`;
    groups.set(group, [...(groups.get(group) ?? []), line]);
  }

  // Anniversaries of ties whose day is known, in the next `horizon` days of the channel's calendar.
  const today = localDate(now, timezone);
  const upcoming: string[] = [];
  const seenCountries = new Set<string>();
  const ties = kb.milestones.filter((m) => m.kind === 'ties established' && m.date.year && m.date.month && m.date.day && !m.computed);
  for (let k = 0; k <= horizon; k++) {
    const day = addDaysIso(today, k);
    const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
    for (const m of ties) {
      if (m.date.month !== mo || m.date.day !== d || seenCountries.has(m.country)) continue;
      if (input.countries.length && !input.countries.includes(m.country)) continue;
      seenCountries.add(m.country);
      upcoming.push(
        `${day}${k === 0 ? ' (today)' : ''}: ${ordinal(y - m.date.year!)} anniversary of Việt Nam–${placeName(kb, m.country)} diplomatic ties (established ${formatDate(m.date)}) ${cite.ref(m)}`,
      );
    }
  }

  if (fresh.length === 0 && upcoming.length === 0) return { articleIds: [], coveredUntil };
  const fields = [...groups].map(([name, lines]) => ({ name, value: lines.join('\n') }));
  if (upcoming.length) fields.push({ name: 'Coming up', value: upcoming.join('\n') });
  const text = fresh.length
    ? `${fresh.length} new article${fresh.length === 1 ? '' : 's'} since the last digest.`
    : 'No new articles since the last digest.';
  return {
    reply: { title: `Daily digest — ${today}`, text, fields, citations: cite.list },
    articleIds: fresh.map((x) => x.a.id),
    coveredUntil,
  };
}
