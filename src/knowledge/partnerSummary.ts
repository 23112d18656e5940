import { ordinal } from '../text/ordinal.ts';
import { partnerIndex } from './partnerIndex.ts';
import { eventsWhere, mainRole } from './queries.ts';
import { dateKey, showDate } from './showDate.ts';
import type { KnowledgeBase, Milestone, Person } from './types.ts';

/** Articles cited for one milestone line. */
const MAX_SOURCES = 5;
/** Officials listed per side. */
const MAX_OFFICIALS = 12;
const STATUS_WORDS: Record<string, string> = { negotiating: 'under negotiation', current: 'in place', proposed: 'proposed' };

/** A milestone line with the milestones it cites (those of its first MAX_SOURCES articles) and the articles left. */
export interface MilestoneLine {
  text: string;
  cited: Milestone[];
  moreArticles: number;
}

/** An official with the role to show and the role mention to cite for it. */
export interface OfficialLine {
  text: string;
  evidence?: Person['roles'][number];
}

/** A list of officials: the most cited, and what is left unsaid ("and 40 more"). */
export interface Officials {
  lines: OfficialLine[];
  more: number;
}

/** What /country shows of a partner before citations are numbered: the same for every call, so built once. */
export interface PartnerSummary {
  milestones: MilestoneLine[];
  /** The partner's officials, and the Vietnamese officials who took part in its events. */
  theirs: Officials;
  ours: Officials;
  /** The first and last dates of the articles about the partner. */
  first?: string;
  last?: string;
}

function milestoneLine(m: Milestone): string {
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

/** A partner's milestones as lines, stated ties before computed ones. */
function milestoneLines(kb: KnowledgeBase, code: string): MilestoneLine[] {
  const milestones = [...(partnerIndex(kb).milestones.get(code) ?? [])].sort(
    (a, b) => Number(a.computed) - Number(b.computed) || dateKey(a.date).localeCompare(dateKey(b.date)),
  );
  const grouped = new Map<string, Milestone[]>();
  // Ties told with a day and without one, or stated and computed, in the same year are one line: the first told.
  const tiesLine = new Map<number, string>();
  for (const m of milestones) {
    const year = m.kind === 'ties established' ? m.date.year : undefined;
    const line = (year !== undefined ? tiesLine.get(year) : undefined) ?? milestoneLine(m);
    if (year !== undefined && !tiesLine.has(year)) tiesLine.set(year, line);
    const list = grouped.get(line);
    if (list) list.push(m);
    else grouped.set(line, [m]);
  }
  // A milestone every article repeats cites the first few that state it, and counts the rest.
  return [...grouped].map(([text, ms]) => {
    const firsts = new Map<string, Milestone>();
    for (const m of ms) if (!firsts.has(m.articleId)) firsts.set(m.articleId, m);
    const more = Math.max(0, firsts.size - MAX_SOURCES);
    return { text, cited: more ? [...firsts.values()].slice(0, MAX_SOURCES) : ms, moreArticles: more };
  });
}

/**
 * A long list of officials keeps the MAX_OFFICIALS named in most articles, in the corpus's order, and counts the
 * rest: a partner of thousands of articles has hundreds of officials. Each is cited for their main role where this
 * relationship's articles give it.
 */
function officials(people: Person[], here: Set<string>): Officials {
  const keep =
    people.length <= MAX_OFFICIALS
      ? new Set(people)
      : new Set([...people].sort((a, b) => b.articleIds.length - a.articleIds.length).slice(0, MAX_OFFICIALS));
  const line = (p: Person): OfficialLine => {
    const role = mainRole(p);
    const evidence = p.roles.find((r) => here.has(r.articleId)) ?? p.roles.find((r) => r.role === role) ?? p.roles[0];
    return { text: `${p.name}${role ? ` — ${role}` : ''}`, ...(evidence ? { evidence } : {}) };
  };
  return { lines: people.filter((p) => keep.has(p)).map(line), more: people.length - keep.size };
}

const summaries = new WeakMap<KnowledgeBase, Map<string, PartnerSummary>>();

/**
 * What the corpus holds about one partner, summarised for /country; kept per knowledge base and partner, and built for
 * every partner right after a load (prepareLookups), so that no user waits for the largest partner's first summary.
 */
export function partnerSummary(kb: KnowledgeBase, code: string): PartnerSummary {
  let byCode = summaries.get(kb);
  if (!byCode) summaries.set(kb, (byCode = new Map()));
  const kept = byCode.get(code);
  if (kept) return kept;
  const index = partnerIndex(kb);
  const articles = index.articles.get(code) ?? [];
  const here = new Set(articles.map((a) => a.id));
  const involved = new Set(eventsWhere(kb, { country: code }).flatMap((e) => e.participants));
  const summary: PartnerSummary = {
    milestones: milestoneLines(kb, code),
    theirs: officials(index.people.get(code) ?? [], here),
    ours: officials(
      (index.people.get('VN') ?? []).filter((p) => involved.has(p.id)),
      here,
    ),
  };
  for (const { date } of articles)
    if (date.iso) {
      if (!summary.first || date.iso < summary.first) summary.first = date.iso;
      if (!summary.last || date.iso > summary.last) summary.last = date.iso;
    }
  byCode.set(code, summary);
  return summary;
}
