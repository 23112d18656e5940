import { findDateMentions, namesATime, resolveMention, type DateRef } from '../corpus/dates.ts';
import type { Article, DateInfo, Passage } from '../corpus/types.ts';
import { splitSentences } from '../text/sentences.ts';
import { namedIn, type ArticlePerson } from './articlePeople.ts';
import { countedYear, lookedBackOn, pastYear, yearOnly } from './eventYear.ts';
import { inferredYear } from './inferredYear.ts';
import { kindsIn, signersUnsaid, tripPurpose, type KindFound } from './kindsIn.ts';
import { listedByCountry, listedEvents, visitsOfPeople } from './listedEvents.ts';
import { readList } from './readList.ts';
import { mergeEvents } from './mergeEvents.ts';
import { placeIn } from './placeIn.ts';
import { namesBothSides, peopleReferredTo } from './peopleReferredTo.ts';
import type { Gazetteer } from './gazetteer.ts';
import { sentBy, visitorOf, visitorsIn } from './visitorOf.ts';
import { antecedentsOf, clausesOf, ELLIPSIS, remember, sentenceSubject, subjectOf } from './clausesOf.ts';
import {
  countedOn,
  dateFromContext,
  dayBeforeWhere,
  endOfVisit,
  dayOfCaptions,
  DURING,
  ownMention,
  repeated,
  reviewedYear,
  VISITOR_NAMED,
} from './dateFromContext.ts';
import { isFuture, isPlanned, isWish, plannedFor } from './isFuture.ts';
import { keepNamedOnly } from './keepNamedOnly.ts';
import { lendSpeakers } from './lendSpeakers.ts';
import { AT_THE_EVENT, atTheEvent } from './atTheEvent.ts';
import { beforeStory, countriesOf, withinUpcomingVisit, type ArticleEvent, type Reading } from './reading.ts';
import { ABOUT_AN_EVENT, firstTold } from './firstTold.ts';

/** What a speaker recalls is told as said, not done there. */
const RECALLS = /\brecall(?:s|ed|ing)?\b/i;

/** "the previous round", "their last meeting", "the third dialogue": an earlier meeting of a series. */
const SERIES =
  /\b(?:the|its|their)\s+(?:previous|last|latest|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:round|meeting|session|dialogue|consultation|retreat)\b/i;
/**
 * "The original agreement was signed in 1996", "The session ended with the signing of its minutes": the article's
 * agreement or meeting, so its partners, though the sentence names none.
 */
const AGREEMENT_TOLD =
  /^(?:The|This|That|Their)\s+(?:\w+\s+)?(?:agreement|treaty|protocol|memorandum|convention)(?:\s+(?:on|of|for)\s+[\w\s-]{1,40}?)?\s+(?:was|were)\s+signed\b|^The\s+(?:session|meeting|talks|consultation|dialogue|visit|forum)\s+(?:ended|concluded|closed)\s+with\b/i;
/** "The Egyptian President's visit", "the Lao Prime Minister's trip": a visitor the article does not name. */
const UNNAMED_VISITOR =
  /\bthe\s+(?:[\p{Lu}][\p{L}-]+\s+){0,2}(?:President|Vice President|Prime Minister|King|Queen|Emperor|Crown Prince|Prince|Sultan|Emir|Chancellor|Premier|leader|Minister|Foreign Minister|Speaker)[’']s\s+(?:[\w-]+\s+){0,3}(?:visits?|trip)\b/u;
const DURING_THE_VISIT =
  /\b(?:during(?! which)|on the occasion of|within the framework of|as part of)\s+(?:the|his|her|their|this)\s+(?:[\w-]+\s+){0,2}(?:visit|trip)\b/i;
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
      m.weeksFromRef !== undefined ||
      (m.month && (m.year || m.relativeYear !== undefined || m.lastNamed || future)),
  );
  const stated: DateInfo | undefined = mention ? resolveMention(mention, r.ref, text, { future }) : undefined;
  if (stated && pIndex <= 1 && !r.leadDate && !future) r.leadDate = stated;
  // ("Tokayev travelled to Việt Nam in 2026, when he met…": "he" after the sentence's own subject is that subject.)
  const own = subjectOf(named, text, r.discourse.subjects.at(-1));
  const discourse = own && named.includes(own) ? { ...r.discourse, subjects: [...r.discourse.subjects, own] } : r.discourse;
  const who = [...new Set([...named, ...peopleReferredTo(text, named, r.people, discourse, r.gazetteer)])];
  // ("The Sultan is paying a state visit…. He was last in Việt Nam in 2017": whom a sentence opens with is the next "he".)
  if (!named.length && who.length === 1 && /^(?:The|He|She)\b/.test(text)) r.discourse.subjects.push(who[0]!);
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
  const visits = visitsOfPeople(text);
  if (visits) return readList(r, passage, text, visits, who, 'visit');
  const kinds = kindsIn(text);
  if (!kinds.length) return lendSpeakers(r, text, named);
  if (AT_THE_EVENT.test(text)) {
    // ("Speaking at the reception, X recalled the visit to Australia by Y in March 2026": Y was not at the reception,
    // and that visit is an event of its own, read from the rest of the sentence.)
    const recall = RECALLS.exec(text);
    const there = recall ? who.filter((p) => !namedIn(p, text.slice(recall.index))) : who;
    if (atTheEvent(r, passage, text, there) && !recall) return;
  }
  // A plan without a date is not an event, unless it names who goes where ("the upcoming visits by X to Y") or is
  // part of a visit still ahead that the story has dated ("In Hanoi, X is expected to hold talks with…").
  const plan = future && !stated && !yearOnly(text, r.ref.year) && !(VISITOR_NAMED.test(text) && /\bto\s+\p{Lu}/u.test(text));
  if (plan && !withinUpcomingVisit(r, who)) return;
  readClauses(r, passage, pIndex, text, named, who, kinds);
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
  const subject = sentenceSubject(r, text, named, who);
  let lastClauseDate: DateInfo | undefined;
  let lastKinds: KindFound[] | undefined;
  for (const clause of clauses) {
    const clauseKinds = clauses.length === 1 ? kinds : ELLIPSIS.test(clause) ? (lastKinds ?? []) : kindsIn(clause);
    lastKinds = clauseKinds;
    if (!clauseKinds.length) continue;
    // Within one sentence, "he" in a later clause is the sentence's own subject.
    const clauseNamed = named.filter((p) => namedIn(p, clause));
    // ("X and Y co-chaired the session, during which the two sides signed…": the sides the sentence names.)
    const clauseDiscourse = {
      ...r.discourse,
      subjects: subject ? [...r.discourse.subjects, subject] : r.discourse.subjects,
      main: namesBothSides(named) ? named : r.discourse.main,
    };
    const inClause =
      clauses.length === 1
        ? who
        : [...new Set([...clauseNamed, ...peopleReferredTo(clause, clauseNamed, r.people, clauseDiscourse, r.gazetteer)])];
    // "…received X, who is on a visit…": the relative clause is about the person named just before it.
    const antecedents = /^who\b/i.test(clause)
      ? antecedentsOf(r, named, text.slice(0, text.indexOf(clause)), /^who (?:are|were|have)\b/i.test(clause))
      : [];
    // ("…, and the two foreign ministers met…": a clause with a subject of its own does not borrow the sentence's.)
    // ("The agreement was signed by the two foreign ministers": the two sides, by their agent.)
    const ownSubject = /^(?:(?:and|while|whereas)\s+)?(?:the two|both|their)\b|\bby (?:the two|both)\b/i.test(clause);
    // ("…, met with Y, and attended…": a clause that starts with its verb is the sentence subject's deed too.)
    const verbFirst =
      /^(?:and\s+|having\s+)?(?:met|attended|visited|received|signed|paid|pay|held|co-chaired)\b/.test(clause) || ELLIPSIS.test(clause);
    const withSubject = subject && verbFirst && !inClause.includes(subject) ? [subject, ...inClause] : inClause;
    // (The relative clause's own names stay: "…, who asked them to prepare for the visit by X", X's visit.)
    const relative = antecedents.length ? [...antecedents, ...clauseNamed.filter((p) => !antecedents.includes(p))] : [];
    const clauseWho = relative.length ? relative : withSubject.length ? withSubject : subject && !ownSubject ? [subject] : [];
    const unnamed = countriesOf(clause, [], r.gazetteer).length === 0 && countriesOf(text, who, r.gazetteer).length === 0;
    // ("The previous round of the dialogue was held in Hanoi in 2024": an earlier meeting of the series told, of its
    // kind and between the article's partners.)
    const series = SERIES.test(clause)
      ? [...r.events].reverse().find((e) => e.kind === 'conference' || e.kind === 'political consultation')
      : undefined;
    const agreementTold = AGREEMENT_TOLD.test(clause);
    if (clauseWho.length === 0 && unnamed && !ownSubject && !series && !agreementTold) continue;
    const told = r.events.length;
    // ("…hosted a welcome ceremony for Y, after which the two held talks", "…, and X also met Z": the same day, unless
    // the clause says.)
    const follows = verbFirst || /^(?:(?:after|following|during) which|when)\b|^and\s+(?:\p{Lu}\S*\s+){1,4}also\b/iu.test(clause);
    r.seriesDate = follows && clause !== clauses[0] ? lastClauseDate : dayBeforeWhere(r, text, clause);
    for (const found of clauseKinds) {
      for (const each of repeated(series && !found.verbal ? { ...found, kind: series.kind } : found, clause)) {
        const event = eventOf(r, passage, pIndex, each, clause, text, clauseWho);
        if (!event) continue;
        r.events.push(event);
        if (event.participants.length >= 2 && !r.discourse.main.length) r.discourse.main = clauseWho;
      }
    }
    if (r.events.length > told && r.events.at(-1)!.date.provenance !== 'unknown') lastClauseDate = r.events.at(-1)!.date;
  }
  r.seriesDate = undefined;
}

/** A meeting of a mechanism named, not told, in a month before the story's: an earlier session recalled. */
const earlierSession = (r: Reading, found: KindFound, date: DateInfo | undefined) =>
  !found.verbal && found.kind === 'political consultation' && beforeStory(r, date);

/**
 * A nominal visit belongs to its visitor ("her visit to Denmark", "Tô Lâm's visit"), not to everyone named ("the
 * Egyptian President's visit": to someone the article does not name); "his" is the subject of what is recalled ("X
 * recalled that Y announced it during his visit": Y's).
 */
function nominalVisitor(r: Reading, text: string, sentence: string, who: ArticlePerson[]): ArticlePerson | undefined {
  const subject = subjectOf(who, sentence.replace(/^.*?\brecall(?:s|ed|ing)?\s+that\s+/i, '')) ?? r.discourse.subjects.at(-1);
  return visitorOf(text, who, subject, r.people);
}

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
  // ("At the ASEAN–China Foreign Ministers' Meeting on June 2, Trung and Wang Yi exchanged views": they were there.)
  const named = found.kind === 'conference' && !found.verbal && !/^At the\b/.test(text) ? [] : who;
  const participants = named.filter((p) => !sentBy(p, text)).map((p) => p.key);
  const countries = countriesOf(text, who, r.gazetteer);
  const known = [...r.events].reverse().find((e) => e.kind === found.kind && !e.listed);
  // The clause's own date, else the sentence's ("met … on Friday, where he is attending…").
  // (Not for a relative clause: "received by X on Wednesday, who asked … for the visit by Y later this year".)
  const mentionDate = ownMention(text, found) ?? (text !== sentence && !/^who\b/i.test(text) ? ownMention(sentence, found) : undefined);
  const future = isFuture(text);
  if (tripPurpose(found, text) && !(mentionDate && mentionDate.index > found.at)) return undefined;
  let date: DateInfo | undefined = mentionDate
    ? endOfVisit(countedOn(resolveMention(mentionDate, r.ref, text, { future }), mentionDate, text, found), text, found)
    : undefined;
  if (isWish(r, found, text)) return undefined;
  const planned = isPlanned(r, found, text);
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
  const visitor = found.kind === 'visit' && !found.verbal ? nominalVisitor(r, text, sentence, who) : undefined;
  if (visitor || (found.kind === 'visit' && !found.verbal && UNNAMED_VISITOR.test(text)))
    participants.splice(0, participants.length, ...(visitor ? [visitor.key] : []));
  const counted = countedYear(text.slice(found.at), text, r.ref.year, future);
  const mentionOnly = (!found.verbal || ABOUT_AN_EVENT.test(text)) && !date && !pastYear(text, found.kind) && !counted;
  if (mentionOnly && !firstTold(found, text, participants, known, visitorsIn(text, who))) return undefined;
  date ??= r.seriesDate ?? dateFromContext(r, pIndex, found, text, participants, future);
  keepNamedOnly(r, participants, { text, sentence, who, date, future, visitor, found });
  // ("Reviewing the outcomes of the 18th meeting, held in Hà Nội in October 2027, the two ministers noted…": who sat at
  // an earlier meeting of the series is not said.)
  if (signersUnsaid(found, text) || earlierSession(r, found, date)) participants.splice(0, participants.length);
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
