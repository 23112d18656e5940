import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Answer } from './answer.ts';
import type { AnswerType } from './answerType.ts';
import type { Links } from './linkEntities.ts';
import type { AnalysedQuestion } from './readQuestion.ts';
import type { ScoredSentence } from './retrievePassages.ts';

/** What an intent reads: the analysed question, its links and type, the knowledge base, and the ranked sentences. */
export interface IntentContext {
  q: AnalysedQuestion;
  links: Links;
  type: AnswerType;
  kb: KnowledgeBase;
  /** Sentences from retrieval, best first, already scored; for quotes that back a knowledge-base answer. */
  ranked: Array<ScoredSentence & { score: number }>;
}

/**
 * An intent's verdict: an answer; `none` when every slot is filled but the knowledge base holds no such fact (the
 * corpus does not cover it); undefined when the intent does not apply, so the next one or retrieval is tried.
 */
export type IntentResult = { answer: Answer } | { none: string } | undefined;

/** A question template over the knowledge base: when it applies and how it answers. */
export interface Intent {
  name: string;
  /** Answer types it serves. */
  types: AnswerType[];
  /** Lemmas of which the question must hold one (each inner list once), when any. */
  triggers?: string[][];
  run(ctx: IntentContext): IntentResult;
}

/** Whether the question holds a lemma (or folded word, or phrase) of the list. */
export function mentions(q: AnalysedQuestion, words: string[]): boolean {
  const text = ` ${q.folded} `;
  return words.some((w) => (w.includes(' ') ? text.includes(` ${w} `) : q.tokens.some((t) => t.lemma === w || t.folded === w)));
}
