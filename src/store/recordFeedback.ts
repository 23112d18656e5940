import type { Reply } from '../core/reply.ts';
import type { Feedback } from './stateSchema.ts';
import type { StateStore } from './stateStore.ts';

/** Who voted: the store needs only where the vote came from, not the command layer's whole caller. */
export interface Voter {
  platform: Feedback['platform'];
  userId?: string;
  channelId?: string;
}

/** Keep a 👍/👎 with the question, the answer and its citations, for whoever improves the answers. */
export function recordFeedback(store: StateStore, vote: 'up' | 'down', reply: Reply, caller: Voter): Promise<void> {
  return store.update((s) => {
    s.feedback.push({
      at: new Date().toISOString(),
      platform: caller.platform,
      userId: caller.userId ?? null,
      channelId: caller.channelId ?? null,
      vote,
      question: reply.answer?.question ?? reply.title,
      answer: reply.text,
      citations: reply.citations.map((c) => ({ n: c.n, articleId: c.articleId, title: c.title, url: c.url ?? null })),
    });
  });
}
