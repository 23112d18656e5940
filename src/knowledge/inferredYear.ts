import type { Passage } from '../corpus/types.ts';
import { anniversarySpan } from '../corpus/dates.ts';

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const count = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
const YEAR = String.raw`((?:19|20)\d\d)`;

/**
 * The year of a story whose date line is missing, when its own words settle it:
 * - "the first visit … in 19 years, following the 2006 visit" (2006 + 19),
 * - "celebrate the 30th anniversary of their diplomatic relations, set up in 1992" (1992 + 30),
 * - "the 55th anniversary (1971–2026)".
 * Only a celebration told as present counts ("as the two countries celebrate", "this year marks"), and clues that
 * disagree settle nothing. Returns the year and the words it rests on.
 */
export function inferredYear(passages: Passage[]): { year: number; basis: string } | undefined {
  const found = new Map<number, string>();
  for (const p of passages) {
    for (const s of p.text.split(/(?<=[.!?])\s+/)) {
      const clue = yearClue(s);
      if (clue && !found.has(clue.year)) found.set(clue.year, clue.basis);
    }
  }
  const [only, ...others] = [...found];
  return only && others.length === 0 ? { year: only[0], basis: only[1] } : undefined;
}

function yearClue(sentence: string): { year: number; basis: string } | undefined {
  const gap = new RegExp(
    String.raw`\bin\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b[^.;]{0,30}?\b(?:following|since|after)\b[^.;]{0,30}?\b${YEAR}\b`,
    'i',
  ).exec(sentence);
  if (gap) return clue(Number(gap[2]) + count(gap[1]!), gap[0]);
  const span = anniversarySpan(sentence);
  if (span) return clue(span.to, `anniversary ${span.from}–${span.to}`);
  const anniversary = new RegExp(
    String.raw`\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b[^.;]{0,80}?\b(?:established|set up|forged|founded|signed|since)\b[^.;]{0,12}?\b(?:in\s+)?${YEAR}\b`,
    'i',
  ).exec(sentence);
  if (anniversary && /\b(?:celebrat\w*|mark(?:s|ing)?|this year|as the two)\b/i.test(sentence))
    return clue(Number(anniversary[2]) + Number(anniversary[1]), anniversary[0]);
  return undefined;
}

function clue(year: number, words: string): { year: number; basis: string } | undefined {
  return year >= 1900 && year <= 2100 ? { year, basis: `year inferred from "${words}"` } : undefined;
}
