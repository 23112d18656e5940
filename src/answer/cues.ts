import { termKey } from './nlp.ts';
import type { AnalysedQuestion } from './readQuestion.ts';

/** Words that give a reason or a purpose in news English. */
const REASON_CUE =
  /\b(because|since|due to|as a result|aim(s|ed)? (to|at)|in order to|so as to|purpose|seek(s|ing)? to|with a view to|to (help|boost|promote|strengthen|open|expand|deepen)|reflect(s|ed|ing)?|demonstrat(es?|ed|ing)|significan(t|ce)|marks?|importan(t|ce)|first)\b/gi;

/** Words that report what was said or agreed at a meeting: the content of "What did they discuss?". */
const CONTENT_CUE =
  /\b(discuss(es|ed|ing)?|review(s|ed|ing)?|agree(s|d|ing)?|exchang(e|es|ed|ing)|propos(e|es|ed|ing)|suggest(s|ed|ing)?|call(s|ed)? for|pledg(e|es|ed|ing)|affirm(s|ed|ing)?|stress(es|ed|ing)?|highlight(s|ed|ing)?|welcom(e|es|ed|ing)|urg(e|es|ed|ing)|vow(s|ed)?|commit(s|ted)?|emphasi[sz](e|es|ed|ing))\b/gi;

/**
 * Whether a sentence gives a reason: it holds a cue the question does not. "Describing it as historically
 * significant" only echoes "Why was the visit described as significant?"; the reason is told around it.
 */
export function givesReason(text: string, q: AnalysedQuestion): boolean {
  return holdsCue(text, q, REASON_CUE);
}

/** Whether a sentence holds a word of the cue that the question does not hold. */
function holdsCue(text: string, q: AnalysedQuestion, cue: RegExp): boolean {
  const asked = new Set(q.keys);
  return [...text.matchAll(cue)].some((m) => !m[0].split(/\s+/).some((w) => asked.has(termKey(w.toLowerCase()))));
}

/**
 * Whether a sentence reports what was discussed, agreed or proposed. Here the question's own verb counts: "the two
 * sides discussed trade" is the answer to "What did they discuss?".
 */
export function reportsContent(text: string): boolean {
  return text.search(CONTENT_CUE) >= 0;
}
