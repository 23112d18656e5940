import type { DateInfo } from '../corpus/types.ts';
import type { EventKind } from './types.ts';

/** The basis of a date read off a numbered meeting recalled ("since the 13th meeting … in 2021"). */
export const RECALLED = 'year stated for an earlier meeting of the mechanism';

/**
 * "the 2006 visit", "held in Hanoi in 2015", "a trip to Vientiane in early 2025": a past event's year, when the sentence
 * states one. "The visit to Mongolia by X in 2025" dates a visit only: "The consultation came two years after the
 * visit … in 2025" is not of 2025.
 */
export function pastYear(text: string, kind?: EventKind): DateInfo | undefined {
  const m =
    /\b(?:the|a|an|its|their)\s+((?:19|20)\d\d)\s+(?:visit|trip|meeting|talks|summit|session|consultation)|\b(?:held|took place|signed|hosted|organised|organized|visited)\b[^.;]{0,40}?\bin\s+(?:(?:early|late|mid)[\s-]+)?((?:19|20)\d\d)\b(?!\s*[–—-]\s*\d)/i.exec(
      text,
    );
  // "since the 13th meeting of the steering committee in 2021", "their third meeting … in 2015": a numbered
  // meeting of a mechanism, recalled with its year.
  const numbered = m
    ? undefined
    : /\b(?:since\s+)?(?:the|its|their)\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:meeting|session|round)\b[^.;]{0,80}?\bin\s+(?:(?:early|late|mid)[\s-]+)?((?:19|20)\d\d)\b(?!\s*[–—-]\s*\d)/i.exec(
        text,
      );
  // "the President's visit to Vietnam in 2019": a visit named with its year.
  const visit =
    m || numbered || (kind && kind !== 'visit')
      ? undefined
      : /\b(?:visits?|trip)\s+to\s+(?:(?!after|before|following|since)[^.;,]){0,90}?\bin\s+(?:(?:early|late|mid)[\s-]+)?((?:19|20)\d\d)\b(?!\s*[–—-]\s*\d)/i.exec(
          text,
        );
  // "since Werner Faymann's trip in 2015": a visit by its visitor and year.
  const whose =
    m || numbered || visit || (kind && kind !== 'visit')
      ? undefined
      : /[’']s\s+(?:[\w-]+\s+)?(?:visits?|trip)\s+in\s+(?:(?:early|late|mid)[\s-]+)?((?:19|20)\d\d)\b(?!\s*[–—-]\s*\d)/.exec(text);
  const year = m ? Number(m[1] ?? m[2]) : numbered ? Number(numbered[1]) : visit ? Number(visit[1]) : whose ? Number(whose[1]) : undefined;
  return year ? { provenance: 'resolved', year, basis: numbered ? RECALLED : 'year stated for this event' } : undefined;
}

/** "…, which was set up in 2007": a relative clause dates its own noun, not the sentence's event. */
const RELATIVE_CLAUSE = /\b(?:which|that)\s+(?:was|were|has been|had been)\s+[^,.;]*/gi;

/** "signed in 2025", "hosted … last year": the year alone, when that is all a sentence says. */
export function yearOnly(text: string, articleYear?: number): DateInfo | undefined {
  const m = /\b(?:in|since|during|early|late|mid-?)\s*((?:19|20)\d\d)\b(?!\s*[–—-]\s*\d)/i.exec(text.replace(RELATIVE_CLAUSE, ''));
  if (m) return { provenance: 'resolved', year: Number(m[1]), basis: 'year stated' };
  const rel = /\b(last|this|next) year\b/i.exec(text);
  if (rel && articleYear) {
    const year = articleYear + { last: -1, this: 0, next: 1 }[rel[1]!.toLowerCase() as 'last' | 'this' | 'next'];
    return { provenance: 'resolved', year, basis: `"${rel[1]!.toLowerCase()} year" from the article year ${articleYear}` };
  }
  // ("in the fourth quarter", "in the second half of the year": of the article's year.)
  if (
    articleYear &&
    /\bin the (?:(?:first|second|third|fourth|last) quarter|(?:first|second) half)(?: of (?:this|the) year)?\b(?! of (?:next|last|\d))/i.test(
      text,
    )
  )
    return { provenance: 'resolved', year: articleYear, basis: `a part of the article year ${articleYear}` };
  const ago = YEARS_AGO.exec(text);
  if (ago && articleYear) {
    const n = YEAR_COUNTS[ago[1]!.toLowerCase()] ?? Number(ago[1]);
    return { provenance: 'resolved', year: articleYear - n, basis: `"${ago[0]}" from the article year ${articleYear}` };
  }
  return undefined;
}

/** "two years ago", "a year ago": a year counted back from the article's. */
const YEARS_AGO = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago\b/i;
const YEAR_COUNTS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** "Việt Nam hosted 12 delegations last year", "in 2024 the two sides…": an earlier year a sentence reports on. */
export function lookedBackOn(text: string, articleYear?: number): DateInfo | undefined {
  if (!articleYear) return undefined;
  if (/\blast year\b|\byears? ago\b/i.test(text))
    return yearOnly(text.replace(/\b(?:in|since|during|early|late|mid-?)\s*(?:19|20)\d\d\b/g, ''), articleYear);
  // ("the first visit after the election in 2024": a year after "after", "since" or "before" dates something else.)
  const own = text.replace(/\b(?:after|since|following|before)\b[^,.;]*/gi, '').replace(RELATIVE_CLAUSE, '');
  const m = /\b(?:in|during)\s+((?:19|20)\d\d)\b(?!\s*[–—-]\s*\d)/.exec(own);
  const year = m ? Number(m[1]) : undefined;
  return year && year < articleYear ? { provenance: 'resolved', year, basis: `the year the article looks back on, ${year}` } : undefined;
}

/**
 * "…, and X's visit to Buenos Aires last year", "the Crown Prince's visit, scheduled for next year": a year counted
 * from the article's that follows an event's words closely (`after`: the text from them) dates that event.
 */
export function countedYear(after: string, text: string, articleYear?: number, future = false): DateInfo | undefined {
  const close = /^(?:[^,;]|,\s+(?:scheduled|slated|planned|set|expected)\b){0,110}?\b(?:(?:last|next) year|years? ago)\b/i;
  if (close.test(after)) return yearOnly(text, articleYear);
  // ("the sixth retreat would take place in Việt Nam in 2030": a meeting still ahead, in the year stated after it.)
  const ahead = future ? /^[^;]{0,80}?\bin ((?:19|20)\d\d)\b/.exec(after) : null;
  return ahead && articleYear && Number(ahead[1]) >= articleYear ? yearOnly(after, articleYear) : undefined;
}
