import { Citations } from '../core/cite.ts';
import type { Reply } from '../core/reply.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { QuestionFacts } from './analyzeQuestion.ts';
import type { ScoredSentence } from './retrieve.ts';
import { directAnswer } from './spans.ts';

/** Least share of a question's content a sentence must hold to be quoted as an answer (tuned with `npm run eval`). */
export const MIN_COVERAGE = 0.5;
const MAX_SENTENCES = 3;

/** The honest reply when no passage answers: no citations, and a way to look further. */
export function notCovered(kb: KnowledgeBase): Reply {
  return {
    title: 'Not covered',
    // The question is not echoed: whatever it carries (a ping, an injected claim) is not repeated back.
    text: `The corpus does not cover this: none of its ${kb.articles.length} articles answers the question. Try /search with a few key words, or /help.`,
    fields: [],
    citations: [],
  };
}

/** The sentences worth quoting: the best, then up to two more nearly as good from other passages. */
export function pickSentences(ranked: ScoredSentence[]): ScoredSentence[] {
  const best = ranked[0];
  if (!best || best.coverage < MIN_COVERAGE) return [];
  const picked = [best];
  for (const s of ranked.slice(1)) {
    if (picked.length >= MAX_SENTENCES) break;
    if (s.coverage < MIN_COVERAGE || s.score < best.score * 0.75) continue;
    if (picked.some((p) => p.text === s.text || p.passageId === s.passageId)) continue;
    picked.push(s);
  }
  return picked;
}

/**
 * Answer from the corpus's own sentences: the asked-for span first when there is one, then each supporting
 * sentence with its citation. Nothing is written that a cited sentence does not say.
 */
export function extractiveAnswer(q: QuestionFacts, ranked: ScoredSentence[], kb: KnowledgeBase): Reply {
  const picked = pickSentences(ranked);
  if (picked.length === 0) return notCovered(kb);
  // When the quoted sentences hold no span of the kind asked for, a nearly as good sentence that does is quoted too.
  if (!picked.some((s) => directAnswer(q, s.text, kb, s.articleId))) {
    // A sentence of the best sentence's own article may carry the span ("The forum took place in … Pretoria").
    const best = picked[0]!;
    const extra = ranked.slice(0, 8).find((s) => !picked.includes(s) && (s.articleId === best.articleId ? s.score >= best.score * 0.3 : s.coverage >= MIN_COVERAGE && s.score >= best.score * 0.6) && directAnswer(q, s.text, kb, s.articleId));
    if (extra) picked.splice(Math.min(picked.length, MAX_SENTENCES - 1), 1, extra);
  }
  const cite = new Citations(kb, true);
  const refs = picked.map((s) => cite.ref({ articleId: s.articleId, passageId: s.passageId, quote: s.text }));
  const lines: string[] = [];
  for (let i = 0; i < picked.length; i++) {
    const span = directAnswer(q, picked[i]!.text, kb, picked[i]!.articleId);
    if (span) {
      lines.push(`**${span}** ${refs[i]}`, '');
      break;
    }
  }
  picked.forEach((s, i) => lines.push(`• ${s.text} ${refs[i]}`));
  return { title: 'Answer', text: lines.join('\n'), fields: [], citations: cite.list };
}
