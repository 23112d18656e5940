import { MONTH_NAMES } from '../corpus/dates.ts';
import { fold } from '../text/fold.ts';

/** The time a question asks about, as inclusive bounds (YYYY, YYYY-MM or YYYY-MM-DD) and the words that said it. */
export interface TimeSpan {
  years: number[];
  months: number[];
  from?: string;
  to?: string;
  /** The words read as time ("in February 2026", "last year"), so they are not matched as content. */
  words: string[];
}

const SHORT = MONTH_NAMES.map((m) => m.slice(0, 3));
const pad = (n: number) => String(n).padStart(2, '0');

function monthOf(word: string): number {
  const w = word.replace(/\.$/, '');
  const i = MONTH_NAMES.indexOf(w);
  if (i >= 0) return i + 1;
  // Three-letter forms only when they cannot be an everyday word ("may" is the full name and stays).
  const j = SHORT.indexOf(w);
  return j >= 0 && w !== 'mar' ? j + 1 : 0;
}

/**
 * Years, months and a range read from a question: "in 2023", "February 2026", "early 2026", "from 2024 to 2025",
 * "last year" / "this year" against `now`. Pure; a year outside 1900–2100 is not a year.
 */
export function readTime(text: string, now: Date): TimeSpan {
  const words = fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const years: number[] = [];
  const months: number[] = [];
  const said: string[] = [];
  const thisYear = now.getUTCFullYear();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^(19|20)\d\d$/.test(w)) {
      years.push(Number(w));
      said.push(w);
      continue;
    }
    const m = monthOf(w);
    // "may" is a month only next to a year or a day number ("May 2025", "27 May"), not "may I ask".
    if (m && (w !== 'may' || /^\d{1,4}$/.test(words[i + 1] ?? '') || /^\d{1,2}$/.test(words[i - 1] ?? ''))) {
      months.push(m);
      said.push(w);
    }
    if ((w === 'last' || w === 'this' || w === 'next') && words[i + 1] === 'year') {
      years.push(thisYear + (w === 'last' ? -1 : w === 'next' ? 1 : 0));
      said.push(w, 'year');
    }
  }
  // "up to 2017", "until Phuc's 2017 visit", "since 2010": one year with a bound word a few words before it is an
  // open range, not that year alone.
  if (years.length === 1) {
    const at = words.indexOf(String(years[0]));
    const lead = words.slice(Math.max(0, at - 4), at).join(' ');
    const bound = /\b(up to|until|till|before|prior to|through)\b/.test(lead) ? 'to' : /\b(since|after)\b/.test(lead) ? 'from' : undefined;
    if (bound) {
      const y = String(years[0]);
      return {
        years: [],
        months: [],
        ...(bound === 'to' ? { to: y } : { from: y }),
        words: [...said, ...lead.split(' ').filter((w) => /^(up|to|until|till|before|prior|through|since|after)$/.test(w))],
      };
    }
  }
  const ys = [...new Set(years)].sort();
  const ms = [...new Set(months)];
  let from: string | undefined;
  let to: string | undefined;
  if (ys.length === 1) {
    const y = ys[0]!;
    if (ms.length === 1) from = to = `${y}-${pad(ms[0]!)}`;
    else if (/\b(early|first half)\b/.test(fold(text))) [from, to] = [`${y}-01`, `${y}-06`];
    else if (/\b(late|second half)\b/.test(fold(text))) [from, to] = [`${y}-07`, `${y}-12`];
    else from = to = String(y);
  } else if (ys.length >= 2) [from, to] = [String(ys[0]), String(ys.at(-1))];
  return { years: ys, months: ms, ...(from ? { from, to } : {}), words: said };
}

/** The bounds of a time span for an event filter: only those it has. */
export function timeFilter(t: TimeSpan): { from?: string; to?: string } {
  return { ...(t.from ? { from: t.from } : {}), ...(t.to ? { to: t.to } : {}) };
}

/** Whether the question asks about a time at all. */
export const hasTime = (t: TimeSpan) => Boolean(t.from || t.to);

/** "2017", "2016 to 2017", "up to 2017", "since 2010"; empty when no time was asked. */
export function timeLabel(t: TimeSpan): string {
  if (t.from && t.to) return t.from === t.to ? t.from : `${t.from} to ${t.to}`;
  if (t.to) return `up to ${t.to}`;
  return t.from ? `since ${t.from}` : '';
}
