import type { KnowledgeBase } from '../knowledge/types.ts';
import { noAnswer, type Answer, type AnswerEvidence } from './answer.ts';
import type { AnswerType } from './answerType.ts';
import { candidateIn, type Candidate } from './candidates.ts';
import { givesReason, reportsContent } from './cues.ts';
import type { Links } from './linkEntities.ts';
import type { AnalysedQuestion } from './readQuestion.ts';
import type { ScoredSentence } from './retrievePassages.ts';
import type { Sentence } from './sentencesOf.ts';
import { WEIGHTS, type Weights } from './scoreSentence.ts';

/** A retrieved sentence with its score and the typed span it offers. */
export type RankedSentence = ScoredSentence & { score: number; candidate?: Candidate; typed: boolean };

// Types whose answer is the sentences themselves: more of them are quoted.
const WIDE: AnswerType[] = ['items', 'countries', 'reason', 'events', 'overview'];

/** Share of the best score a sentence of the same article giving a reason needs to be quoted with it. */
const REASON_KEEP = 0.5;

const evidenceOf = (s: ScoredSentence, quote = s.text): AnswerEvidence => ({ articleId: s.articleId, passageId: s.passageId, quote });

/**
 * The extractive answer: the best sentence when it clears the threshold, nearly as good ones from other passages,
 * and the typed span of the best sentence that has one. Nothing is said that a quoted sentence does not say.
 */
export function extractiveAnswer(
  type: AnswerType,
  ranked: RankedSentence[],
  w: Weights = WEIGHTS,
  after?: (s: Sentence & { at: number }) => Sentence | undefined,
): Answer {
  const best = ranked[0];
  if (!best || best.score < w.threshold)
    return noAnswer('retrieval', type, best ? `best sentence scores ${best.score.toFixed(2)}, below ${w.threshold}` : 'no passage matched');
  const max = WIDE.includes(type) ? 3 : 2;
  const picked: RankedSentence[] = [best];
  for (const s of ranked.slice(1)) {
    if (picked.length >= max) break;
    if (s.score < best.score * w.keep) break;
    if (picked.some((p) => p.text === s.text || (p.passageId === s.passageId && Math.abs(p.at - s.at) > 1))) continue;
    picked.push(s);
  }
  // A reason is often given over several sentences of one article: those that give one join the best.
  if (type === 'reason') {
    for (const s of ranked.slice(1, 20)) {
      if (picked.length >= max) break;
      if (s.articleId === best.articleId && s.typed && s.score >= best.score * REASON_KEEP && !picked.some((p) => p.text === s.text))
        picked.push(s);
    }
  }
  // The span (or, for a reason, the sentence that gives it): from a picked sentence, else from a sentence of the
  // best one's article or a nearly as good one elsewhere, which is then quoted too.
  let spanFrom = picked.find((s) => s.typed);
  if (!spanFrom) {
    spanFrom = ranked.slice(0, 12).find((s) => s.typed && (s.articleId === best.articleId || s.score >= best.score * w.keep * 0.9));
    if (spanFrom) picked.splice(Math.min(picked.length, max - 1), 1, spanFrom);
  }
  // A sentence that leans on its neighbours ("He said…") is quoted with them.
  const quotes = picked.map((s) => evidenceOf(s, s.features.window - s.features.cover > 0.25 ? s.context : s.text));
  // A reason (or "what did they discuss") question whose best sentence gives none of its own is answered by what
  // the article says next.
  const next = (type === 'reason' || type === 'overview') && !best.typed ? after?.(best) : undefined;
  if (next && !quotes.some((e) => e.quote.includes(next.text))) {
    quotes.splice(1, 0, { articleId: next.articleId, passageId: next.passageId, quote: next.text });
    quotes.length = Math.min(quotes.length, max);
  }
  return {
    route: 'retrieval',
    type,
    ...(spanFrom?.candidate ? { span: { text: spanFrom.candidate.text, evidence: [evidenceOf(spanFrom)] } } : {}),
    lines: [],
    quotes,
  };
}

/** Score and type every retrieved sentence, best first. */
export function rankSentences(
  q: AnalysedQuestion,
  links: Links,
  type: AnswerType,
  sentences: ScoredSentence[],
  kb: KnowledgeBase,
  score: (s: ScoredSentence, typed: boolean) => number,
): RankedSentence[] {
  return sentences
    .map((s) => {
      const candidate = candidateIn(q, links, type, s.text, kb, s.articleId);
      // A reason has no span to cut out: a sentence that gives one ("aims to", "because") is of the asked type.
      const typed = Boolean(candidate) || (type === 'reason' && givesReason(s.text, q)) || (type === 'overview' && reportsContent(s.text));
      return { ...s, score: score(s, typed), typed, ...(candidate ? { candidate } : {}) };
    })
    .sort((a, b) => b.score - a.score);
}
