import type { ArticlePerson } from './articlePeople.ts';
import { beforeStory, countriesOf, type Reading } from './reading.ts';

/** How many sentences after a people-less event its speakers are still taken for its participants. */
const SPEAKERS_WITHIN = 3;

/**
 * A sentence that tells no event may still name the people of the one just told: "The Ministry hosted a banquet….
 * Foreign Minister Park Jin said…" (its speakers), "The Saudi co-chair, Minister X, agreed" (a co-chair).
 */
export function lendSpeakers(r: Reading, text: string, named: ArticlePerson[]): void {
  // "The Ministry hosted a banquet…. Foreign Minister Park Jin said…": an event told with no one named gains the
  // officials who speak in the sentences right after it, before any other event is told.
  const last = r.events.at(-1);
  // (Not a meeting still to be held: who speaks of it is not its people; nor someone dealing with another partner, as
  // the next item of a week's agenda.)
  const otherPartner = last && countriesOf(text, named, r.gazetteer).some((c) => !last.countries.includes(c));
  if (
    last &&
    last.participants.length === 0 &&
    !last.listed &&
    !last.planned &&
    !otherPartner &&
    !beforeStory(r, last.date) &&
    r.sentences - (r.toldAt ?? -9) <= SPEAKERS_WITHIN
  ) {
    for (const p of named) if (p.role && !last.participants.includes(p.key)) last.participants.push(p.key);
  }
  // "The Saudi co-chair, Minister X, agreed": a co-chair of the meeting just told is one of its people.
  const chaired = /\bco-chair\b/i.test(text) ? [...r.events].reverse().find((e) => e.kind === 'political consultation') : undefined;
  if (chaired) for (const p of named) if (!chaired.participants.includes(p.key)) chaired.participants.push(p.key);
}
