import type { DateInfo } from '../corpus/types.ts';
import { findDateMentions, namesATime } from '../corpus/dates.ts';
import { pastYear, yearOnly } from './eventYear.ts';
import type { KindFound } from './kindsIn.ts';
import type { Reading } from './reading.ts';

/** A wish or proposal, not a deed: "expressed its desire to sign", "proposed to hold". */
export const PLAN =
  /\b(?:desire|wish(?:es)?|wants?|hopes?|hoped|intends?|ready|willing|proposed|suggested|asked|urged|called for|look(?:s|ed)? forward|agreed|invited)\s+(?:\w+\s+){0,2}to\b/i;
// ("The next day, X met…" tells a day after another, not a plan.)
const FUTURE =
  /\b(?:will|would|upcoming|to be held|is expected to|next(?!\s+(?:day|morning|afternoon|evening)\b)|plans? to|scheduled|slated|soon|agreed to (?:hold|meet|visit|convene|organi[sz]e)|hope to hold|look(?:s|ed)? forward to|later (?:this|in the) (?:year|month))\b/i;
/** A deed told in the past: "met with", "held talks", "received". A later "upcoming" is what they discussed. */
const PAST_DEED =
  /\b(?:met|held|had|received|visited|signed|attended|paid|hosted|co-chaired|chaired|welcomed|talked|spoke|phoned|worked)\b/;
/** Whether a text tells of an event still ahead: a future cue not preceded by a deed told in the past. */
export function isFuture(text: string): boolean {
  const cue = FUTURE.exec(text);
  if (!cue) return false;
  const deed = PAST_DEED.exec(text);
  return !(deed && deed.index < cue.index && !/\b(?:will|would|to)\s+$/.test(text.slice(0, deed.index)));
}
/** "The Finnish President is scheduled to meet…", "He will visit…": the subject is the one the plan is for. */
// ("Before returning home, he will visit Canada…": after a leading phrase too.)
export const SUBJECT_WILL =
  /^(?:[^,;]{0,40},\s*)?[^,;]{0,80}?\b(?:will|is|are)\s+(?:(?:scheduled|expected|set|due|slated)\s+to\s+)?(?:meet|hold|visit|pay|attend|receive|co-chair|chair|sign|travel)\b/i;

/**
 * "agreed to hold a meeting of the subcommittee on trade in 2019": a plan with its year is an event of that year;
 * without a year, or with one already past, it is none. (An undated article cannot say whether the year is still
 * ahead: the year it states stands.)
 */
export function plannedFor(r: Reading, text: string): DateInfo | undefined {
  const year = yearOnly(text, r.ref.year);
  if (!year?.year || (r.ref.year && year.year < r.ref.year) || !/\b(?:hold|organi[sz]e|convene|host)\b/i.test(text)) return undefined;
  return { ...year, basis: `planned for ${year.year}` };
}

/** A proposal or hope, which no one has agreed to: "proposed that the two ministries hold their consultation in March". */
const WISH = /\b(?:proposed|suggested|hoped|hopes|wished|wishes|urged|called for)\s+(?:that\b|(?:\w+\s+){0,3}to\b)/i;

/** "agreed to launch talks, which Egypt proposed during X's visit to Vietnam in 2025": a visit recalled, not the plan. */
const recalledVisit = (r: Reading, found: KindFound, text: string) =>
  found.kind === 'visit' && !found.verbal && (pastYear(text)?.year ?? Infinity) < (r.ref.year ?? -Infinity);

/** Whether a clause only proposes or hopes for its event: none, dated or not, until someone agrees to it. */
export function isWish(r: Reading, found: KindFound, text: string): boolean {
  const wish = WISH.exec(text);
  return wish !== null && wish.index < found.at && !recalledVisit(r, found, text);
}

/** Whether a clause tells a wish or plan rather than its event: only what comes after the wish counts. */
export function isPlanned(r: Reading, found: KindFound, text: string): boolean {
  // ("held talks, during which they agreed to upgrade ties" reports the talks.)
  const plan = PLAN.exec(text);
  return plan !== null && plan.index < found.at && !recalledVisit(r, found, text) && !findDateMentions(text).some(namesATime);
}
