import type { ChartSpec } from '../core/reply.ts';
import type { DiplomaticEvent, Milestone } from '../knowledge/types.ts';

/** The kinds drawn, in the order of the legend; statements are not engagements. */
const KINDS = ['visit', 'talks', 'reception', 'political consultation', 'phone call', 'signing', 'conference'] as const;
/** Fewer dated events than this make no picture: the list says it all. */
const MIN_EVENTS = 3;

/**
 * The chart of a list of events: how many of each kind per year, from the first dated year to the last, with the
 * milestones (ties, partnerships) of those years marked. Undefined when there is too little to draw. Pure.
 */
export function engagementsChart(title: string, events: DiplomaticEvent[], milestones: Milestone[] = []): ChartSpec | undefined {
  const dated = events.filter((e) => e.date.year && e.kind !== 'statement');
  if (dated.length < MIN_EVENTS) return undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const e of dated) {
    first = Math.min(first, e.date.year!);
    last = Math.max(last, e.date.year!);
  }
  // One year is one bar: the list says as much.
  if (first === last) return undefined;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const counts = new Map<string, number[]>(KINDS.map((kind) => [kind, years.map(() => 0)]));
  for (const e of dated) {
    const row = counts.get(e.kind);
    if (row) row[e.date.year! - first]!++;
  }
  const series = KINDS.map((kind) => ({ kind, counts: counts.get(kind)! })).filter((s) => s.counts.some(Boolean));
  // What changed the relationship in those years: ties set up, a partnership established or upgraded (a mention of
  // one already in place is no milestone).
  const marks = milestones
    .filter(
      (m) =>
        m.date.year &&
        m.date.year >= first &&
        m.date.year <= last &&
        (m.kind === 'ties established' || (m.kind === 'partnership' && ['established', 'upgraded'].includes(m.status ?? ''))),
    )
    .map((m) => ({
      year: m.date.year!,
      label: m.kind === 'ties established' ? 'ties established' : `${m.level ?? 'partnership'} ${m.status}`,
    }));
  const byKind = series.map((s) => `${s.counts.reduce((a, b) => a + b, 0)} ${s.kind}`).join(', ');
  return {
    title,
    years,
    series,
    marks: [...new Map(marks.map((m) => [`${m.year}|${m.label}`, m])).values()],
    alt: `${title}: ${dated.length} events from ${first} to ${last} (${byKind}).`,
  };
}
