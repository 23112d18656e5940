import type { DateInfo } from '../corpus/types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date in words as a reader says it: "8 January 2026", "27–28 May 2025", "June 2024", "2025"; year not stated says so. */
export function longDate(d: DateInfo): string {
  if (!d.month && !d.year) return 'date unknown';
  const month = d.month ? MONTHS[d.month - 1] : undefined;
  let day = '';
  if (d.day) {
    if (d.endMonth && d.endMonth !== d.month && d.endDay) day = `${d.day} ${month} – ${d.endDay} ${MONTHS[d.endMonth - 1]}`;
    else day = d.endDay ? `${d.day}–${d.endDay} ${month}` : `${d.day} ${month}`;
  } else if (month) day = month;
  const year = d.year ? String(d.year) : month ? '(year not stated)' : '';
  return [day, year].filter(Boolean).join(' ');
}
