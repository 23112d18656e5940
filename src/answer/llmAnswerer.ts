import type { Logger } from 'pino';
import { Citations } from '../knowledge/cite.ts';
import type { Reply } from '../core/reply.ts';
import { lookupMaps } from '../knowledge/lookupMaps.ts';
import { showDate } from '../knowledge/showDate.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { ModelInput, PassageAnswerer } from './answerQuestion.ts';
import { checkAnswer } from './checkAnswer.ts';
import { withoutInstructions } from '../text/instructionLike.ts';
import { createLlmChat, type LlmConfig } from './llmChat.ts';

export type { LlmConfig };

/** A passage as the model sees it: numbered, headed by its article's title, date and source. */
function headed(kb: KnowledgeBase, n: number, articleId: string, text: string): string {
  const a = lookupMaps(kb).article.get(articleId);
  const head = a ? `${a.title} (${showDate(a.date)}, ${a.source.agency})` : articleId;
  return `[${n}] ${head}\n${text}`;
}

/**
 * Answers from numbered passages with any OpenAI-compatible model. Its output is checked sentence by sentence
 * before anyone sees it; a failure or an answer with nothing supported left returns no reply, so the caller uses
 * the extractive answer.
 */
export function createLlmAnswerer(config: LlmConfig, log: Logger): PassageAnswerer {
  const chat = createLlmChat(config, 'answer', log);
  return {
    async answer(input: ModelInput, kb: KnowledgeBase): Promise<{ reply?: Reply; note?: string }> {
      // Instruction-like sentences never reach the model, and its answer is checked against what it was shown.
      const passages = input.passages.map((p) => ({ ...p, text: withoutInstructions(p.text) }));
      const result = await chat({
        question: input.question,
        passages: passages.map((p, i) => headed(kb, i + 1, p.articleId, p.text)).join('\n\n'),
      });
      if ('failed' in result) {
        if (result.failed === 'no text')
          return { note: 'The language model gave no usable answer; this answer is quoted from the sources.' };
        return { note: `The language model was unavailable (${result.failed}); this answer is quoted from the sources.` };
      }
      const checked = checkAnswer(
        result.text,
        passages.map((p) => p.text),
      );
      for (const d of checked.dropped) log.info({ why: d.why, sentence: d.text.slice(0, 200) }, 'dropped an unsupported LLM sentence');
      if (checked.notCovered || checked.kept.length === 0) return {};
      const cite = new Citations(kb, true);
      const lines = checked.kept.map((s) => {
        const refs = [
          ...new Set(
            s.refs.map((n) =>
              cite.ref({ articleId: passages[n - 1]!.articleId, passageId: passages[n - 1]!.id, quote: passages[n - 1]!.text }),
            ),
          ),
        ];
        const [, body, stop] = /^([\s\S]*?)([.!?]?)$/.exec(s.text)!;
        return `${body} ${refs.join('')}${stop || '.'}`;
      });
      return { reply: { title: 'Answer', text: lines.join(' '), fields: [], citations: cite.list } };
    },
  };
}
