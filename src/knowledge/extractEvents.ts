import { findDateMentions, resolveMention, type DateRef } from '../corpus/dates.ts';
import type { Article, DateInfo, Passage } from '../corpus/types.ts';
import { splitSentences } from '../text/sentences.ts';
import type { ArticlePerson } from './articlePeople.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { EventKind } from './types.ts';

/** An event as read from one sentence, before people are merged across the corpus. */
export interface ArticleEvent {
  kind: EventKind;
  date: DateInfo;
  place?: string;
  participants: string[]; // article person keys
  countries: string[];
  passageId: string;
  quote: string;
}

// Most specific first: a "political consultation" is also "talks".
const KINDS: Array<[EventKind, RegExp]> = [
  ['political consultation', /\bpolitical consultations?\b/i],
  ['phone call', /\b(?:phone (?:talks?|call|conversation)|telephone (?:talks?|call|conversation)|phoned|by phone|held phone)\b/i],
  ['signing', /\b(?:signed|inked|signing ceremony)\b(?! the minutes)/i],
  ['reception', /\b(?:received|receives|receiving|hosted a reception|hosts a reception|reception (?:for|in honour)|welcomed|courtesy call|hosted|hosts)\b/i],
  ['talks', /\b(?:held talks|holds? talks|talks with|online talks|met with|meets?\b|met\b|meeting with|working session|co-chaired|co-chair)\b/i],
  ['visit', /\b(?:paid an? (?:\w+ ){0,2}(?:visit|trip)|(?:state|official|working) (?:visit|trip)|visit to|visiting|visits?\b|trip to|is on a visit)\b/i],
  ['statement', /\b(?:penned an article|article titled|in an interview|told the press|said in a statement)\b/i],
];

const FUTURE = /\b(?:will|upcoming|to be held|is expected to|next|plans? to|scheduled|soon)\b/i;
// A place after "in"/"at" that is a city or country: "in Hà Nội", "in Siem Reap, Cambodia", "in Warsaw".
const PLACE = /\b(?:in|at)\s+((?:\p{Lu}[\p{L}’'-]+)(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?:,\s*(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?))?/gu;
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Party|State|Government|National|Ministry|Vietnamese|Vietnam'?s?)\b/;

function placeIn(sentence: string, people: ArticlePerson[]): string | undefined {
  for (const m of sentence.matchAll(PLACE)) {
    const name = m[1]!;
    if (NOT_PLACES.test(name)) continue;
    if (/(?:Council|Committee|Ministry|Forum|Meeting|Summit|Conference|Congress|Assembly|Party|Union|Association|Organisation|Organization|Programme|Fund|Bank)\b/.test(name)) continue;
    if (people.some((p) => p.shortForms.some((f) => name.includes(f)))) continue;
    return m[2] ? `${name}, ${m[2]}` : name;
  }
  return undefined;
}

/** Events of one article: who met, received, called or visited whom, when, where, with which partners. */
export function extractEvents(
  article: Article,
  passages: Passage[],
  people: ArticlePerson[],
  partners: string[],
  gazetteer: Gazetteer,
): ArticleEvent[] {
  const ref: DateRef = article.date.iso ? { year: article.date.year!, iso: article.date.iso } : article.date.year ? { year: article.date.year } : {};
  const events: ArticleEvent[] = [];
  let leadDate: DateInfo | undefined;
  let lastEventDay: DateInfo | undefined;
  passages.forEach((passage, pIndex) => {
    for (const s of splitSentences(passage.text)) {
      const inSentence = people.filter((p) => p.mentions.some((m) => m.passageId === passage.id && m.sentence === s.text));
      const future = FUTURE.test(s.text);
      const listed = listedEvents(s.text);
      if (listed) {
        // "…events, including X's state visit in June last year, the phone talks in August, and Y's trip in
        // September": one past event per clause, each with its own date and people.
        for (const clause of listed) {
          const kind = KINDS.find(([, re]) => re.test(clause))?.[0];
          if (!kind) continue;
          const mention = findDateMentions(clause)[0];
          const date = mention ? resolveMention(mention, ref, clause) : yearOnly(clause, ref.year);
          const who = inSentence.filter((p) => p.shortForms.some((f) => clause.includes(f)));
          const countries = countriesOf(clause, who, gazetteer);
          if (!date || (who.length === 0 && countries.length === 0)) continue;
          events.push({ kind, date, participants: who.map((p) => p.key), countries: countries.length ? countries : partners, passageId: passage.id, quote: s.text });
        }
        continue;
      }
      const kind = KINDS.find(([, re]) => re.test(s.text))?.[0];
      const mention = findDateMentions(s.text).find((m) => m.day || m.weekday !== undefined || (m.month && m.year) || (m.month && m.relativeYear !== undefined));
      let date: DateInfo | undefined = mention ? resolveMention(mention, ref, s.text, { future }) : undefined;
      if (date && pIndex <= 1 && !leadDate && !future) leadDate = date;
      if (!kind) continue;
      const participants = inSentence.map((p) => p.key);
      const countries = countriesOf(s.text, inSentence, gazetteer);
      // An event needs someone or somewhere: "upcoming high-level visits" with neither is not one.
      if (participants.length === 0 && countries.length === 0) continue;
      if (future && !/\b(?:on|from)\s/.test(s.text)) continue;
      // "The same day" is the day of the last event told with its day, else the story's own day.
      if (!date && /\bthe same day\b/i.test(s.text)) date = lastEventDay ?? leadDate ?? article.date;
      // "last year" dates a past event even in the lead; a bare "in 2025" in the lead is usually a title or topic.
      if (!date && /\b(?:last|next) year\b/i.test(s.text)) date = yearOnly(s.text, ref.year);
      if (!date && pIndex <= 2) date = leadDate ?? article.date;
      date ??= yearOnly(s.text, ref.year);
      if (!date) {
        // Without a date or a named person, a sentence only talks about some meeting ("his visit took place…").
        if (participants.length === 0) continue;
        date = { provenance: 'unknown', basis: 'no date stated for this event' };
      }
      if (!future && date.day) lastEventDay = date;
      const place = placeIn(s.text, people) ?? (kind === 'visit' ? undefined : pIndex <= 1 ? article.place : undefined);
      events.push({
        kind,
        date,
        ...(place ? { place } : {}),
        participants,
        countries: countries.length ? countries : partners,
        passageId: passage.id,
        quote: s.text,
      });
    }
  });
  return dedupe(events);
}

/** Partner countries named in a text or by the people in it; Việt Nam is implied. */
function countriesOf(text: string, who: ArticlePerson[], gazetteer: Gazetteer): string[] {
  const named = gazetteer.find(text).map((m) => m.code);
  const theirs = who.map((p) => p.country).filter((c): c is string => Boolean(c));
  return [...new Set([...named, ...theirs])].filter((c) => c !== 'VN');
}

/** The clauses of a list of past events ("including A in June, B in August, and C"), or undefined. */
function listedEvents(sentence: string): string[] | undefined {
  const at = /\b(?:including|such as)\b/i.exec(sentence);
  if (!at) return undefined;
  const clauses = sentence.slice(at.index + at[0].length).split(/,\s*(?:and\s+)?|;\s*/).filter((c) => c.trim());
  const withKind = clauses.filter((c) => KINDS.some(([, re]) => re.test(c)));
  return withKind.length >= 2 ? clauses : undefined;
}

/** "signed in 2025", "hosted … last year": the year alone, when that is all a sentence says. */
function yearOnly(text: string, articleYear?: number): DateInfo | undefined {
  const m = /\b(?:in|since|during)\s+((?:19|20)\d\d)\b(?!\s*[–—-]\s*\d)/.exec(text);
  if (m) return { provenance: 'resolved', year: Number(m[1]), basis: 'year stated' };
  const rel = /\b(last|this|next) year\b/i.exec(text);
  if (rel && articleYear) {
    const year = articleYear + { last: -1, this: 0, next: 1 }[rel[1]!.toLowerCase() as 'last' | 'this' | 'next'];
    return { provenance: 'resolved', year, basis: `"${rel[1]!.toLowerCase()} year" from the article year ${articleYear}` };
  }
  return undefined;
}

function sameDay(a: DateInfo, b: DateInfo): boolean {
  return a.iso ? a.iso === b.iso : a.month === b.month && a.day === b.day && a.year === b.year;
}

/** One event per kind, day and people: later sentences about the same meeting add nothing new. */
function dedupe(events: ArticleEvent[]): ArticleEvent[] {
  const out: ArticleEvent[] = [];
  for (const e of events) {
    // A later undated sentence about the same people ("Hằng and Rudenko reaffirmed…") is the same meeting.
    const undatedTwin = e.date.provenance === 'unknown' && e.participants.length > 0
      ? out.find((o) => e.participants.every((p) => o.participants.includes(p)))
      : undefined;
    if (undatedTwin) continue;
    const twin = out.find((o) => (o.kind === e.kind || (o.kind !== 'visit' && e.kind === 'talks')) && sameDay(o.date, e.date) && (e.participants.length === 0 || e.participants.every((p) => o.participants.includes(p)) || o.participants.every((p) => e.participants.includes(p))));
    if (twin) {
      for (const p of e.participants) if (!twin.participants.includes(p)) twin.participants.push(p);
      twin.place ??= e.place;
      continue;
    }
    out.push(e);
  }
  return out;
}
