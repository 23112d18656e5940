import { MONTH_NAMES, WEEKDAY_NAMES } from '../corpus/dates.ts';
import type { ArticlePerson } from './articlePeople.ts';
import { ROLE_WORDS } from './lexicon.ts';
import { fold } from '../text/fold.ts';

// A place after "in"/"at" that is a city or country: "in Hà Nội", "in Siem Reap, Cambodia", "in Warsaw".
const PLACE = /\b(?:in|at)\s+((?:\p{Lu}[\p{L}’'-]+)(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?:,\s*(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?))?/gu;
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const NOT_PLACES = new RegExp(
  `^(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].map(capitalised).join('|')}|The|This|That|Party|State|Government|National|Ministry|Vietnamese|Vietnam'?s?)\\b`,
);

/** The city or country an event sentence says it happened in, not a person's name or an institution. */
export function placeIn(sentence: string, people: ArticlePerson[]): string | undefined {
  for (const m of sentence.matchAll(PLACE)) {
    const name = m[1]!;
    if (NOT_PLACES.test(name)) continue;
    if (
      /(?:Council|Committee|Ministry|Forum|Meeting|Summit|Conference|Congress|Assembly|Party|Union|Association|Organisation|Organization|Programme|Fund|Bank)\b/.test(
        name,
      )
    )
      continue;
    if (people.some((p) => p.shortForms.some((f) => name.includes(f)))) continue;
    // ("in Ha Noi, Comrade Tran Cam Tu received…": what follows the comma is a title, not the country.)
    const country = m[2] && !ROLE_WORDS.has(fold(m[2].split(' ')[0]!)) ? m[2] : undefined;
    return country ? `${name}, ${country}` : name;
  }
  return undefined;
}
