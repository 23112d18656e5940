import type { AnswerType } from './answerType.ts';

/** A passage an answer rests on, and the sentence of it that is quoted. */
export interface AnswerEvidence {
  articleId: string;
  passageId: string;
  quote: string;
}

/** One stated fact of an answer (a timeline entry, a milestone, a list item) and where it is said. */
export interface AnswerLine {
  text: string;
  evidence: AnswerEvidence[];
}

/**
 * An answer as data, before any formatting: the direct span when there is one, fact lines from the knowledge base,
 * and the quoted sentences it rests on. `renderAnswer` is the one place that turns it into a Reply.
 */
export interface Answer {
  /** The intent that answered, or 'retrieval'. */
  route: string;
  type: AnswerType;
  heading?: string;
  span?: AnswerLine;
  lines: AnswerLine[];
  /** A count or caveat said before the lines ("12 events; the latest 8:"). */
  intro?: string;
  quotes: AnswerEvidence[];
  /** Set when nothing supports an answer: why, for the explanation (never shown as a fact). */
  notCovered?: string;
}

/** The answer that says the corpus does not cover the question. */
export function noAnswer(route: string, type: AnswerType, why: string): Answer {
  return { route, type, lines: [], quotes: [], notCovered: why };
}
