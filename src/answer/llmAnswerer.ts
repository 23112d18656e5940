import OpenAI from 'openai';
import type { Logger } from 'pino';
import { Citations } from '../core/cite.ts';
import type { Reply } from '../core/reply.ts';
import type { Passage } from '../corpus/types.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { PassageAnswerer } from './answerQuestion.ts';
import { checkAnswer } from './checkAnswer.ts';
import { withoutInstructions } from './instructionLike.ts';
import { fillPrompt, loadPrompt } from './prompt.ts';
import type { ScoredSentence } from './retrieve.ts';

export interface LlmConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Wait for one response (default 20 s). */
  timeoutMs: number;
  /** Retries on timeouts, 429 and 5xx, with the SDK's back-off. */
  maxRetries: number;
}

/** Most passages shown to the model: enough context, short enough to check every sentence against. */
export const LLM_PASSAGES = 6;

function reasonOf(err: unknown): string {
  if (err instanceof OpenAI.RateLimitError) return 'rate limited';
  if (err instanceof OpenAI.APIConnectionTimeoutError) return 'timed out';
  if (err instanceof OpenAI.InternalServerError) return 'server error';
  if (err instanceof OpenAI.APIUserAbortError || (err as Error)?.name === 'AbortError') return 'timed out';
  if (err instanceof OpenAI.APIConnectionError) return 'unreachable';
  if (err instanceof OpenAI.APIError) return `error ${err.status ?? ''}`.trim();
  return 'failed';
}

/** The distinct passages behind the best sentences, best first. */
function topPassages(ranked: ScoredSentence[], kb: KnowledgeBase): Passage[] {
  const ids: string[] = [];
  for (const s of ranked) {
    if (!ids.includes(s.passageId)) ids.push(s.passageId);
    if (ids.length >= LLM_PASSAGES) break;
  }
  return ids.map((id) => kb.passages.find((p) => p.id === id)!);
}

/**
 * Answers from numbered passages with any OpenAI-compatible model. Its output is checked sentence by sentence
 * before anyone sees it; a failure or an answer with nothing supported left returns no reply, so the caller uses
 * the extractive answer.
 */
export function createLlmAnswerer(config: LlmConfig, log: Logger): PassageAnswerer {
  const client = new OpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, timeout: config.timeoutMs, maxRetries: config.maxRetries });
  const template = loadPrompt('answer');
  // One deadline over the whole call, retries included: the client's timeout only covers waiting for headers.
  const deadlineMs = config.timeoutMs * (config.maxRetries + 1) + 2_000 * config.maxRetries;
  return {
    async answer(question, ranked, kb): Promise<{ reply?: Reply; note?: string }> {
      // Instruction-like sentences never reach the model, and its answer is checked against what it was shown.
      const passages = topPassages(ranked, kb).map((p) => ({ ...p, text: withoutInstructions(p.text) }));
      const numbered = passages.map((p, i) => `[${i + 1}] ${p.text}`).join('\n\n');
      let content: unknown;
      try {
        const res = await client.chat.completions.create(
          {
            model: config.model,
            temperature: 0,
            messages: [
              { role: 'system', content: template.system },
              { role: 'user', content: fillPrompt(template.user, { question, passages: numbered }) },
            ],
          },
          { signal: AbortSignal.timeout(deadlineMs) },
        );
        content = res.choices?.[0]?.message?.content;
      } catch (err) {
        const reason = reasonOf(err);
        log.warn({ reason, model: config.model }, 'LLM unavailable; answering extractively');
        return { note: `The language model was unavailable (${reason}); this answer is quoted from the sources.` };
      }
      if (typeof content !== 'string' || !content.trim()) {
        log.warn({ model: config.model }, 'LLM returned no text; answering extractively');
        return { note: 'The language model gave no usable answer; this answer is quoted from the sources.' };
      }
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
