import type { Logger } from 'pino';
import { Citations } from '../core/cite.ts';
import type { Reply } from '../core/reply.ts';
import type { Passage } from '../corpus/types.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { PassageAnswerer } from './answerQuestion.ts';
import { checkAnswer } from './checkAnswer.ts';
import { withoutInstructions } from './instructionLike.ts';
import { createLlmChat, type LlmConfig } from './llmChat.ts';
import type { ScoredSentence } from './retrieve.ts';
import { lookupMaps } from '../knowledge/lookupMaps.ts';

export type { LlmConfig };

/** Most passages shown to the model: enough context, short enough to check every sentence against. */
export const LLM_PASSAGES = 6;

/** The distinct passages behind the best sentences, best first. */
function topPassages(ranked: ScoredSentence[], kb: KnowledgeBase): Passage[] {
  const ids: string[] = [];
  for (const s of ranked) {
    if (!ids.includes(s.passageId)) ids.push(s.passageId);
    if (ids.length >= LLM_PASSAGES) break;
  }
  return ids.map((id) => lookupMaps(kb).passage.get(id)!);
}

/**
 * Answers from numbered passages with any OpenAI-compatible model. Its output is checked sentence by sentence
 * before anyone sees it; a failure or an answer with nothing supported left returns no reply, so the caller uses
 * the extractive answer.
 */
export function createLlmAnswerer(config: LlmConfig, log: Logger): PassageAnswerer {
  const chat = createLlmChat(config, 'answer', log);
  return {
    async answer(question, ranked, kb): Promise<{ reply?: Reply; note?: string }> {
      // Instruction-like sentences never reach the model, and its answer is checked against what it was shown.
      const passages = topPassages(ranked, kb).map((p) => ({ ...p, text: withoutInstructions(p.text) }));
      const result = await chat({ question, passages: passages.map((p, i) => `[${i + 1}] ${p.text}`).join('\n\n') });
      if ('failed' in result) {
        if (result.failed === 'no text') return { note: 'The language model gave no usable answer; this answer is quoted from the sources.' };
        return { note: `The language model was unavailable (${result.failed}); this answer is quoted from the sources.` };
      }
      const content = result.text;
      const checked = checkAnswer(content, passages.map((p) => p.text));
      for (const d of checked.dropped) log.info({ why: d.why, sentence: d.text.slice(0, 200) }, 'dropped an unsupported LLM sentence');
      if (checked.notCovered || checked.kept.length === 0) return {};
      const cite = new Citations(kb, true);
      const lines = checked.kept.map((s) => {
        const refs = [...new Set(s.refs.map((n) => cite.ref({ articleId: passages[n - 1]!.articleId, passageId: passages[n - 1]!.id, quote: passages[n - 1]!.text })))];
        const [, body, stop] = /^([\s\S]*?)([.!?]?)$/.exec(s.text)!;
        return `${body} ${refs.join('')}${stop || '.'}`;
      });
      return { reply: { title: 'Answer', text: lines.join(' '), fields: [], citations: cite.list } };
    },
  };
}
