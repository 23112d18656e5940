import type { DateInfo } from './types.ts';
import { addDays, dayCanExist, inRange, isoDate, MONTH_ALT, MONTH_NAMES, monthNumber } from './calendar.ts';
import { countedFromArticle, monthFromArticle, relativeMentions, weekCounted } from './relativeDates.ts';

export { dayCanExist, isoDate, MONTH_NAMES, monthNumber, WEEKDAY_NAMES, YEAR_RANGE } from './calendar.ts';

/**
 * A date written YYYY-MM-DD (a date line, front matter, page metadata), checked against the calendar. A value that
 * is no date says why, and keeps its year when only the rest is wrong.
 */
export function checkIsoDate(text: string): { iso: string } | { rejected: string; part: 'form' | 'year' | 'month' | 'day'; year?: number } {
  const t = text.trim();
  const m = /^(\d{1,6})-(\d{1,4})-(\d{1,4})$/.exec(t);
  if (!m) return { rejected: `"${t.slice(0, 40)}" is not a YYYY-MM-DD date`, part: 'form' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[1]!.length !== 4 || !inRange(year)) return { rejected: `"${t}": year ${m[1]} is out of range`, part: 'year' };
  if (month < 1 || month > 12 || m[2]!.length !== 2) return { rejected: `"${t}": month ${m[2]} does not exist`, part: 'month', year };
  const iso = m[3]!.length === 2 ? isoDate(year, month, day) : undefined;
  if (!iso) return { rejected: `"${t}": day ${m[3]} does not exist in that month`, part: 'day', year };
  return { iso };
}

/** Whether a mention names a day, month, weekday or "yesterday": a time an event can be placed at. */
export function namesATime(m: DateMention): boolean {
  return Boolean(
    m.day ||
    m.month ||
    m.weekday !== undefined ||
    m.daysFromRef !== undefined ||
    m.monthsFromRef !== undefined ||
    m.weeksFromRef !== undefined,
  );
}

/** A date mentioned in a sentence, before its year is settled. */
export interface DateMention {
  index: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  endDay?: number;
  endMonth?: number;
  weekday?: number;
  /** "yesterday" (-1) or "today" (0): days from the article's own date. */
  daysFromRef?: number;
  /** "last year" / "this year" / "next year" next to the date. */
  relativeYear?: -1 | 0 | 1;
  /** "last month" (-1), "earlier this month" (0), "next month" (1): months from the article's own month. */
  monthsFromRef?: -1 | 0 | 1;
  /** "last May": the latest such month before the article's own month. */
  lastNamed?: boolean;
  /** "last week" (-1): some day of the week before the article's own. */
  /** "last week" (-1), "this week/weekend" (0), "next week" (1). */
  weeksFromRef?: -1 | 0 | 1;
}

const ORD = '(?:st|nd|rd|th)?';
// Month-first: "January 8", "May 27-28", "November 11th-14th", "March 14 and 15", "September 4th, 1973".
const MONTH_FIRST = new RegExp(
  `\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})${ORD}(?:\\s*(?:-|–|to|and)\\s*(?:(${MONTH_ALT})\\.?\\s+)?(\\d{1,2})${ORD})?(?:,?\\s+(\\d{4}))?\\b`,
  'g',
);
// Day-first: "25 November 1971", "from 8 to 10 April".
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})${ORD}(?:\\s*(?:-|–|to|and)\\s*(\\d{1,2})${ORD})?\\s+(${MONTH_ALT})\\b(?:,?\\s+(\\d{4}))?`, 'g');
// Month and year only: "in December 2009", "October 2024".
const MONTH_YEAR = new RegExp(`\\b(${MONTH_ALT})\\.?,?\\s+(\\d{4})\\b`, 'g');
// ("in March and November": the second month too.)
const MONTH_ALONE = new RegExp(`\\b(?:[Ii]n|and)\\s+(${MONTH_ALT})\\b(?!\\s+\\d)`, 'g');
function relativeYearNear(sentence: string, at: number, len: number): -1 | 0 | 1 | undefined {
  const after = sentence.slice(at + len, at + len + 14).toLowerCase();
  if (/^\s*last year/.test(after)) return -1;
  if (/^\s*this year/.test(after)) return 0;
  if (/^\s*next year/.test(after)) return 1;
  return undefined;
}

/** Every day or month mentioned in a sentence, in order of appearance. */
export function findDateMentions(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number) => taken.some(([s, e]) => a < e && b > s);
  const push = (m: DateMention, len: number) => {
    if (overlaps(m.index, m.index + len)) return;
    taken.push([m.index, m.index + len]);
    found.push(m);
  };
  for (const m of sentence.matchAll(MONTH_FIRST)) {
    const month = monthNumber(m[1]!);
    const day = Number(m[2]);
    if (!month || !dayCanExist(month, day)) continue;
    const endMonth = m[3] ? monthNumber(m[3]) : undefined;
    const endDay = m[4] ? Number(m[4]) : undefined;
    const mention: DateMention = { index: m.index!, text: m[0], month, day };
    // A range that ends before it starts, or on a day that cannot exist, keeps only its first day.
    if (endDay && dayCanExist(endMonth ?? month, endDay) && (endMonth ? endMonth > month : endDay > day)) {
      mention.endDay = endDay;
      if (endMonth && endMonth !== month) mention.endMonth = endMonth;
    }
    if (m[5] && inRange(Number(m[5]))) mention.year = Number(m[5]);
    const rel = relativeYearNear(sentence, m.index!, m[0].length);
    if (rel !== undefined) mention.relativeYear = rel;
    push(mention, m[0].length);
  }
  for (const m of sentence.matchAll(DAY_FIRST)) {
    const month = monthNumber(m[3]!);
    const day = Number(m[1]);
    if (!month || !dayCanExist(month, day)) continue;
    const mention: DateMention = { index: m.index!, text: m[0], month, day };
    if (m[2] && Number(m[2]) > day && dayCanExist(month, Number(m[2]))) mention.endDay = Number(m[2]);
    if (m[4] && inRange(Number(m[4]))) mention.year = Number(m[4]);
    const rel = relativeYearNear(sentence, m.index!, m[0].length);
    if (rel !== undefined) mention.relativeYear = rel;
    push(mention, m[0].length);
  }
  for (const m of sentence.matchAll(MONTH_YEAR)) {
    const month = monthNumber(m[1]!);
    const year = Number(m[2]);
    if (month && inRange(year)) push({ index: m.index!, text: m[0], month, year }, m[0].length);
  }
  for (const m of sentence.matchAll(MONTH_ALONE)) {
    const month = monthNumber(m[1]!);
    if (!month) continue;
    const mention: DateMention = { index: m.index!, text: m[0], month };
    const rel = relativeYearNear(sentence, m.index!, m[0].length);
    if (rel !== undefined) mention.relativeYear = rel;
    push(mention, m[0].length);
  }
  for (const m of relativeMentions(sentence)) push(m, m.text.length);
  return found.sort((a, b) => a.index - b.index);
}

/** A span such as "(1971–2026)" or "1971-2026" in a sentence: strong evidence of the current year. */
export function anniversarySpan(sentence: string): { from: number; to: number } | undefined {
  const m = /\b(1[89]\d\d|20\d\d)\s*[–—-]\s*(20\d\d)\b/.exec(sentence);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  // Only an anniversary reading of the span counts: "55th anniversary … (1971–2026)".
  const ord = /\b(\d{1,3})(?:st|nd|rd|th)\s+(?:founding\s+)?anniversary/i.exec(sentence);
  if (ord && to - from === Number(ord[1])) return { from, to };
  return undefined;
}

/** A reference date an article gives for reading "on Tuesday" or "January 8". */
export interface DateRef {
  year?: number;
  iso?: string;
  /** Why the year is believed when the article states none ("year inferred from …"). */
  yearBasis?: string;
}

/**
 * Settle a mention's year and build a DateInfo.
 * The year comes only from evidence: stated with the date, an anniversary span in the sentence, or the article's
 * own date (the latest such day on or shortly after it, since news reports what happened). Otherwise partial.
 */
export function resolveMention(mention: DateMention, ref: DateRef, sentence: string, options: { future?: boolean } = {}): DateInfo {
  const base = {
    ...(mention.month ? { month: mention.month } : {}),
    ...(mention.day ? { day: mention.day } : {}),
    ...(mention.endDay ? { endDay: mention.endDay } : {}),
    ...(mention.endMonth ? { endMonth: mention.endMonth } : {}),
  };
  const withYear = (year: number, basis: string, provenance: 'resolved' | 'explicit' = 'resolved'): DateInfo => {
    const iso = mention.month && mention.day ? isoDate(year, mention.month, mention.day) : undefined;
    // 29 February of a year that has none: the month is sure, the day is not.
    if (mention.day && !iso) {
      const { day: _day, endDay: _end, endMonth: _endMonth, ...monthOnly } = base;
      return {
        provenance,
        year,
        ...monthOnly,
        basis: `${basis}; ${mention.day} ${MONTH_NAMES[mention.month! - 1]} does not exist in ${year}`,
      };
    }
    return { provenance, year, ...base, ...(iso ? { iso } : {}), basis };
  };
  if (mention.daysFromRef !== undefined || mention.weekday !== undefined) return countedFromArticle(mention, ref, options.future === true);
  if (mention.monthsFromRef !== undefined || mention.lastNamed) return monthFromArticle(mention, ref);
  if (mention.weeksFromRef !== undefined) return weekCounted(mention, ref, options.future === true);
  if (mention.year) return withYear(mention.year, 'year stated with the date');
  if (mention.relativeYear !== undefined && ref.year) {
    return withYear(ref.year + mention.relativeYear, `"${['last', 'this', 'next'][mention.relativeYear + 1]} year" from the article date`);
  }
  const span = anniversarySpan(sentence);
  if (span) return withYear(span.to, `year from the anniversary span ${span.from}–${span.to}`);
  if (ref.year && mention.month) {
    let year = ref.year;
    const candidate = ref.iso ? isoDate(year, mention.month, mention.day ?? 28) : undefined;
    // A day well after the article date belongs to the year before ("in August" in a February article); one still
    // ahead, to the year after when this year's has passed ("will be held in March" in a November article, "will
    // visit from January 5" in a December one; a day just before the article date in a sentence that reads as future
    // is more likely a slip of tense).
    if (candidate && !options.future && candidate > addDays(ref.iso!, 10)) year -= 1;
    else if (candidate && options.future && candidate < (mention.day ? addDays(ref.iso!, -45) : ref.iso!)) year += 1;
    return withYear(year, ref.iso ? `year from the article date ${ref.iso}` : (ref.yearBasis ?? `year from the article year ${ref.year}`));
  }
  if (mention.month) return { provenance: 'partial', ...base, basis: 'day and month stated, year not stated' };
  return { provenance: 'unknown', basis: 'no date stated' };
}

/** A publication timestamp line of site chrome: "February 10, 2026 - 21:15", "Wednesday, 14/11/2018 16:35". */
export function parseTimestampLine(line: string): string | undefined {
  const t = line.trim();
  if (t.length > 60) return undefined;
  let m = new RegExp(
    `^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s*)?(${MONTH_ALT})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:\\s*[-|–,]?\\s*\\d{1,2}:\\d{2}(?:\\s*[AP]M)?(?:\\s*(?:GMT|UTC)[+-]\\d{1,2})?)?$`,
    'i',
  ).exec(t);
  if (m) return inRange(Number(m[3])) ? isoDate(Number(m[3]), monthNumber(m[1]!)!, Number(m[2])) : undefined;
  m =
    /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:GMT|UTC)[+-]\d{1,2})?$/i.exec(
      t,
    );
  // Vietnamese sites write day/month/year.
  if (m) return inRange(Number(m[3])) ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/.exec(t);
  if (m) return inRange(Number(m[1])) ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  return undefined;
}

/** DateInfo for a full ISO date with the given provenance. */
export function dateFromIso(iso: string, provenance: 'explicit' | 'resolved', basis: string): DateInfo {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { provenance, iso, year, month, day, basis };
}

/** Human text for a date that never hides a missing year: "25 November 1971", "27–28 May, year not stated". */
export function formatDate(date: DateInfo): string {
  const monthName = (m: number) => MONTH_NAMES[m - 1]!.replace(/^./, (c) => c.toUpperCase());
  if (!date.month) return date.year ? String(date.year) : 'date unknown';
  const day = date.day ? `${date.day}${date.endDay ? `–${date.endDay}` : ''} ` : '';
  const span =
    date.endMonth && date.endDay
      ? `${date.day} ${monthName(date.month)} – ${date.endDay} ${monthName(date.endMonth)}`
      : `${day}${monthName(date.month)}`;
  if (!date.year) return `${span}, year not stated`;
  return `${span} ${date.year}`;
}
