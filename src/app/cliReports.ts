import type { Article } from '../corpus/types.ts';
import type { CorpusTotals } from '../knowledge/corpusTotals.ts';
import { placeName } from '../knowledge/queries.ts';
import { eventLine, personLabel, statusText } from '../knowledge/describe.ts';
import { showDate } from '../knowledge/showDate.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';

/** Everything drawn from one article, as `attache parse --json` prints it. */
export function articleReport(kb: KnowledgeBase, a: Article) {
  const mine = <T extends { articleId: string }>(xs: T[]) => xs.filter((x) => x.articleId === a.id);
  return {
    article: a,
    partners: kb.partners[a.id] ?? [],
    // Each role as written with the office, rank and posting read from it, and the sentence it was read from.
    people: kb.people
      .filter((p) => p.articleIds.includes(a.id))
      .map((p) => ({ id: p.id, name: p.name, country: p.country, roles: mine(p.roles).map(({ articleId: _a, date: _d, ...r }) => r) })),
    events: mine(kb.events),
    agreements: kb.agreements.flatMap((ag) => mine(ag.mentions).map((m) => ({ agreement: ag.name, ...m }))),
    milestones: mine(kb.milestones),
    topics: kb.topics.flatMap((t) =>
      mine(t.mentions).map((m) => ({ topic: t.name, countries: m.countries, passageId: m.passageId, quote: m.quote })),
    ),
  };
}

/** The same report as text for people. */
export function articleReportText(kb: KnowledgeBase, a: Article): string {
  const r = articleReport(kb, a);
  const out = [
    `${a.title}${a.titleDerived ? '  (title derived from the lead)' : ''}`,
    `  id ${a.id} · file ${a.file}`,
    `  date ${showDate(a.date)} (${a.date.provenance}${a.date.basis ? `: ${a.date.basis}` : ''})`,
    `  source ${a.source.agency} (from ${a.source.basis})${a.url ? ` · ${a.url}` : ''}`,
    `  dateline ${a.place ?? '—'} · ${a.paragraphs.length} paragraphs${a.captions.length ? `, ${a.captions.length} captions` : ''}${a.truncated ? ' · looks truncated' : ''}`,
    ...(a.warnings ?? []).map((w) => `  warning: ${w}`),
    `  partners: ${r.partners.map((c) => placeName(kb, c)).join(', ') || '—'}`,
  ];
  const section = (name: string, lines: string[]) => {
    if (lines.length) out.push(`  ${name}:`, ...lines.map((l) => `    ${l}`));
  };
  section(
    'people',
    r.people.map((p) => personLabel(kb, p.id) + (p.country ? ` [${p.country}]` : '')),
  );
  section(
    'events',
    r.events.map((e) => eventLine(kb, e)),
  );
  section(
    'agreements',
    r.agreements.map((m) => `${m.agreement}: ${statusText(kb, m)}`),
  );
  section(
    'milestones',
    r.milestones.map(
      (m) =>
        `${m.kind} ${placeName(kb, m.country)} ${showDate(m.date)}${m.level ? ` ${m.level}` : ''}${m.status ? ` (${m.status})` : ''}${m.computed ? ` — ${m.basis}` : ''}`,
    ),
  );
  if (r.topics.length) out.push(`  topics: ${[...new Set(r.topics.map((t) => t.topic))].join(', ')}`);
  return out.join('\n');
}

/** `attache corpus` as text. */
export function totalsText(t: CorpusTotals, dir: string): string {
  const out = [
    `Corpus ${dir}`,
    `  articles    ${t.articles}`,
    `  date range  ${t.firstDate ? `${t.firstDate} to ${t.lastDate}` : '—'}${t.undated ? ` (${t.undated} without a full date)` : ''}`,
    `  sources     ${t.sources.map((s) => `${s.name} ${s.count}`).join(', ') || '—'}`,
    `  countries   ${t.countries.length}: ${t.countries.map((c) => `${c.name} ${c.count}`).join(', ') || '—'}`,
    `  people      ${t.people}`,
    `  events      ${t.events}`,
    `  agreements  ${t.agreements}`,
    `  milestones  ${t.milestones}`,
    `  topics      ${t.topics}`,
    `  skipped     ${t.skipped.length}`,
    ...t.skipped.map((s) => `    ${s.file}: ${s.reason}`),
    ...(t.warnings.length ? [`  warnings    ${t.warnings.length}`, ...t.warnings.map((w) => `    ${w.file}: ${w.reason}`)] : []),
  ];
  return out.join('\n');
}
