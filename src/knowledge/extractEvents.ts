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
  let lastDate: DateInfo | undefined;
  passages.forEach((passage, pIndex) => {
    for (const s of splitSentences(passage.text)) {
      const kind = KINDS.find(([, re]) => re.test(s.text))?.[0];
      const mention = findDateMentions(s.text).find((m) => m.day || m.weekday !== undefined || (m.month && m.year) || (m.month && m.relativeYear !== undefined));
      const future = FUTURE.test(s.text);
      let date: DateInfo | undefined = mention ? resolveMention(mention, ref, s.text, { future }) : undefined;
      if (date && pIndex <= 1 && !leadDate && !future) leadDate = date;
      if (!kind) {
        if (date && !future) lastDate = date;
        continue;
      }
      const participants = people.filter((p) => p.mentions.some((m) => m.passageId === passage.id && m.sentence === s.text)).map((p) => p.key);
      const countries = [...new Set([
        ...gazetteer.find(s.text).map((m) => m.code),
        ...people.filter((p) => participants.includes(p.key)).map((p) => p.country).filter((c): c is string => Boolean(c)),
      ])].filter((c) => c !== 'VN');
      // An event needs someone or somewhere: "upcoming high-level visits" with neither is not one.
      if (participants.length === 0 && countries.length === 0) continue;
      if (future && !/\b(?:on|from)\s/.test(s.text)) continue;
      if (!date && /\bthe same day\b/i.test(s.text)) date = lastDate ?? leadDate;
      if (!date && pIndex <= 2) date = leadDate ?? article.date;
      if (!date) date = { provenance: 'unknown', basis: 'no date stated for this event' };
      if (!future && date.provenance !== 'unknown') lastDate = date;
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

function sameDay(a: DateInfo, b: DateInfo): boolean {
  return a.iso ? a.iso === b.iso : a.month === b.month && a.day === b.day && a.year === b.year;
}

/** One event per kind, day and people: later sentences about the same meeting add nothing new. */
function dedupe(events: ArticleEvent[]): ArticleEvent[] {
  const out: ArticleEvent[] = [];
  for (const e of events) {
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
