import { formatDate } from '../corpus/dates.ts';
import type { DateInfo } from '../corpus/types.ts';

/** A date as replies show it: ISO when the day and year are known, else words that say what is missing. */
export function showDate(date: DateInfo): string {
  if (date.iso && date.day) {
    if (date.endDay || date.endMonth)
      return `${date.iso} to ${date.year}-${String(date.endMonth ?? date.month).padStart(2, '0')}-${String(date.endDay).padStart(2, '0')}`;
    return date.iso;
  }
  return formatDate(date);
}

/** Sort key for dates: unknown and partial dates last, by what is known. */
export function dateKey(date: DateInfo): string {
  if (!date.year) return `9999-${String(date.month ?? 99).padStart(2, '0')}-${String(date.day ?? 99).padStart(2, '0')}`;
  return `${date.year}-${String(date.month ?? 0).padStart(2, '0')}-${String(date.day ?? 0).padStart(2, '0')}`;
}
