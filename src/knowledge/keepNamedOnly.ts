import type { DateInfo } from '../corpus/types.ts';
import { namedIn, type ArticlePerson } from './articlePeople.ts';
import { RECALLED } from './eventYear.ts';
import { SUBJECT_WILL } from './isFuture.ts';
import type { KindFound } from './kindsIn.ts';
import type { Reading } from './reading.ts';

/** Words right after a name that make its person the one who tells the news. */
const ANNOUNCER = /^\s+(?:announced|said|told|reported|confirmed|stated)\b/;

/** "…the treaty, which was signed in 1977": a deed a relative clause tells of something else. */
const RELATIVE_DEED = /\b(?:which|that) (?:was|were) (?:signed|held|established|adopted)\b/i;

/**
 * The people of an event the sentence only speaks of, narrowed to those its clause names:
 * - "He affirmed Laos' commitment to hosting the forum slated for 2025": who speaks of an event still ahead is not
 *   its participant ("The two prime ministers will hold talks" and "X is scheduled to meet…" keep their subject);
 * - "The two sides reviewed relations since the 13th meeting in 2021": the sides of today's meeting, not of that one;
 * - "The two sides signed the Partnership Agreement in 2012": the sides then, not today's people;
 * - "X recalled that Y visited Indonesia in 1959": Y's deed, not X's.
 */
export function keepNamedOnly(
  r: Reading,
  participants: string[],
  o: { text: string; sentence: string; who: ArticlePerson[]; date?: DateInfo; future: boolean; visitor?: ArticlePerson; found?: KindFound },
): void {
  const namedHere = () => new Set(o.who.filter((p) => namedIn(p, o.text)).map((p) => p.key));
  const keep = (keys: string[]) => participants.splice(0, participants.length, ...keys);
  if (o.future && !o.visitor && !/^(?:The two|Both)\b/.test(o.sentence) && !SUBJECT_WILL.test(o.sentence))
    keep(participants.filter((k) => namedHere().has(k)));
  // ("The two prime ministers agreed that the sixth retreat would take place in 2030": a meeting named, still ahead,
  // is not the deed of those who speak of it.)
  if (o.future && o.found && !o.found.verbal && o.found.kind !== 'visit') keep(participants.filter((k) => namedAfter(k, o)));
  if (o.date?.basis === RECALLED) keep([...namedHere()]);
  // ("X will attend the meeting next week, spokeswoman Y announced": who announces it is not at it.)
  // (Only such an attribution after the event's words and a comma.)
  const announcer = (p: ArticlePerson) => {
    const at = o.text.indexOf(p.name);
    return (
      at > (o.found?.at ?? 0) && /,[^,]*$/.test(o.text.slice(o.found?.at ?? 0, at)) && ANNOUNCER.test(o.text.slice(at + p.name.length))
    );
  };
  // ("Receiving the delegation, X said…": after an opening participle the name is its doer.)
  const spoke = /^\p{L}+ing\b/u.test(o.text) ? [] : participants.filter((k) => o.who.some((p) => p.key === k && announcer(p)));
  if (spoke.length && spoke.length < participants.length) keep(participants.filter((k) => !spoke.includes(k)));
  // ("Sugiono recalled that President Ho Chi Minh visited Indonesia in 1959": who recalls a deed was not in it.)
  const recall = /\brecall(?:s|ed|ing)?\s+that\s/i.exec(o.text);
  if (recall && o.found && recall.index < o.found.at) {
    const told = o.text.slice(recall.index);
    keep(participants.filter((k) => o.who.some((p) => p.key === k && namedIn(p, told))));
  }
  // ("The two leaders agreed to mark the anniversary of the treaty, which was signed in Vientiane in July 1977": the
  // treaty's signers; "The two presidents first met in 2024" stays theirs.)
  const sidesThen = /^(?:The two sides|Both sides)\b/i.test(o.text) || (/^The two \w+/i.test(o.text) && RELATIVE_DEED.test(o.text));
  if (o.date?.year && r.ref.year && o.date.year < r.ref.year - 1 && sidesThen) keep([...namedHere()]);
}

/** Whether a person is named after the words that name the event. */
function namedAfter(key: string, o: { text: string; who: ArticlePerson[]; found?: KindFound }): boolean {
  const p = o.who.find((x) => x.key === key);
  return Boolean(p && o.found && namedIn(p, o.text.slice(o.found.at)));
}
