import { z } from 'zod';

/** Bump when the shape changes, and add a step to `migrate`. */
export const STATE_VERSION = 1;

export const FeedbackSchema = z.object({
  at: z.string(),
  platform: z.enum(['console', 'cli', 'discord', 'slack']),
  userId: z.string().nullable(),
  channelId: z.string().nullable(),
  vote: z.enum(['up', 'down']),
  question: z.string(),
  answer: z.string(),
  citations: z.array(z.object({ n: z.number(), articleId: z.string(), title: z.string(), url: z.string().nullable() })),
});

export const StateSchema = z.looseObject({
  version: z.literal(STATE_VERSION),
  feedback: z.array(FeedbackSchema).default([]),
});

export type Feedback = z.infer<typeof FeedbackSchema>;
export type State = z.infer<typeof StateSchema>;

export function emptyState(): State {
  return { version: STATE_VERSION, feedback: [] };
}

/** Bring an older state file up to this version; unknown future versions are refused rather than damaged. */
export function migrate(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && !('version' in raw)) return { ...raw, version: STATE_VERSION };
  return raw;
}
