import { findDateMentions, namesATime, resolveMention, type DateMention, type DateRef } from '../corpus/dates.ts';
import type { Article, DateInfo, Passage } from '../corpus/types.ts';
import { namedIn, type ArticlePerson } from './articlePeople.ts';
import { pastYear, yearOnly } from './eventYear.ts';
import { kindsIn, type KindFound } from './kindsIn.ts';
import { lastOf, storyDay, type Reading } from './reading.ts';

/** A nominal visit that names its visitor: "Le's ongoing visit", "his visit to the country", "visits by President X". */
export const VISITOR_NAMED =
  /(?:\p{Lu}[\p{L}-]+[’']s|\b(?:his|her)|\bdelegation[’']s)\s+(?:[\w-]+\s+){0,3}(?:visits?|trip)\b|\b(?:visits?|trip)\s+(?:\w+\s+){0,4}by\s+\p{Lu}/u;
/** Phrases that place what a sentence tells inside an event already told ("On the sidelines, X met…" too). */
export const DURING =
  /\b(?:during(?! which)|on the occasion of|on the sidelines(?= of\b|,)|within the framework of|as part of|at the (?:event|meeting|talks|reception))\b/i;
const DAYS_LATER =
  /\b(?:(\d|one|two|three|four|five|six)\s+days\s+later|the\s+(?:next|following)\s+day|a\s+day\s+later|(the\s+previous\s+(?:day|evening|night)|the\s+(?:day|evening|night)\s+before|a\s+day\s+earlier)|(\d|two|three|four|five|six)\s+days\s+earlier)\b/i;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
/** Days from the event told before that a DAYS_LATER match counts: "two days later" 2, "the day before" -1. */
const daysCounted = (m: RegExpExecArray): number =>
  m[3] ? -(NUMBER_WORDS[m[3].toLowerCase()] ?? Number(m[3])) : m[2] ? -1 : m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
function daysAfter(day: DateInfo, n: number): DateInfo {
  const d = new Date(`${day.iso!}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  const iso = d.toISOString().slice(0, 10);
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  const basis = n < 0 ? `${-n} day(s) before the event told before, ${day.iso}` : `${n} day(s) after the event told before, ${day.iso}`;
  return { provenance: 'resolved', iso, year, month, day: date, basis };
}
const SAME_DAY =
  /\bthe same (?:day|morning|afternoon|evening)\b|\b(?:earlier|later) (?:in )?(?:the|that) day\b|^(?:They|He|She|The two \w+) (?:later|then)\b|^(?:Following|After) (?:the|this) (?:ceremony|welcome ceremony|welcoming ceremony|reception|talks|meeting|signing)\b/i;

/** The year a story reviews: its own year, named in its headline or at the head of its lead. */
export function reviewedYear(article: Article, passages: Passage[], ref: DateRef): DateInfo | undefined {
  if (!ref.year) return undefined;
  const y = String(ref.year);
  const lead = passages[0]?.text ?? '';
  const reviews = new RegExp(`\\b${y}\\b`).test(article.title) || new RegExp(`^(?:\\S+ \\(\\w+\\) [–—-] )?In ${y},`).test(lead);
  return reviews ? { provenance: 'resolved', year: ref.year, basis: `the year the article reviews, ${y}` } : undefined;
}

/** The day a caption names one of the story's people on ("X and Y in Canberra on April 13"). */
export function dayOfCaptions(captions: string[], people: ArticlePerson[], ref: DateRef): DateInfo | undefined {
  for (const c of captions) {
    const m = findDateMentions(c).find((x) => x.day || x.weekday !== undefined || x.daysFromRef !== undefined);
    if (m && people.some((p) => namedIn(p, c))) {
      const day = resolveMention(m, ref, c);
      if (day.day) return { ...day, basis: `${day.basis} (photo caption)` };
    }
  }
  return undefined;
}

/** The date of an event whose clause states none, from what the article told before, most specific first. */
export function dateFromContext(
  r: Reading,
  pIndex: number,
  found: KindFound,
  text: string,
  participants: string[],
  future: boolean,
): DateInfo | undefined {
  const past = pastYear(text, found.kind);
  if (past) return past;
  // "On the same day", "Following the ceremony, …": the day of the event just told, more precise than its frame;
  // "two days later", "the next day": counted from it.
  if (SAME_DAY.test(text) && r.lastEventDay) return r.lastEventDay;
  const later = DAYS_LATER.exec(text);
  if (later && r.lastEventDay?.iso) return daysAfter(r.lastEventDay, daysCounted(later));
  // "During the visit, …" and "on the sidelines of…" happen within the event told before.
  if (DURING.test(text)) {
    // The visit of these people, when several were told ("following the 2006 visit by the King" is not this one).
    // ("On the sidelines, X met…" names no event: the one the story is about, told first.)
    const told = r.events.filter((e) => (e.kind === 'visit' || e.kind === 'conference') && e.date.provenance !== 'unknown');
    const frames = /\bon the sidelines,/i.test(text) ? told : told.reverse();
    const frame =
      frames.find((e) => participants.some((p) => e.participants.includes(p))) ??
      frames[0] ??
      lastOf(r, ['talks', 'reception', 'political consultation']);
    if (frame) return frame.date;
  }
  // ("He was last in Việt Nam for the APEC summit in 2017": a year gone by, stated, is no part of the trip told.)
  // (Not a year after "after", "since", "before": "the first visit after the election in 2024".)
  const pastStated = yearOnly(text.replace(/\b(?:after|since|following|before)\b[^,.;]*/gi, ''), r.ref.year);
  if (pastStated?.year && r.ref.year && pastStated.year < r.ref.year && !future) return pastStated;
  // "The Vietnamese official also attended…": someone on a trip told before acts within that trip.
  const trip = lastOf(r, ['visit']);
  if (trip && participants.some((p) => trip.participants.includes(p))) {
    // (A meeting still ahead within a visit of several days: on one of them, which the story does not say.)
    if (future && trip.date.endDay && trip.date.year && trip.date.month)
      return { provenance: 'resolved', year: trip.date.year, month: trip.date.month, basis: `during the visit from ${trip.date.iso}` };
    return trip.date;
  }
  // "His visit to the country took place…": the visit the article is about, on the article's own date.
  // Unless the article is looking back on an earlier year: then that year's.
  if (!found.verbal && found.kind === 'visit' && VISITOR_NAMED.test(text) && !future) return r.lookingBack ?? storyDay(r);
  // ("…'s visit, scheduled for next year": the year it says, else the article's.)
  if (future && found.kind === 'visit' && r.ref.year)
    return (
      yearOnly(text, r.ref.year) ?? {
        provenance: 'resolved',
        year: r.ref.year,
        basis: `an upcoming visit, the article's year ${r.ref.year}`,
      }
    );
  // ("the same day" with no day told before: the story's; with one, SAME_DAY above has answered.)
  if (/\bthe same day\b/i.test(text)) return storyDay(r);
  const year = yearOnly(text, r.ref.year);
  // "last year", "next year"; an event still ahead is not on the day the story leads with: the year it is slated for.
  if (year && (future || /\b(?:last|next) year\b|\byears? ago\b/i.test(text))) return year;
  // ("The two sides signed the agreement in 2012": a year of its own, not the story's day.)
  if (year?.year && r.ref.year && year.year < r.ref.year) return year;
  // A review of the year dates what it tells without a day by that year, not by the day it was published.
  if (r.reviewYear) return r.reviewYear;
  if (pIndex <= 2) return storyDay(r);
  return year;
}

/**
 * The date mention that belongs to an event: the first told after the words that name it and before those of another
 * event ("received by the King on July 1, as part of his state visit from June 30 to July 2": the visit is the range),
 * else the last before them.
 */
export function ownMention(text: string, found: KindFound): DateMention | undefined {
  // ("the forum, which runs until January 24": when it ends, not when the event told was.)
  // (Nor "…, Japanese media reported on Monday": when it was told.)
  const told = /\b(?:until|till)\s+$|\b(?:reported|announced|said|told|confirmed|stated)\s+(?:\w+\s+){0,3}$/i;
  const times = findDateMentions(text).filter((m) => namesATime(m) && !told.test(text.slice(0, m.index)));
  // ("The meeting followed the PM's visit in October 2024": a date after another event's words is that event's.)
  // ("will hold talks and co-chair the 48th meeting on Monday": deeds joined by "and" share the date after both.)
  const joined = (at: number) => /^\S+(?:\s+\S+)?\s+and\s+(?:\S+\s+){0,2}$/.test(text.slice(found.at, at));
  const next = Math.min(...kindsIn(text).flatMap((k) => (k.at > found.at && !joined(k.at) ? [k.at] : [])));
  return times.find((m) => m.index >= found.at && m.index < next) ?? times.filter((m) => m.index < found.at).at(-1);
}

/**
 * "On Monday, X received Y, who came for the Joint Committee, which the two co-chaired the next day": a day counted,
 * after the event's own words, from the day the sentence told before them.
 */
export function countedOn(date: DateInfo, mention: DateMention, text: string, found: KindFound): DateInfo {
  if (mention.index >= found.at || !date.iso || !DAYS_LATER.test(text.slice(found.at))) return date;
  // (Only up to the next event's words: "received Y on Monday; they will hold talks the next day" is the talks'.)
  const next = Math.min(text.length, ...kindsIn(text).flatMap((k) => (k.at > found.at ? [k.at] : [])));
  const later = DAYS_LATER.exec(text.slice(found.at, next));
  if (!later) return date;
  return daysAfter(date, daysCounted(later));
}

/**
 * "met twice, in Hanoi in April and in Kuala Lumpur in November": one event per time told after the verb, each read
 * from its own date; any other event once.
 */
export function repeated(found: KindFound, clause: string): KindFound[] {
  // ("attended the 46th and 47th Summits in May and October respectively": one per month too.)
  if (!found.verbal || !/\b(?:twice|three times|on (?:two|three) occasions|respectively)\b/i.test(clause)) return [found];
  const times = findDateMentions(clause).filter((m) => namesATime(m) && m.index > found.at);
  return times.length >= 2 ? times.map((m) => ({ ...found, at: m.index })) : [found];
}

/**
 * "wrapped up a week-long trip to Australia and New Zealand on Sunday": the day a visit ended is not the day it
 * began; the month is all that is sure (a day told for its start elsewhere in the story is merged in later).
 */
export function endOfVisit(date: DateInfo, text: string, found: KindFound): DateInfo {
  if (found.kind !== 'visit' || !date.day || date.endDay || !date.year || !date.month) return date;
  const ended = /\b(?:wrapped up|wrapping up|wraps up|concluded|concluding|concludes|ended|wound up)\b[^.;]{0,60}$/i;
  if (!ended.test(text.slice(0, found.at))) return date;
  return { provenance: date.provenance, year: date.year, month: date.month, basis: `the month the visit ended (${date.iso})` };
}

/**
 * "…concluded his visit in Hồ Chí Minh City on Wednesday, where he met X": a clause of place takes the day the
 * sentence told before it.
 */
export function dayBeforeWhere(r: Reading, sentence: string, clause: string): DateInfo | undefined {
  if (!/^where\b/i.test(clause)) return undefined;
  const before = sentence.slice(0, Math.max(0, sentence.indexOf(clause)));
  const m = findDateMentions(before)
    .filter((x) => x.day || x.weekday !== undefined || x.daysFromRef !== undefined)
    .at(-1);
  const day = m ? resolveMention(m, r.ref, before) : undefined;
  return day?.day ? day : undefined;
}
