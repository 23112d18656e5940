import { splitSentences } from '../text/sentences.ts';
import { dateFromIso, findDateMentions, resolveMention } from './dates.ts';
import type { DateInfo } from './types.ts';

/** The article's own date: stated, a page timestamp, or the lead's dated event with its year only from evidence. */
export function articleDate(
  explicitIso: string | undefined,
  explicitBasis: string,
  timestampIso: string | undefined,
  paragraphs: string[],
  captions: string[],
): DateInfo {
  if (explicitIso) return dateFromIso(explicitIso, 'explicit', explicitBasis);
  if (timestampIso) return dateFromIso(timestampIso, 'explicit', 'publication timestamp');
  // The lead (first two paragraphs) dates the story; the first day it names is the day of the news.
  let weekdayOnly = false;
  for (const p of paragraphs.slice(0, 2)) {
    for (const s of splitSentences(p)) {
      for (const mention of findDateMentions(s.text)) {
        if (mention.weekday !== undefined) {
          weekdayOnly = true;
          continue;
        }
        if (!mention.day) continue;
        if (/establish/i.test(s.text.slice(Math.max(0, mention.index - 60), mention.index))) continue;
        const resolved = resolveMention(mention, {}, s.text);
        // With its year stated the lead's date is full; without one it stays as resolved (an anniversary span
        // gives the year) or partial.
        if (resolved.provenance === 'resolved' && mention.year) return { ...resolved, basis: 'full date stated in the lead' };
        return resolved;
      }
    }
  }
  for (const c of captions) {
    const mention = findDateMentions(c).find((m) => m.day && m.year);
    if (mention) return { ...resolveMention(mention, {}, c), basis: 'full date stated in a photo caption' };
  }
  return { provenance: 'unknown', basis: weekdayOnly ? 'only a weekday is stated' : 'no date stated' };
}
