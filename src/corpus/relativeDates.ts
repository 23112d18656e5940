// Dates a sentence counts from the article's own: "yesterday", "on Monday", "last week", "last May", "earlier this month".
import type { DateInfo } from './types.ts';
import { addDays, MONTH_ALT, monthNumber, WEEKDAY_NAMES } from './calendar.ts';
import type { DateMention, DateRef } from './dates.ts';

// "on Monday", "On Friday,", "last Sunday": a weekday counted from the article date, at the start of a sentence too.
const WEEKDAY = /\b(?:[Oo]n|[Ff]rom|[Ll]ast)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
// "last May", "this past March": the month named, the latest one before the article's month.
const LAST_NAMED_MONTH = new RegExp(`\\b(?:last|this past)\\s+(${MONTH_ALT})\\b(?!\\.?\\s*\\d)`, 'g');
// "earlier this month", "late last month", "next month": counted from the article's month.
const RELATIVE_MONTH = /\b(?:(?:earlier|later|late|early)\s+)?(this|last|next)\s+month\b/gi;
// "last week": a day 1 to 13 days back; "this week", "this weekend": within 6 days either way; "next week": 1 to 13 days
// ahead. Only the month those days share (or the year) is sure.
const WEEKS = /\b(?:(?:earlier|later)\s+)?(last|this|next)\s+week(?:end)?\b/gi;
// News counts "yesterday" and "today" ("this morning", "tonight") from its own date; only these are common enough to
// read safely.
const RELATIVE_DAY = /\b(yesterday|today|this (?:morning|afternoon|evening)|tonight)\b/gi;

/** Mentions counted from the article's own date: "last May", "earlier this month", "on Monday", "yesterday". */
export function relativeMentions(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of sentence.matchAll(LAST_NAMED_MONTH)) {
    const month = monthNumber(m[1]!);
    if (month) found.push({ index: m.index!, text: m[0], month, lastNamed: true });
  }
  for (const m of sentence.matchAll(RELATIVE_MONTH)) {
    const monthsFromRef = ({ last: -1, this: 0, next: 1 } as const)[m[1]!.toLowerCase() as 'last' | 'this' | 'next'];
    found.push({ index: m.index!, text: m[0], monthsFromRef });
  }
  for (const m of sentence.matchAll(WEEKS)) {
    const weeksFromRef = ({ last: -1, this: 0, next: 1 } as const)[m[1]!.toLowerCase() as 'last' | 'this' | 'next'];
    found.push({ index: m.index!, text: m[0], weeksFromRef });
  }
  for (const m of sentence.matchAll(WEEKDAY)) {
    found.push({ index: m.index!, text: m[0], weekday: WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase()) });
  }
  for (const m of sentence.matchAll(RELATIVE_DAY)) {
    found.push({ index: m.index!, text: m[0], daysFromRef: m[1]!.toLowerCase() === 'yesterday' ? -1 : 0 });
  }
  return found;
}

/** "Yesterday", "on Monday": a day counted from the article's date (ahead of it for an event still to come). */
export function countedFromArticle(mention: DateMention, ref: DateRef, future: boolean): DateInfo {
  const what = mention.daysFromRef !== undefined ? `"${mention.text}"` : WEEKDAY_NAMES[mention.weekday!];
  if (!ref.iso) return { provenance: 'unknown', basis: `${what} without a dated reference` };
  let iso: string;
  let basis: string;
  if (mention.daysFromRef !== undefined) {
    iso = addDays(ref.iso, mention.daysFromRef);
    basis = `"${mention.text.toLowerCase()}" counted from the article date ${ref.iso}`;
  } else {
    const refDay = new Date(`${ref.iso}T00:00:00Z`).getUTCDay();
    iso = future ? addDays(ref.iso, (mention.weekday! - refDay + 7) % 7) : addDays(ref.iso, -((refDay - mention.weekday! + 7) % 7));
    basis = `weekday counted from the article date ${ref.iso}`;
  }
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return { provenance: 'resolved', iso, year: y, month: mo, day: d, basis };
}

/** "Last month", "earlier this month", "last May": a month counted from the article's own month. */
export function monthFromArticle(mention: DateMention, ref: DateRef): DateInfo {
  if (!ref.iso)
    return mention.month
      ? { provenance: 'partial', month: mention.month, basis: `"${mention.text}" without a dated reference` }
      : { provenance: 'unknown', basis: `"${mention.text}" without a dated reference` };
  const [refYear, refMonth] = ref.iso.split('-').map(Number) as [number, number];
  let year = refYear;
  let month: number;
  if (mention.lastNamed) {
    month = mention.month!;
    if (month >= refMonth) year -= 1;
  } else {
    const zeroBased = refMonth - 1 + mention.monthsFromRef!;
    year += Math.floor(zeroBased / 12);
    month = (((zeroBased % 12) + 12) % 12) + 1;
  }
  return { provenance: 'resolved', year, month, basis: `"${mention.text.toLowerCase()}" counted from the article date ${ref.iso}` };
}

/** "Last week", "this weekend", "next week": the month when the days they may mean share one, else the year. */
export function weekCounted(mention: DateMention, ref: DateRef, future = false): DateInfo {
  if (!ref.iso) return { provenance: 'unknown', basis: `"${mention.text}" without a dated reference` };
  // ("earlier this week" is behind the article date, "later this week" or a plan "this weekend" ahead of it.)
  const thisWeek: [number, number] = /^earlier/i.test(mention.text) ? [-6, 0] : /^later/i.test(mention.text) || future ? [0, 6] : [-6, 6];
  const [back, ahead] = mention.weeksFromRef === 1 ? [1, 13] : mention.weeksFromRef === 0 ? thisWeek : [-13, -1];
  const [from, to] = [addDays(ref.iso, back), addDays(ref.iso, ahead)];
  const basis = `"${mention.text.toLowerCase()}" counted from the article date ${ref.iso}`;
  const year = Number(from.slice(0, 4));
  if (from.slice(0, 7) === to.slice(0, 7)) return { provenance: 'resolved', year, month: Number(from.slice(5, 7)), basis };
  return from.slice(0, 4) === to.slice(0, 4) ? { provenance: 'resolved', year, basis } : { provenance: 'unknown', basis };
}
