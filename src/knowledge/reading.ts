import type { DateRef } from '../corpus/dates.ts';
import type { Article, DateInfo } from '../corpus/types.ts';
import type { ArticlePerson } from './articlePeople.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Discourse } from './peopleReferredTo.ts';
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
  /** One of a list of past events by country ("visits by the Presidents of France and Hungary"): no one else's. */
  listed?: boolean;
  /** A meeting the sides agreed to hold: its people are not known yet. */
  planned?: boolean;
}

/** What the reading of one article carries from sentence to sentence. */
export interface Reading {
  article: Article;
  ref: DateRef;
  people: ArticlePerson[];
  partners: string[];
  gazetteer: Gazetteer;
  events: ArticleEvent[];
  discourse: Discourse;
  /** The first day the lead states: the story's own day. */
  leadDate?: DateInfo;
  /** The year the story reviews ("2025: a year of milestones", "In 2025, …" as its lead): lists dated by it. */
  reviewYear?: DateInfo;
  /** The day a photo caption gives the people of the story ("X and Y in Canberra on April 13"), when the lead gives none. */
  captionDay?: DateInfo;
  /** The day of the last event told with its day, for "the same day". */
  lastEventDay?: DateInfo;
  /**
   * The date of the deed the clause before told, while a clause that starts with its verb is read ("he paid a
   * courtesy call on X on Monday and met with Y": Y was met the same day).
   */
  seriesDate?: DateInfo;
  /** Sentences read so far, and the sentence the last event was told in. */
  sentences: number;
  toldAt?: number;
  /** A past year the last sentence looked back on ("hosted 12 delegations last year"), until a sentence gives a day. */
  lookingBack?: DateInfo;
}

/** The story's own day: the lead's, else a caption's, else the article's date. */
export const storyDay = (r: Reading): DateInfo => r.leadDate ?? r.captionDay ?? r.article.date;

/** The latest event of these kinds told with a date. */
export const lastOf = (r: Reading, kinds: EventKind[]) =>
  [...r.events].reverse().find((e) => kinds.includes(e.kind) && e.date.provenance !== 'unknown');

/** Partner countries named in a text or by the people in it; Việt Nam is implied. */
export function countriesOf(text: string, who: ArticlePerson[], gazetteer: Gazetteer): string[] {
  const named = gazetteer.find(text).map((m) => m.code);
  const theirs = who.map((p) => p.country).filter((c): c is string => Boolean(c));
  return [...new Set([...named, ...theirs])].filter((c) => c !== 'VN');
}

/** Whether the last event told is a visit still ahead, dated, whose visitor this sentence names. */
export function withinUpcomingVisit(r: Reading, who: ArticlePerson[]): boolean {
  const visit = r.events.at(-1);
  return Boolean(
    visit?.kind === 'visit' &&
    r.ref.iso &&
    visit.date.iso &&
    visit.date.iso > r.ref.iso &&
    who.some((p) => visit.participants.includes(p.key)),
  );
}

/** Whether a date lies in a month (or year) before the story's own: something recalled, not told as news. */
export function beforeStory(r: Reading, date: DateInfo | undefined): boolean {
  if (!date?.year || !r.ref.year) return false;
  const month = r.ref.iso ? Number(r.ref.iso.slice(5, 7)) : undefined;
  return date.year < r.ref.year || (date.year === r.ref.year && Boolean(date.month && month && date.month < month));
}
