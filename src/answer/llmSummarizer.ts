import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { checkAnswer } from './checkAnswer.ts';
import { withoutInstructions } from '../text/instructionLike.ts';
import { createLlmChat, type LlmConfig } from './llmChat.ts';
import { lookupMaps } from '../knowledge/lookupMaps.ts';

/** A checked one-sentence summary and the passage it rests on. */
export interface Summary {
  text: string;
  passageId: string;
}

export type ArticleSummarizer = (articleId: string, kb: KnowledgeBase) => Promise<Summary | undefined>;

const SUMMARY_PASSAGES = 4;

/**
 * One-sentence digest summaries by an OpenAI-compatible model (prompts/digest.md), checked like answers: the
 * sentence must cite a passage it was shown that holds its names, numbers and dates. Otherwise undefined, and the
 * digest uses the article's lead sentence.
 */
export function createLlmSummarizer(config: LlmConfig, log: Logger): ArticleSummarizer {
  const chat = createLlmChat(config, 'digest', log);
  return async (articleId, kb) => {
    const article = lookupMaps(kb).article.get(articleId);
    if (!article) return undefined;
    const passages = (lookupMaps(kb).passagesOf.get(articleId) ?? [])
      .slice(0, SUMMARY_PASSAGES)
      .map((p) => ({ ...p, text: withoutInstructions(p.text) }));
    const result = await chat({ title: article.title, passages: passages.map((p, i) => `[${i + 1}] ${p.text}`).join('\n\n') });
    if ('failed' in result) return undefined;
    const checked = checkAnswer(
      result.text,
      passages.map((p) => p.text),
    );
    const first = checked.kept[0];
    if (!first || checked.kept.length !== 1) {
      for (const d of checked.dropped) log.info({ why: d.why, articleId }, 'dropped an unsupported digest summary');
      return undefined;
    }
    return { text: first.text.replace(/[.!?]?$/, '.'), passageId: passages[first.refs[0]! - 1]!.id };
  };
}
