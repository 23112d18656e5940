import { findDateMentions, formatDate, namesATime } from '../corpus/dates.ts';
import type { DateInfo } from '../corpus/types.ts';
import { eventEvidence, eventsWhere } from '../knowledge/queries.ts';
import type { DiplomaticEvent, EventKind } from '../knowledge/types.ts';
import { foldWords } from '../text/fold.ts';
import type { AnswerEvidence, AnswerLine } from './answer.ts';
import { mentions, type Intent } from './intentContext.ts';

/** The words of a question that name a kind of event, and the kinds each may mean. */
const KIND_WORDS: Array<[string[], EventKind[]]> = [
  [['phone', 'call', 'phoned', 'telephone', 'spoke', 'speak'], ['phone call']],
  [['consultation', 'consultations', 'dialogue', 'joint committee', 'commission'], ['political consultation']],
  [['visit', 'visited', 'trip', 'tour', 'delegation', 'stay'], ['visit']],
  [['host', 'hosted', 'receive', 'received', 'reception', 'welcome', 'welcomed', 'banquet'], ['reception']],
  [['sign', 'signed', 'signing', 'ink', 'inked'], ['signing']],
  [['attend', 'attended', 'summit', 'conference', 'forum', 'meeting of', 'sidelines'], ['conference']],
  [
    ['meet', 'met', 'meeting', 'talk', 'talks', 'hold', 'held', 'co-chair', 'co-chaired', 'work', 'worked'],
    ['talks', 'reception', 'political consultation', 'phone call'],
  ],
];

const sameDate = (a: DateInfo, b: DateInfo) => a.iso === b.iso && a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * "On what date did X host Y?", "When did X speak by phone with Ukraine's minister?", "Pedro Sánchez visit dates":
 * the date of the events that match the people, partner, kind and city the question names. Only events dated by a
 * sentence count (their own, or the lead's "on Tuesday"), never by the article's date alone; several
 * different dates are listed, not chosen between; nothing found falls through to retrieval.
 */
export const eventWhen: Intent = {
  name: 'event date',
  types: ['date'],
  triggers: [KIND_WORDS.flatMap(([words]) => words)],
  run({ q, links, kb }) {
    if (links.people.length === 0 && links.places.length === 0) return undefined;
    const kinds = new Set(KIND_WORDS.filter(([words]) => mentions(q, words)).flatMap(([, k]) => k));
    // eventsWhere's own country test (a partner of the event, or of one of its people) for every place named.
    const [person] = links.people;
    let events = eventsWhere(
      kb,
      person ? { person, ...(links.places[0] ? { country: links.places[0] } : {}) } : { country: links.places[0] },
    );
    events = events.filter((e) => links.people.every((p) => e.participants.includes(p)));
    for (const country of person ? links.places.slice(1) : []) {
      const there = new Set(eventsWhere(kb, { country }).map((e) => e.id));
      events = events.filter((e) => there.has(e.id));
    }
    if (kinds.size) events = events.filter((e) => kinds.has(e.kind));
    // A city named in the question ("in Vientiane") narrows to the events held there, when any is.
    const there = events.filter((e) => e.place && q.folded.includes(foldWords(e.place).split(' ')[0]!));
    if (there.length) events = there;
    // The article's own date (explicit) is the story's, not necessarily the event's; a date read from a sentence is.
    events = events.filter(
      (e) => e.date.provenance !== 'unknown' && e.date.month && (statesItsDate(e) || e.date.provenance !== 'explicit'),
    );
    if (events.length === 0) return undefined;
    const dates: Array<{ date: DateInfo; evidence: AnswerEvidence[] }> = [];
    for (const e of events) {
      const same = dates.find((d) => sameDate(d.date, e.date));
      if (same) same.evidence.push(...eventEvidence(e));
      else dates.push({ date: e.date, evidence: eventEvidence(e) });
    }
    if (dates.length > 4) return undefined;
    if (dates.length === 1) {
      const only = dates[0]!;
      // The span alone: its sentences are quoted under it, in the article's own words ("from May 27-28").
      return {
        answer: {
          route: 'event date',
          type: 'date',
          span: { text: formatDate(only.date), evidence: only.evidence },
          lines: [],
          quotes: [],
        },
      };
    }
    return { answer: { route: 'event date', type: 'date', intro: `${dates.length} dates match:`, lines: events.map(lineOf), quotes: [] } };
  },
};

function lineOf(e: DiplomaticEvent): AnswerLine {
  return { text: `${formatDate(e.date)}: ${e.kind}${e.place ? ` in ${e.place}` : ''}`, evidence: eventEvidence(e) };
}

/** The event's sentence names a day, month or weekday itself: its date is not only the story's. */
function statesItsDate(e: DiplomaticEvent): boolean {
  return findDateMentions(e.quote).some(namesATime);
}
