import { findDateMentions, namesATime, resolveMention, type DateMention, type DateRef } from '../corpus/dates.ts';
import type { Article, DateInfo, Passage } from '../corpus/types.ts';
import { splitSentences } from '../text/sentences.ts';
import type { ArticlePerson } from './articlePeople.ts';
import { lookedBackOn, pastYear, RECALLED, yearOnly } from './eventYear.ts';
import { inferredYear } from './inferredYear.ts';
import { kindsIn, type KindFound } from './kindsIn.ts';
import { listedByCountry, listedEvents } from './listedEvents.ts';
import { mergeEvents } from './mergeEvents.ts';
import { placeIn } from './placeIn.ts';
import { peopleReferredTo, type Discourse } from './peopleReferredTo.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { EventKind } from './types.ts';
import { sentBy, visitorOf } from './visitorOf.ts';

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

/** A wish or proposal, not a deed: "expressed its desire to sign", "proposed to hold". */
const PLAN =
  /\b(?:desire|wish(?:es)?|wants?|hopes?|hoped|intends?|ready|willing|proposed|suggested|asked|urged|called for|looks? forward|agreed|invited)\s+(?:\w+\s+){0,2}to\b/i;
const FUTURE =
  /\b(?:will|would|upcoming|to be held|is expected to|next|plans? to|scheduled|slated|soon|agreed to hold|hope to hold|look(?:s|ed)? forward to)\b/i;
/** A deed told in the past: "met with", "held talks", "received". A later "upcoming" is what they discussed. */
const PAST_DEED = /\b(?:met|held|received|visited|signed|attended|paid|hosted|co-chaired|chaired|welcomed|talked|spoke|phoned|worked)\b/;
/** Whether a text tells of an event still ahead: a future cue not preceded by a deed told in the past. */
function isFuture(text: string): boolean {
  const cue = FUTURE.exec(text);
  if (!cue) return false;
  const deed = PAST_DEED.exec(text);
  return !(deed && deed.index < cue.index && !/\b(?:will|would|to)\s+$/.test(text.slice(0, deed.index)));
}
/** A sentence about an event rather than a report of one: its aims, meaning or success, or what comes before it. */
const ABOUT_AN_EVENT = new RegExp(
  [
    String.raw`\b(?:visits?|trip|talks|meeting)\s+(?:\w+\s+){0,2}(?:aims?|aimed|is aimed|would|is expected|are expected|is of|are of|marks?|demonstrates?|reflects?|shows?|affirms?|creates?|opens?|contributes?|helps?|is an?|was an?|will (?:create|help|contribute|open|further|deepen|strengthen|mark|be))\b`,
    String.raw`\b(?:significance|success|outcomes?|results?|importance|purpose|objectives?|achievements?) of (?:the|this|that|his|her|their) (?:\w+\s+){0,2}(?:visits?|trip|talks|meeting)\b`,
    String.raw`\b(?:ahead of|prior to|on the eve of|in preparation for|preparations? for|to prepare for)\s+(?:the|this|his|her|their|an?)\s+(?:\w+\s+){0,3}(?:visits?|trip|talks|meeting)\b`,
    String.raw`\b(?:hailed|praised|welcomed|appreciated|valued)\s+(?:the|this|his|her)\s+(?:\w+\s+){0,2}(?:visits?|trip)\b`,
    String.raw`\binterview\b`,
  ].join('|'),
  'i',
);
/** "At the meeting, …", "During the talks, …": what follows happened inside the event just told. */
const AT_THE_EVENT =
  /^(?:(?:(?:Speaking|Talking) )?(?:At|During|In) (?:the|their|this|that) (?:meeting|talks|reception|event|session|working session|call|phone talks|phone call|conversation|consultation|banquet|dinner|luncheon|ceremony)\b|(?:The|This) (?:meeting|talks|session|consultation|dialogue|event|ceremony) (?:was|were) (?:co-chaired|chaired|attended|led|hosted)\b)/i;
/** A nominal visit that names its visitor: "Le's ongoing visit", "his visit to the country", "visits by President X". */
const VISITOR_NAMED =
  /(?:\p{Lu}[\p{L}-]+[’']s|\b(?:his|her)|\bdelegation[’']s)\s+(?:[\w-]+\s+){0,3}(?:visits?|trip)\b|\b(?:visits?|trip)\s+(?:\w+\s+){0,4}by\s+\p{Lu}/u;
/** "The Egyptian President's visit", "the Lao Prime Minister's trip": a visitor the article does not name. */
const UNNAMED_VISITOR =
  /\bthe\s+(?:[\p{Lu}][\p{L}-]+\s+){0,2}(?:President|Prime Minister|King|Queen|Emperor|Chancellor|Premier|leader|Minister|Foreign Minister)[’']s\s+(?:[\w-]+\s+){0,3}(?:visits?|trip)\b/u;
/** Phrases that place what a sentence tells inside an event already told. */
const DURING =
  /\b(?:during(?! which)|on the occasion of|on the sidelines of|within the framework of|as part of|at the (?:event|meeting|talks|reception))\b/i;
const DAYS_LATER = /\b(?:(\d|one|two|three|four|five|six)\s+days\s+later|the\s+(?:next|following)\s+day)\b/i;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
function daysAfter(day: DateInfo, n: number): DateInfo {
  const d = new Date(`${day.iso!}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  const iso = d.toISOString().slice(0, 10);
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  return { provenance: 'resolved', iso, year, month, day: date, basis: `${n} day(s) after the event told before, ${day.iso}` };
}
/** "The Finnish President is scheduled to meet…", "He will visit…": the subject is the one the plan is for. */
const SUBJECT_WILL =
  /^[^,;]{0,80}?\b(?:will|is|are)\s+(?:(?:scheduled|expected|set|due|slated)\s+to\s+)?(?:meet|hold|visit|pay|attend|receive|co-chair|chair|sign|travel)\b/i;
const SAME_DAY =
  /\bthe same (?:day|morning|afternoon|evening)\b|\b(?:earlier|later) (?:in )?(?:the|that) day\b|^(?:They|He|She|The two \w+) (?:later|then)\b|^(?:Following|After) (?:the|this) (?:ceremony|welcome ceremony|welcoming ceremony|reception|talks|meeting|signing)\b/i;
/** How many sentences after a people-less event its speakers are still taken for its participants. */
const SPEAKERS_WITHIN = 3;
const DURING_THE_VISIT =
  /\b(?:during(?! which)|on the occasion of|within the framework of|as part of)\s+(?:the|his|her|their|this)\s+(?:[\w-]+\s+){0,2}(?:visit|trip)\b/i;
/** What the reading of one article carries from sentence to sentence. */
interface Reading {
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
  /** Sentences read so far, and the sentence the last event was told in. */
  sentences: number;
  toldAt?: number;
  /** A past year the last sentence looked back on ("hosted 12 delegations last year"), until a sentence gives a day. */
  lookingBack?: DateInfo;
}

/**
 * Events of one article: who met, received, called, visited or attended what, when, where, with which partners.
 * Read sentence by sentence with what came before: "He also met…" names the last subject, "the two ministers" the
 * people of the main event, "during the visit" the visit's date; a mention of an event already told adds to it.
 */
export function extractEvents(
  article: Article,
  passages: Passage[],
  people: ArticlePerson[],
  partners: string[],
  gazetteer: Gazetteer,
): ArticleEvent[] {
  // A story without a year of its own is read against the year its words settle, if they do.
  const inferred = article.date.year ? undefined : inferredYear(passages);
  const ref: DateRef = article.date.iso
    ? { year: article.date.year!, iso: article.date.iso }
    : article.date.year
      ? { year: article.date.year }
      : inferred
        ? { year: inferred.year, yearBasis: inferred.basis }
        : {};
  const r: Reading = { article, ref, people, partners, gazetteer, events: [], discourse: { subjects: [], main: [] }, sentences: 0 };
  const reviewYear = reviewedYear(article, passages, ref);
  if (reviewYear) r.reviewYear = reviewYear;
  const captionDay = dayOfCaptions(article.captions, people, ref);
  if (captionDay) r.captionDay = captionDay;
  passages.forEach((passage, pIndex) => {
    for (const s of splitSentences(passage.text)) {
      const named = people.filter((p) => p.mentions.some((m) => m.passageId === passage.id && m.sentence === s.text));
      const before = r.events.length;
      readSentence(r, passage, pIndex, s.text, named);
      if (r.events.length > before) r.toldAt = r.sentences;
      r.sentences++;
      remember(r.discourse, named, s.text);
    }
  });
  return mergeEvents(r.events, people, gazetteer);
}

/** The events one sentence tells, added to the reading. */
function readSentence(r: Reading, passage: Passage, pIndex: number, text: string, named: ArticlePerson[]): void {
  const future = isFuture(text);
  const mention = findDateMentions(text).find(
    (m) =>
      m.day ||
      m.weekday !== undefined ||
      m.daysFromRef !== undefined ||
      m.monthsFromRef !== undefined ||
      (m.month && (m.year || m.relativeYear !== undefined || m.lastNamed)),
  );
  const stated: DateInfo | undefined = mention ? resolveMention(mention, r.ref, text, { future }) : undefined;
  if (stated && pIndex <= 1 && !r.leadDate && !future) r.leadDate = stated;
  const who = [...new Set([...named, ...peopleReferredTo(text, named, r.people, r.discourse, r.gazetteer)])];
  if (stated?.day) r.lookingBack = undefined;
  else r.lookingBack = lookedBackOn(text, r.ref.year) ?? r.lookingBack;
  const byList = listedByCountry(text, r.ref, r.gazetteer, {
    names: r.people.flatMap((p) => [p.name, ...p.shortForms]),
    ...(r.reviewYear ? { year: r.reviewYear } : {}),
  });
  if (byList.length) {
    // "…last year, including visits by the King of Belgium, the Presidents of France and Hungary…": one past
    // visit per country listed, dated by the sentence.
    for (const e of byList) r.events.push({ ...e, participants: [], passageId: passage.id, quote: text, listed: true });
    return;
  }
  const listed = listedEvents(text);
  if (listed) return readList(r, passage, text, listed, who);
  const kinds = kindsIn(text);
  if (!kinds.length) {
    // "The Ministry hosted a banquet…. Foreign Minister Park Jin said…": an event told with no one named gains the
    // officials who speak in the sentences right after it, before any other event is told.
    const last = r.events.at(-1);
    // (Not a meeting still to be held: who speaks of it is not its people.)
    if (last && last.participants.length === 0 && !last.listed && !last.planned && r.sentences - (r.toldAt ?? -9) <= SPEAKERS_WITHIN) {
      for (const p of named) if (p.role && !last.participants.includes(p.key)) last.participants.push(p.key);
    }
    // "The Saudi co-chair, Minister X, agreed": a co-chair of the meeting just told is one of its people.
    const chaired = /\bco-chair\b/i.test(text) ? [...r.events].reverse().find((e) => e.kind === 'political consultation') : undefined;
    if (chaired) for (const p of named) if (!chaired.participants.includes(p.key)) chaired.participants.push(p.key);
    return;
  }
  if (AT_THE_EVENT.test(text) && atTheEvent(r, passage, text, who)) return;
  // A plan without a date is not an event, unless it names who goes where ("the upcoming visits by X to Y").
  if (future && !stated && !yearOnly(text, r.ref.year) && !(VISITOR_NAMED.test(text) && /\bto\s+\p{Lu}/u.test(text))) return;
  readClauses(r, passage, pIndex, text, named, who, kinds);
}

/**
 * "At the meeting, Hằng expressed her pleasure at meeting Solbakken again": the same meeting gains the sentence's
 * people. "Speaking at the talks, President X said the visit by President Y…", with no talks told yet: those talks,
 * on the story's day. False when the sentence is to be read as any other.
 */
function atTheEvent(r: Reading, passage: Passage, text: string, who: ArticlePerson[]): boolean {
  const { told, kind } = eventNamedBy(r, text);
  if (told) {
    for (const p of who) if (!told.participants.includes(p.key)) told.participants.push(p.key);
    return true;
  }
  if (!kind || who.length < 2 || !/^(?:Speaking|Talking) /i.test(text)) return false;
  const countries = countriesOf(text, who, r.gazetteer);
  const date = r.lastEventDay ?? storyDay(r);
  r.events.push({ kind, date, participants: who.map((p) => p.key), countries, passageId: passage.id, quote: text });
  return true;
}

/** The events of a sentence's clauses, each with the people of its own clause. */
function readClauses(
  r: Reading,
  passage: Passage,
  pIndex: number,
  text: string,
  named: ArticlePerson[],
  who: ArticlePerson[],
  kinds: KindFound[],
): void {
  // "…when he met the two leaders on Friday in Vientiane, where he is attending the ASEAN meeting": two events,
  // each with the people of its own clause (the sentence's subject when a clause names no one).
  const clauses = clausesOf(text);
  const subject = subjectOf(named, text);
  for (const clause of clauses) {
    const clauseKinds = clauses.length === 1 ? kinds : kindsIn(clause);
    if (!clauseKinds.length) continue;
    // Within one sentence, "he" in a later clause is the sentence's own subject.
    const clauseNamed = named.filter((p) => [p.name, ...p.shortForms].some((f) => clause.includes(f)));
    const clauseDiscourse = subject ? { ...r.discourse, subjects: [...r.discourse.subjects, subject] } : r.discourse;
    const inClause =
      clauses.length === 1
        ? who
        : [...new Set([...clauseNamed, ...peopleReferredTo(clause, clauseNamed, r.people, clauseDiscourse, r.gazetteer)])];
    // "…received X, who is on a visit…": the relative clause is about the person named just before it.
    const antecedent = /^who\b/i.test(clause) ? antecedentOf(r, named, text.slice(0, text.indexOf(clause))) : undefined;
    // ("…, and the two foreign ministers met…": a clause with a subject of its own does not borrow the sentence's.)
    const ownSubject = /^(?:and\s+)?(?:the two|both)\b/i.test(clause);
    const clauseWho = antecedent ? [antecedent] : inClause.length ? inClause : subject && !ownSubject ? [subject] : [];
    const unnamed = countriesOf(clause, [], r.gazetteer).length === 0 && countriesOf(text, who, r.gazetteer).length === 0;
    if (clauseWho.length === 0 && unnamed && !ownSubject) continue;
    for (const found of clauseKinds) {
      for (const each of repeated(found, clause)) {
        const event = eventOf(r, passage, pIndex, each, clause, text, clauseWho);
        if (!event) continue;
        r.events.push(event);
        if (event.participants.length >= 2 && !r.discourse.main.length) r.discourse.main = clauseWho;
      }
    }
  }
}

/**
 * "…including X's state visit in June last year, the phone talks in August, and Y's trip in September": one past
 * event per clause, each with its own date and people.
 */
function readList(r: Reading, passage: Passage, text: string, listed: string[], who: ArticlePerson[]): void {
  for (const clause of listed) {
    const kind = kindsIn(clause)[0]?.kind;
    if (!kind) continue;
    const m = findDateMentions(clause)[0];
    const date = m ? resolveMention(m, r.ref, clause) : (yearOnly(clause, r.ref.year) ?? yearOnly(text, r.ref.year));
    const inClause = who.filter((p) => p.shortForms.some((f) => clause.includes(f)));
    const countries = countriesOf(clause, inClause, r.gazetteer);
    if (!date || (inClause.length === 0 && countries.length === 0)) continue;
    for (const c of countries.length ? countries.map((x) => [x]) : [r.partners]) {
      r.events.push({ kind, date, participants: inClause.map((p) => p.key), countries: c, passageId: passage.id, quote: text });
    }
  }
}

const lastOf = (r: Reading, kinds: EventKind[]) =>
  [...r.events].reverse().find((e) => kinds.includes(e.kind) && e.date.provenance !== 'unknown');

/** The event a clause tells, or undefined when it only mentions one (then the one told already may gain people). */
function eventOf(
  r: Reading,
  passage: Passage,
  pIndex: number,
  found: KindFound,
  text: string,
  sentence: string,
  who: ArticlePerson[],
): ArticleEvent | undefined {
  // A multilateral meeting only named ("the outcomes of the Hanoi Conference in November 2016") says nothing of
  // who attended it; "attended the … Meeting" does.
  const named = found.kind === 'conference' && !found.verbal ? [] : who;
  const participants = named.filter((p) => !sentBy(p, text)).map((p) => p.key);
  const countries = countriesOf(text, who, r.gazetteer);
  const known = [...r.events].reverse().find((e) => e.kind === found.kind && !e.listed);
  // The clause's own date, else the sentence's ("met … on Friday, where he is attending…").
  const mentionDate = ownMention(text, found) ?? (text !== sentence ? ownMention(sentence, found) : undefined);
  const future = isFuture(text);
  // "began his trip to attend the general debate": a purpose, an event only with a date of its own after it.
  const purpose = found.kind === 'conference' && /\bto $/.test(text.slice(0, found.at));
  if (purpose && !(mentionDate && mentionDate.index > found.at)) return undefined;
  let date: DateInfo | undefined = mentionDate ? resolveMention(mentionDate, r.ref, text, { future }) : undefined;
  // (Only what comes after the wish: "held talks, during which they agreed to upgrade ties" reports the talks.)
  const plan = PLAN.exec(text);
  const planned = plan !== null && plan.index < found.at && !findDateMentions(text).some(namesATime);
  if (planned) {
    date = plannedFor(r, text);
    if (!date) return undefined;
    // Who will sit at a meeting still to be held is not known: the officials who agreed to it are not its people.
    participants.splice(0, participants.length);
  }
  // "During the visit, having talks with X on November 13": the visit is the frame of the talks, not a new visit.
  const during = found.kind === 'visit' && !found.verbal ? DURING_THE_VISIT.exec(text) : null;
  // ("during the visit to Hungary by X in September 2018" names a visit of its own.)
  const framed = during && text.slice(during.index + during[0].length).split(',')[0]!;
  // The first telling of the visit ("During her visit to Denmark, on September 18, she worked with…") is the visit.
  if (framed !== null && known && !findDateMentions(framed).some(namesATime) && !/\bby\b/.test(framed)) return undefined;
  // A nominal visit belongs to its visitor ("her visit to Denmark", "Tô Lâm's visit"), not to everyone named; "the
  // Egyptian President's visit" to someone the article does not name.
  const visitor =
    found.kind === 'visit' && !found.verbal
      ? visitorOf(text, who, subjectOf(who, sentence) ?? r.discourse.subjects.at(-1), r.people)
      : undefined;
  if (visitor || (found.kind === 'visit' && !found.verbal && UNNAMED_VISITOR.test(text)))
    participants.splice(0, participants.length, ...(visitor ? [visitor.key] : []));
  if ((!found.verbal || ABOUT_AN_EVENT.test(text)) && !date && !pastYear(text) && !firstTold(found, text, participants, known))
    return undefined;
  date ??= dateFromContext(r, pIndex, found, text, participants, future);
  const namedHere = () => new Set(who.filter((p) => [p.name, ...p.shortForms].some((f) => text.includes(f))).map((p) => p.key));
  // "He affirmed Laos' commitment to assisting Việt Nam in hosting the forum slated for 2025": who speaks of an event
  // still ahead is not its participant; only people the clause names are.
  // "The two prime ministers will hold talks": the sides the sentence is about are its people.
  if (future && !visitor && !/^(?:The two|Both)\b/.test(sentence) && !SUBJECT_WILL.test(sentence))
    participants.splice(0, participants.length, ...participants.filter((k) => namedHere().has(k)));
  // "The two sides reviewed relations since the 13th meeting in 2021": the sides of today's meeting, not of that one.
  if (date?.basis === RECALLED) participants.splice(0, participants.length, ...namedHere());
  if (!date) {
    // Without a date or a named person, a sentence only talks about some meeting ("his visit took place…").
    if (participants.length === 0) return undefined;
    date = { provenance: 'unknown', basis: 'no date stated for this event' };
  }
  // A span ("from March 23 to 26") is no one day to be "the same day" as.
  if (!future && date.day && !date.endDay) r.lastEventDay = date;
  // The dateline is where the story was filed: an event during a trip abroad did not happen there.
  const abroad = found.kind === 'visit' || DURING.test(sentence) || r.events.some((e) => e.kind === 'visit');
  const place = placeIn(text, r.people) ?? placeIn(sentence, r.people) ?? (abroad ? undefined : pIndex <= 1 ? r.article.place : undefined);
  return {
    kind: found.kind,
    date,
    ...(place ? { place } : {}),
    participants,
    // "The two foreign ministers met…" with neither named: the two sides are the article's.
    countries: countries.length && !(participants.length === 0 && /^(?:and\s+)?(?:the two|both)\b/i.test(text)) ? countries : r.partners,
    passageId: passage.id,
    quote: sentence,
    ...(planned ? { planned } : {}),
  };
}

/**
 * "agreed to hold a meeting of the subcommittee on trade in 2019": a plan with its year is an event of that year;
 * without a year, or with one already past, it is none. (An undated article cannot say whether the year is still
 * ahead: the year it states stands.)
 */
function plannedFor(r: Reading, text: string): DateInfo | undefined {
  const year = yearOnly(text, r.ref.year);
  if (!year?.year || (r.ref.year && year.year < r.ref.year) || !/\b(?:hold|organi[sz]e|convene|host)\b/i.test(text)) return undefined;
  return { ...year, basis: `planned for ${year.year}` };
}

/**
 * Whether a nominal mention with no date of its own tells an event first here ("Le's ongoing visit to China"),
 * rather than the event told before (which then gains the clause's people) or a remark about some event.
 */
function firstTold(found: KindFound, text: string, participants: string[], known: ArticleEvent | undefined): boolean {
  if (known) {
    // "During the visit, X and Y signed…": X and Y are the signing's people, not necessarily the visit's.
    if (!DURING.test(text)) for (const p of participants) if (!known.participants.includes(p)) known.participants.push(p);
    return false;
  }
  if (ABOUT_AN_EVENT.test(text) || !participants.length) return false;
  return found.verbal || (found.kind === 'visit' && VISITOR_NAMED.test(text));
}

/** The year a story reviews: its own year, named in its headline or at the head of its lead. */
function reviewedYear(article: Article, passages: Passage[], ref: DateRef): DateInfo | undefined {
  if (!ref.year) return undefined;
  const y = String(ref.year);
  const lead = passages[0]?.text ?? '';
  const reviews = new RegExp(`\\b${y}\\b`).test(article.title) || new RegExp(`^(?:\\S+ \\(\\w+\\) [–—-] )?In ${y},`).test(lead);
  return reviews ? { provenance: 'resolved', year: ref.year, basis: `the year the article reviews, ${y}` } : undefined;
}

/** The story's own day: the lead's, else a caption's, else the article's date. */
const storyDay = (r: Reading): DateInfo => r.leadDate ?? r.captionDay ?? r.article.date;

/** The day a caption names one of the story's people on ("X and Y in Canberra on April 13"). */
function dayOfCaptions(captions: string[], people: ArticlePerson[], ref: DateRef): DateInfo | undefined {
  for (const c of captions) {
    const m = findDateMentions(c).find((x) => x.day || x.weekday !== undefined || x.daysFromRef !== undefined);
    if (m && people.some((p) => [p.name, ...p.shortForms].some((f) => c.includes(f)))) {
      const day = resolveMention(m, ref, c);
      if (day.day) return { ...day, basis: `${day.basis} (photo caption)` };
    }
  }
  return undefined;
}

/** The date of an event whose clause states none, from what the article told before, most specific first. */
function dateFromContext(
  r: Reading,
  pIndex: number,
  found: KindFound,
  text: string,
  participants: string[],
  future: boolean,
): DateInfo | undefined {
  const past = pastYear(text);
  if (past) return past;
  // "On the same day", "Following the ceremony, …": the day of the event just told, more precise than its frame;
  // "two days later", "the next day": counted from it.
  if (SAME_DAY.test(text) && r.lastEventDay) return r.lastEventDay;
  const later = DAYS_LATER.exec(text);
  if (later && r.lastEventDay?.iso)
    return daysAfter(r.lastEventDay, later[1] ? (NUMBER_WORDS[later[1].toLowerCase()] ?? Number(later[1])) : 1);
  // "During the visit, …" and "on the sidelines of…" happen within the event told before.
  if (DURING.test(text)) {
    // The visit of these people, when several were told ("following the 2006 visit by the King" is not this one).
    const frames = [...r.events]
      .reverse()
      .filter((e) => (e.kind === 'visit' || e.kind === 'conference') && e.date.provenance !== 'unknown');
    const frame =
      frames.find((e) => participants.some((p) => e.participants.includes(p))) ??
      frames[0] ??
      lastOf(r, ['talks', 'reception', 'political consultation']);
    if (frame) return frame.date;
  }
  // "The Vietnamese official also attended…": someone on a trip told before acts within that trip.
  const trip = lastOf(r, ['visit']);
  if (trip && participants.some((p) => trip.participants.includes(p))) return trip.date;
  // "His visit to the country took place…": the visit the article is about, on the article's own date.
  // Unless the article is looking back on an earlier year: then that year's.
  if (!found.verbal && found.kind === 'visit' && VISITOR_NAMED.test(text) && !future) return r.lookingBack ?? storyDay(r);
  if (future && found.kind === 'visit' && r.ref.year)
    return { provenance: 'resolved', year: r.ref.year, basis: `an upcoming visit, the article's year ${r.ref.year}` };
  if (/\bthe same day\b/i.test(text)) return r.lastEventDay ?? storyDay(r);
  if (/\b(?:last|next) year\b/i.test(text)) {
    const y = yearOnly(text, r.ref.year);
    if (y) return y;
  }
  // An event still ahead is not on the day the story leads with: the year it is slated for, when stated.
  const slated = future ? yearOnly(text, r.ref.year) : undefined;
  if (slated) return slated;
  if (pIndex <= 2) return storyDay(r);
  return yearOnly(text, r.ref.year);
}

/**
 * The date mention that belongs to an event: the first told after the words that name it and before those of another
 * event ("received by the King on July 1, as part of his state visit from June 30 to July 2": the visit is the range),
 * else the last before them.
 */
function ownMention(text: string, found: KindFound): DateMention | undefined {
  const times = findDateMentions(text).filter(namesATime);
  // ("The meeting followed the PM's visit in October 2024": a date after another event's words is that event's.)
  // ("will hold talks and co-chair the 48th meeting on Monday": deeds joined by "and" share the date after both.)
  const joined = (at: number) => /^\S+(?:\s+\S+)?\s+and\s+(?:\S+\s+){0,2}$/.test(text.slice(found.at, at));
  const next = Math.min(...kindsIn(text).flatMap((k) => (k.at > found.at && !joined(k.at) ? [k.at] : [])));
  return times.find((m) => m.index >= found.at && m.index < next) ?? times.filter((m) => m.index < found.at).at(-1);
}

/**
 * "met twice, in Hanoi in April and in Kuala Lumpur in November": one event per time told after the verb, each read
 * from its own date; any other event once.
 */
function repeated(found: KindFound, clause: string): KindFound[] {
  if (!found.verbal || !/\b(?:twice|three times|on (?:two|three) occasions)\b/i.test(clause)) return [found];
  const times = findDateMentions(clause).filter((m) => namesATime(m) && m.index > found.at);
  return times.length >= 2 ? times.map((m) => ({ ...found, at: m.index })) : [found];
}

/** A sentence's clauses that can each tell an event of their own. */
function clausesOf(sentence: string): string[] {
  const parts = sentence.split(
    /,\s*(?=(?:where|while|during which|after which|before|and then|and also|who|and (?:the two|he|she|they)\b)\b)|;\s+/,
  );
  // Only clauses that each tell an event are split: "meetings with A; B, and C" is one list.
  return parts.length > 1 && parts.every((p) => p.split(/\s+/).length >= 4 && kindsIn(p).length) ? parts : [sentence];
}

/**
 * Whom a relative "who" means: the person named right before it ("received Ambassador X, who…"), or the one the
 * words right before it refer to ("received the guest, who…").
 */
function antecedentOf(r: Reading, named: ArticlePerson[], before: string): ArticlePerson | undefined {
  const text = before.replace(/[\s,]+$/, '');
  const end = (p: ArticlePerson) => Math.max(...[p.name, ...p.shortForms].map((f) => (text.endsWith(f) ? text.length : -1)));
  const byName = named.find((p) => end(p) > 0);
  if (byName) return byName;
  const tail = text.split(/\s+/).slice(-4).join(' ');
  return peopleReferredTo(tail, [], r.people, r.discourse, r.gazetteer)[0];
}

/** The first person a sentence names outside "with…", "to…" or "received…": who its pronouns mean. */
function subjectOf(named: ArticlePerson[], text: string): ArticlePerson | undefined {
  const at = (p: ArticlePerson) => {
    const i = Math.min(...[p.name, ...p.shortForms].map((f) => text.indexOf(f)).filter((x) => x >= 0));
    return Number.isFinite(i) ? i : text.length;
  };
  const ordered = [...named].sort((a, b) => at(a) - at(b));
  // The object of "talking to", "met with", "received" is not who the next "he" means.
  // "for" and "to" also sit inside titles ("Commission for External Relations"): only verbs of meeting count.
  return ordered.find(
    (p) =>
      !/\b(?:with|by|received|receives|welcomed|welcomes|met|meets|hosted|hosts|talking to|talked to|spoke to|phoned|called on)\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,8}$/u.test(
        text.slice(0, at(p)),
      ),
  );
}

/** The event "During the talks", "At the reception" means: the latest of that kind (or, for "the event", the latest). */
function eventNamedBy(r: Reading, text: string): { told?: ArticleEvent; kind?: EventKind } {
  const noun = AT_THE_EVENT.exec(text)?.[0].toLowerCase() ?? '';
  const kinds: EventKind[] = /call|phone/.test(noun)
    ? ['phone call']
    : /reception|banquet|dinner|luncheon/.test(noun)
      ? ['reception']
      : /consultation|dialogue/.test(noun)
        ? ['political consultation']
        : /talks|meeting|session/.test(noun)
          ? ['talks', 'political consultation', 'reception']
          : [];
  // Only "Speaking at the talks" opens an event of its own; "At the meeting" otherwise belongs to the latest told.
  const opens = /^(?:Speaking|Talking) /i.test(text);
  const told = [...r.events].reverse().find((e) => kinds.includes(e.kind)) ?? (opens && kinds.length ? undefined : r.events.at(-1));
  return { ...(told ? { told } : {}), ...(kinds[0] ? { kind: kinds[0] } : {}) };
}

/** The subject of each sentence so far (its first person named, outside "with…" and "to…"), for "he" and "she". */
function remember(d: Discourse, named: ArticlePerson[], text: string): void {
  const subject = subjectOf(named, text);
  if (subject) d.subjects.push(subject);
  if (named.length) d.recent = named;
  // "a delegation of the Lao People's Revolutionary Party led by X": X heads "the delegation" from now on.
  const led = /\bdelegation\b[^.;]{0,120}?\bled by\s/.exec(text);
  if (led) {
    const after = text.slice(led.index + led[0].length);
    const head = named.find((p) =>
      [p.name, ...p.shortForms].some((f) => after.startsWith(f) || after.indexOf(f) === after.search(/\p{Lu}/u)),
    );
    if (head) d.delegation = head;
  }
}

/** Partner countries named in a text or by the people in it; Việt Nam is implied. */
function countriesOf(text: string, who: ArticlePerson[], gazetteer: Gazetteer): string[] {
  const named = gazetteer.find(text).map((m) => m.code);
  const theirs = who.map((p) => p.country).filter((c): c is string => Boolean(c));
  return [...new Set([...named, ...theirs])].filter((c) => c !== 'VN');
}
