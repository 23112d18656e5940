import type { ArticlePerson } from './articlePeople.ts';
import type { Passage } from '../corpus/types.ts';
import { countriesOf, storyDay, type ArticleEvent, type Reading } from './reading.ts';
import type { EventKind } from './types.ts';

/** "At the meeting, …", "During the talks, …": what follows happened inside the event just told. */
export const AT_THE_EVENT =
  /^(?:(?:(?:Speaking|Talking) )?(?:At|During|In) (?:the|their|this|that) (?:meeting|talks|reception|event|session|working session|call|phone talks|phone call|conversation|consultation|banquet|dinner|luncheon|ceremony)\b|(?:The|This) (?:meeting|talks|session|consultation|dialogue|event|ceremony) (?:was|were) (?:co-chaired|chaired|attended|led|hosted)\b)/i;

/**
 * "At the meeting, Hằng expressed her pleasure at meeting Solbakken again": the same meeting gains the sentence's
 * people. "Speaking at the talks, President X said the visit by President Y…", with no talks told yet: those talks,
 * on the story's day. False when the sentence is to be read as any other.
 */
export function atTheEvent(r: Reading, passage: Passage, text: string, who: ArticlePerson[]): boolean {
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
