// The calendar facts dates are checked against: month and weekday names, real days, the years news can have.

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
/** The month names and abbreviations a date is written with, for patterns. */
export const MONTH_ALT =
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
export const inRange = (year: number) => year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;

/** Days a month can have in some year (29 for February): a mention of 30 February is not a date. */
export function dayCanExist(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** An ISO date moved by a number of days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
