import { formatDate } from '../corpus/dates.ts';
import { lookupMaps } from '../knowledge/lookupMaps.ts';
import { eventEvidence, placeName } from '../knowledge/queries.ts';
import type { DiplomaticEvent, KnowledgeBase } from '../knowledge/types.ts';
import type { Answer, AnswerEvidence } from './answer.ts';
import type { AnalysedQuestion } from './readQuestion.ts';

/** The events an answer rests on (timeline lines, who-met rows, an event's date), by id, for "when was that?". */
export function eventsOfAnswer(answer: Answer, kb: KnowledgeBase): string[] {
  const evidence: AnswerEvidence[] = [...(answer.span?.evidence ?? []), ...answer.lines.flatMap((l) => l.evidence)];
  const events = lookupMaps(kb).event;
  return [...new Set(evidence.map((e) => (e as Partial<DiplomaticEvent>).id).filter((id): id is string => Boolean(id && events.has(id))))];
}

/**
 * "When was that?", "Where was it?" after an answer that rested on events: each event's date or place, cited. One
 * event gives the direct answer; several are listed, as the reader may mean any of them.
 */
export function answerAboutThat(q: AnalysedQuestion, ids: string[], kb: KnowledgeBase): Answer {
  const events = ids.map((id) => lookupMaps(kb).event.get(id)).filter((e): e is DiplomaticEvent => Boolean(e));
  const where = q.qword === 'where';
  const what = (e: DiplomaticEvent) => (where ? (e.place ?? 'place not stated') : formatDate(e.date));
  const people = lookupMaps(kb).person;
  const label = (e: DiplomaticEvent) => {
    const who = e.participants
      .map((id) => people.get(id)?.name)
      .filter(Boolean)
      .join(', ');
    const partners = e.countries.map((c) => placeName(kb, c)).join(', ');
    return `${e.kind}${partners ? ` with ${partners}` : ''}${who ? ` (${who})` : ''}`;
  };
  const type = where ? 'place' : 'date';
  if (events.length === 1) return { route: 'follow-up', type, span: { text: what(events[0]!), evidence: events }, lines: [], quotes: [] };
  return {
    route: 'follow-up',
    type,
    lines: events.map((e) => ({ text: `${label(e)}: ${what(e)}`, evidence: eventEvidence(e) })),
    quotes: [],
  };
}
