import type { DateInfo } from './types.ts';

/** English month names, lower case, January first. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ALT =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** English weekday names, lower case, Sunday first (as Date.getUTCDay counts). */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Month number (1–12) of an English month name or abbreviation. */
export function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(n.slice(0, 3)));
  return i >= 0 ? i + 1 : undefined;
}

/** ISO date string, or undefined when the parts do not form a real date. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

/** Years a news date can have: anything else in a date field is a typo ("20026") or noise. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

/** A year a news date can have (YEAR_RANGE). */
const inRange = (year: number) => year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;

/** Days a month can have in some year (29 for February): a mention of 30 February is not a date. */
export function dayCanExist(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

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
    m.day || m.month || m.weekday !== undefined || m.daysFromRef !== undefined || m.monthsFromRef !== undefined || m.weeksFromRef,
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
  weeksFromRef?: -1;
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
const MONTH_ALONE = new RegExp(`\\b[Ii]n\\s+(${MONTH_ALT})\\b(?!\\s+\\d)`, 'g');
const WEEKDAY = /\b(?:on|from|last)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
// "last May", "this past March": the month named, the latest one before the article's month.
const LAST_NAMED_MONTH = new RegExp(`\\b(?:last|this past)\\s+(${MONTH_ALT})\\b(?!\\.?\\s*\\d)`, 'g');
// "earlier this month", "late last month", "next month": counted from the article's month.
const RELATIVE_MONTH = /\b(?:(?:earlier|later|late|early)\s+)?(this|last|next)\s+month\b/gi;
// "last week": a day 1 to 13 days back, so only the month those days share (or the year) is sure.
const LAST_WEEK = /\blast\s+week\b/gi;
// News counts "yesterday" and "today" from its own date; only these two are common enough to read safely.
const RELATIVE_DAY = /\b(yesterday|today)\b/gi;

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

/** Mentions counted from the article's own date: "last May", "earlier this month", "on Monday", "yesterday". */
function relativeMentions(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of sentence.matchAll(LAST_NAMED_MONTH)) {
    const month = monthNumber(m[1]!);
    if (month) found.push({ index: m.index!, text: m[0], month, lastNamed: true });
  }
  for (const m of sentence.matchAll(RELATIVE_MONTH)) {
    const monthsFromRef = ({ last: -1, this: 0, next: 1 } as const)[m[1]!.toLowerCase() as 'last' | 'this' | 'next'];
    found.push({ index: m.index!, text: m[0], monthsFromRef });
  }
  for (const m of sentence.matchAll(LAST_WEEK)) found.push({ index: m.index!, text: m[0], weeksFromRef: -1 });
  for (const m of sentence.matchAll(WEEKDAY)) {
    found.push({ index: m.index!, text: m[0], weekday: WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase()) });
  }
  for (const m of sentence.matchAll(RELATIVE_DAY)) {
    found.push({ index: m.index!, text: m[0], daysFromRef: m[1]!.toLowerCase() === 'yesterday' ? -1 : 0 });
  }
  return found;
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

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "Yesterday", "on Monday": a day counted from the article's date (ahead of it for an event still to come). */
function countedFromArticle(mention: DateMention, ref: DateRef, future: boolean): DateInfo {
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
function monthFromArticle(mention: DateMention, ref: DateRef): DateInfo {
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

/** "Last week": the month when the 13 days before the article date share one, else the year. */
function weekBefore(mention: DateMention, ref: DateRef): DateInfo {
  if (!ref.iso) return { provenance: 'unknown', basis: `"${mention.text}" without a dated reference` };
  const [from, to] = [addDays(ref.iso, -13), addDays(ref.iso, -1)];
  const basis = `"${mention.text.toLowerCase()}" counted from the article date ${ref.iso}`;
  const year = Number(from.slice(0, 4));
  if (from.slice(0, 7) === to.slice(0, 7)) return { provenance: 'resolved', year, month: Number(from.slice(5, 7)), basis };
  return from.slice(0, 4) === to.slice(0, 4) ? { provenance: 'resolved', year, basis } : { provenance: 'unknown', basis };
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
  if (mention.weeksFromRef) return weekBefore(mention, ref);
  if (mention.year) return withYear(mention.year, 'year stated with the date');
  if (mention.relativeYear !== undefined && ref.year) {
    return withYear(ref.year + mention.relativeYear, `"${['last', 'this', 'next'][mention.relativeYear + 1]} year" from the article date`);
  }
  const span = anniversarySpan(sentence);
  if (span) return withYear(span.to, `year from the anniversary span ${span.from}–${span.to}`);
  if (ref.year && mention.month) {
    let year = ref.year;
    if (ref.iso && !options.future) {
      const candidate = isoDate(year, mention.month, mention.day ?? 1);
      // A day well after the article date belongs to the year before ("in August" in a February article).
      if (candidate && candidate > addDays(ref.iso, 10)) year -= 1;
    }
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
