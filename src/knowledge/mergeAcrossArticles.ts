import type { DiplomaticEvent } from './types.ts';

/**
 * The same event told by several articles is one event with each article's passage as evidence: the same kind on
 * the same day (both dated to the day), sharing a participant, with no partner country that contradicts. The first
 * article (in id order) tells it; the others are `also`. Pure; the input is not changed.
 */
export function mergeAcrossArticles(events: DiplomaticEvent[]): DiplomaticEvent[] {
  const out: DiplomaticEvent[] = [];
  const byDay = new Map<string, DiplomaticEvent[]>();
  for (const e of events) {
    const day = e.date.iso && e.date.day ? `${e.kind}|${e.date.iso}` : undefined;
    const twin = day
      ? byDay
          .get(day)
          ?.find(
            (o) =>
              o.articleId !== e.articleId &&
              !o.also?.some((x) => x.articleId === e.articleId) &&
              e.participants.some((p) => o.participants.includes(p)) &&
              (o.countries.length === 0 || e.countries.length === 0 || e.countries.some((c) => o.countries.includes(c))),
          )
      : undefined;
    if (twin) {
      for (const p of e.participants) if (!twin.participants.includes(p)) twin.participants.push(p);
      for (const c of e.countries) if (!twin.countries.includes(c)) twin.countries.push(c);
      twin.place ??= e.place;
      twin.also = [...(twin.also ?? []), { articleId: e.articleId, passageId: e.passageId, quote: e.quote }];
      continue;
    }
    const copy: DiplomaticEvent = { ...e, participants: [...e.participants], countries: [...e.countries] };
    out.push(copy);
    if (day) byDay.set(day, [...(byDay.get(day) ?? []), copy]);
  }
  return out;
}
