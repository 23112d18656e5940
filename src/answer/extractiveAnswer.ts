import type { KnowledgeBase } from '../knowledge/types.ts';
import { noAnswer, type Answer, type AnswerEvidence } from './answer.ts';
import type { AnswerType } from './answerType.ts';
import { candidateIn, type Candidate } from './candidates.ts';
import type { Links } from './linkEntities.ts';
import type { AnalysedQuestion } from './readQuestion.ts';
import type { ScoredSentence } from './retrievePassages.ts';
import { WEIGHTS, type Weights } from './scoreSentence.ts';

/** A retrieved sentence with its score and the typed span it offers. */
export type RankedSentence = ScoredSentence & { score: number; candidate?: Candidate };

// Types whose answer is the sentences themselves: more of them are quoted.
const WIDE: AnswerType[] = ['items', 'countries', 'reason', 'events', 'overview'];

const evidenceOf = (s: ScoredSentence, quote = s.text): AnswerEvidence => ({ articleId: s.articleId, passageId: s.passageId, quote });

/**
 * The extractive answer: the best sentence when it clears the threshold, nearly as good ones from other passages,
 * and the typed span of the best sentence that has one. Nothing is said that a quoted sentence does not say.
 */
export function extractiveAnswer(type: AnswerType, ranked: RankedSentence[], w: Weights = WEIGHTS): Answer {
  const best = ranked[0];
  if (!best || best.score < w.threshold) return noAnswer('retrieval', type, best ? `best sentence scores ${best.score.toFixed(2)}, below ${w.threshold}` : 'no passage matched');
  const max = WIDE.includes(type) ? 3 : 2;
  const picked: RankedSentence[] = [best];
  for (const s of ranked.slice(1)) {
    if (picked.length >= max) break;
    if (s.score < best.score * w.keep) break;
    if (picked.some((p) => p.text === s.text || (p.passageId === s.passageId && Math.abs(p.at - s.at) > 1))) continue;
    picked.push(s);
  }
  // The span: from a picked sentence, else from a nearly as good one, which is then quoted too.
  let spanFrom = picked.find((s) => s.candidate);
  if (!spanFrom) {
    spanFrom = ranked.slice(0, 8).find((s) => s.candidate && s.score >= best.score * w.keep * 0.9);
    if (spanFrom) picked.splice(Math.min(picked.length, max - 1), 1, spanFrom);
  }
  // A sentence that leans on its neighbours ("He said…") is quoted with them.
  const quotes = picked.map((s) => evidenceOf(s, s.features.window - s.features.cover > 0.25 ? s.context : s.text));
  return {
    route: 'retrieval',
    type,
    ...(spanFrom?.candidate ? { span: { text: spanFrom.candidate.text, evidence: [evidenceOf(spanFrom)] } } : {}),
    lines: [],
    quotes,
  };
}

/** Score and type every retrieved sentence, best first. */
export function rankSentences(q: AnalysedQuestion, links: Links, type: AnswerType, sentences: ScoredSentence[], kb: KnowledgeBase, score: (s: ScoredSentence, typed: boolean) => number): RankedSentence[] {
  return sentences
    .map((s) => {
      const candidate = candidateIn(q, links, type, s.text, kb, s.articleId);
      return { ...s, score: score(s, Boolean(candidate)), ...(candidate ? { candidate } : {}) };
    })
    .sort((a, b) => b.score - a.score);
}
