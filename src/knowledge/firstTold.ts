import type { ArticleEvent } from './reading.ts';
import type { KindFound } from './kindsIn.ts';
import { DURING, VISITOR_NAMED } from './dateFromContext.ts';

/** A sentence about an event rather than a report of one: its aims, meaning or success, or what comes before it. */
export const ABOUT_AN_EVENT = new RegExp(
  [
    String.raw`\b(?:visits?|trip|talks|meeting)\s+(?:\w+\s+){0,2}(?:aims?|aimed|is aimed|would|is expected|are expected|is of|are of|marks?|demonstrates?|reflects?|shows?|affirms?|creates?|opens?|contributes?|helps?|is an?|was an?|will (?:create|help|contribute|open|further|deepen|strengthen|mark|be))\b`,
    String.raw`\b(?:significance|success|outcomes?|results?|importance|purpose|objectives?|achievements?) of (?:the|this|that|his|her|their) (?:\w+\s+){0,2}(?:visits?|trip|talks|meeting)\b`,
    String.raw`\b(?:ahead of|prior to|on the eve of|in preparation for|preparations? for|to prepare for)\s+(?:the|this|his|her|their|an?)\s+(?:\w+\s+){0,3}(?:visits?|trip|talks|meeting)\b`,
    String.raw`\b(?:hailed|praised|welcomed|appreciated|valued)\s+(?:the|this|his|her)\s+(?:\w+\s+){0,2}(?:visits?|trip)\b`,
    String.raw`\binterview\b`,
  ].join('|'),
  'i',
);

/**
 * Whether a nominal mention with no date of its own tells an event first here ("Le's ongoing visit to China"),
 * rather than the event told before (which then gains the clause's people) or a remark about some event.
 */
export function firstTold(
  found: KindFound,
  text: string,
  participants: string[],
  known: ArticleEvent | undefined,
  visitors: Set<string>,
): boolean {
  if (known) {
    // "During the visit, X and Y signed…": X and Y are the signing's people, not necessarily the visit's. ("The
    // consultation came after the visit by X": X is that visit's.)
    if (!DURING.test(text))
      for (const p of participants)
        if (!known.participants.includes(p) && (found.kind === 'visit' || !visitors.has(p))) known.participants.push(p);
    return false;
  }
  if (ABOUT_AN_EVENT.test(text) || !participants.length) return false;
  return found.verbal || (found.kind === 'visit' && VISITOR_NAMED.test(text));
}
