import type { Reply } from '../core/reply.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { PassageIndex } from '../search/passageIndex.ts';
import { analyzeQuestion } from './analyzeQuestion.ts';
import { extractiveAnswer } from './extractive.ts';
import { lookupAnswer } from './lookups.ts';
import { retrieveSentences, type ScoredSentence } from './retrieve.ts';

/** Writes an answer from numbered passages; undefined (or a throw) falls back to the extractive answer. */
export interface PassageAnswerer {
  answer(question: string, passages: ScoredSentence[], kb: KnowledgeBase): Promise<{ reply?: Reply; note?: string }>;
}

export interface AnswerDeps {
  kb: KnowledgeBase;
  index: PassageIndex;
  llm?: PassageAnswerer;
}

/**
 * The question router: a lookup when the question clearly asks for a fact the knowledge base holds, otherwise
 * retrieval, answered by the LLM when one is configured and by the extractor when not (or when the LLM fails).
 */
export async function answerQuestion(question: string, deps: AnswerDeps): Promise<Reply> {
  const { kb, index } = deps;
  const q = analyzeQuestion(question, kb);
  const lookup = lookupAnswer(q, kb);
  if (lookup) return { ...lookup.reply, answer: { question, route: lookup.route, answerer: 'lookup' } };
  const ranked = retrieveSentences(q, kb, index);
  const extractive = extractiveAnswer(q, ranked, kb);
  if (deps.llm && extractive.citations.length) {
    const result = await deps.llm.answer(question, ranked, kb).catch(() => ({ reply: undefined, note: 'The language model failed; this answer is quoted from the sources.' }));
    if (result.reply) return { ...result.reply, answer: { question, route: 'retrieval', answerer: 'llm' } };
    if (result.note) return { ...extractive, text: `${extractive.text}\n\n_${result.note}_`, answer: { question, route: 'retrieval', answerer: 'extractive' } };
  }
  return { ...extractive, answer: { question, route: 'retrieval', answerer: 'extractive' } };
}
