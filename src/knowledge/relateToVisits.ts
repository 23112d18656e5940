import type { DateInfo } from '../corpus/types.ts';
import type { DiplomaticEvent } from './types.ts';

const dayOf = (d: DateInfo) => (d.year && d.month && d.day ? d.year * 10_000 + d.month * 100 + d.day : undefined);

/**
 * Talks, receptions, signings and calls held on a visit belong to it: same article, a day within the visit's days,
 * and a participant in common. Sets `during` on those events (in place) and returns the list.
 */
export function relateToVisits(events: DiplomaticEvent[]): DiplomaticEvent[] {
  const visits = events.filter((e) => e.kind === 'visit' && dayOf(e.date));
  for (const e of events) {
    if (e.kind === 'visit' || e.kind === 'statement') continue;
    const day = dayOf(e.date);
    if (!day) continue;
    const visit = visits.find((v) => {
      const first = dayOf(v.date)!;
      const last = v.date.endDay ? first - v.date.day! + v.date.endDay : first;
      return v.articleId === e.articleId && day >= first && day <= last && e.participants.some((p) => v.participants.includes(p));
    });
    if (visit) e.during = visit.id;
  }
  return events;
}
