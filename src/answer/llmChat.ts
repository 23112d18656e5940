import OpenAI from 'openai';
import type { Logger } from 'pino';
import { fillPrompt, loadPrompt } from './prompt.ts';

export interface LlmConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Wait for one response (default 20 s). */
  timeoutMs: number;
  /** Retries on timeouts, 429 and 5xx, with the SDK's back-off. */
  maxRetries: number;
  /** One bound on the whole answer, retries included (default 12 s); after it the extractive answer is shown. */
  deadlineMs?: number;
}

/** The model's text, or why there is none ("timed out", "rate limited", "no text"). */
export type ChatResult = { text: string } | { failed: string };

function reasonOf(err: unknown): string {
  if (err instanceof OpenAI.RateLimitError) return 'rate limited';
  if (err instanceof OpenAI.APIConnectionTimeoutError) return 'timed out';
  if (err instanceof OpenAI.InternalServerError) return 'server error';
  if (err instanceof OpenAI.APIUserAbortError || (err as Error)?.name === 'AbortError') return 'timed out';
  if (err instanceof OpenAI.APIConnectionError) return 'unreachable';
  if (err instanceof OpenAI.APIError) return `error ${err.status ?? ''}`.trim();
  return 'failed';
}

/** One prompt template from prompts/ sent to an OpenAI-compatible model, with retries and one overall deadline. */
export function createLlmChat(config: LlmConfig, prompt: string, log: Logger): (slots: Record<string, string>) => Promise<ChatResult> {
  const client = new OpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, timeout: config.timeoutMs, maxRetries: config.maxRetries });
  const template = loadPrompt(prompt);
  // One deadline over the whole call, retries included: the client's timeout only covers waiting for headers.
  const deadlineMs = config.deadlineMs ?? Math.min(12_000, config.timeoutMs * (config.maxRetries + 1) + 2_000 * config.maxRetries);
  return async (slots) => {
    try {
      const res = await client.chat.completions.create(
        {
          model: config.model,
          temperature: 0,
          messages: [
            { role: 'system', content: template.system },
            { role: 'user', content: fillPrompt(template.user, slots) },
          ],
        },
        { signal: AbortSignal.timeout(deadlineMs) },
      );
      const text = res.choices?.[0]?.message?.content;
      if (typeof text !== 'string' || !text.trim()) return { failed: 'no text' };
      return { text };
    } catch (err) {
      const failed = reasonOf(err);
      log.warn({ reason: failed, model: config.model, prompt }, 'LLM unavailable');
      return { failed };
    }
  };
}
