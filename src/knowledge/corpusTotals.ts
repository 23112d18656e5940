import type { SkippedFile } from '../corpus/types.ts';
import { dateRange, placeName } from './queries.ts';
import type { KnowledgeBase } from './types.ts';

export interface CorpusTotals {
  articles: number;
  firstDate?: string;
  lastDate?: string;
  /** Articles whose full date is not known. */
  undated: number;
  sources: Array<{ name: string; count: number }>;
  countries: Array<{ code: string; name: string; count: number }>;
  people: number;
  events: number;
  agreements: number;
  milestones: number;
  topics: number;
  skipped: SkippedFile[];
  /** Files loaded with a value rejected (a date that cannot exist), and why. */
  warnings: SkippedFile[];
}

const byCount = <T extends { count: number; name: string }>(a: T, b: T) => b.count - a.count || a.name.localeCompare(b.name);

/** What the corpus holds, as /about and `attache corpus` show it. */
export function corpusTotals(kb: KnowledgeBase): CorpusTotals {
  const sources = new Map<string, number>();
  for (const a of kb.articles) sources.set(a.source.agency, (sources.get(a.source.agency) ?? 0) + 1);
  const countries = new Map<string, number>();
  for (const codes of Object.values(kb.partners)) for (const c of codes) countries.set(c, (countries.get(c) ?? 0) + 1);
  const range = dateRange(kb);
  return {
    articles: kb.articles.length,
    ...(range.first ? { firstDate: range.first, lastDate: range.last } : {}),
    undated: kb.articles.filter((a) => !a.date.iso).length,
    sources: [...sources].map(([name, count]) => ({ name, count })).sort(byCount),
    countries: [...countries].map(([code, count]) => ({ code, name: placeName(kb, code), count })).sort(byCount),
    people: kb.people.length,
    events: kb.events.length,
    agreements: kb.agreements.length,
    milestones: kb.milestones.length,
    topics: kb.topics.length,
    warnings: kb.articles.flatMap((a) => (a.warnings ?? []).map((reason) => ({ file: a.file, reason }))),
    skipped: kb.skipped,
  };
}
