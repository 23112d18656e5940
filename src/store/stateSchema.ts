import { z } from 'zod';
import { TIME_OF_DAY } from '../text/timeOfDay.ts';

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

export const PlatformSchema = z.enum(['discord', 'slack', 'console']);

/** A channel's daily digest: when, in which time zone, and about what. */
export const SubscriptionSchema = z.object({
  platform: PlatformSchema,
  channelId: z.string().min(1),
  time: z.string().regex(TIME_OF_DAY),
  timezone: z.string().min(1),
  countries: z.array(z.string()),
  topics: z.array(z.string()),
  /** Post a short "nothing new" on days with nothing to say. */
  quiet: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

/** One scheduled digest of one channel, written before the send ('sending') and after it ('sent' or 'empty'). */
export const DigestRecordSchema = z.object({
  platform: PlatformSchema,
  channelId: z.string(),
  /** The scheduled instant (ISO), the idempotency key with the channel. */
  slot: z.string(),
  status: z.enum(['sending', 'sent', 'empty']),
  at: z.string(),
  /** Newest ingestion time covered, so the next digest starts after it. */
  coveredUntil: z.string(),
  articleIds: z.array(z.string()),
  /** Why the last attempt failed (the slot stays 'sending' and is tried again within the grace window). */
  error: z.string().optional(),
  /** How many times this slot has been tried. */
  attempts: z.number().int().min(0).optional(),
});

/** When each story first reached the corpus: digests report by ingestion, not only by article date. */
export const IngestedSchema = z.object({ contentHash: z.string(), file: z.string(), firstSeen: z.string() });

/** What the poller remembers of one feed: validators for a conditional GET, the last outcome, the items taken. */
export const FeedStateSchema = z.object({
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  lastPoll: z.string().optional(),
  lastSuccess: z.string().optional(),
  lastError: z.string().optional(),
  /** A server's Retry-After: no poll of this feed before then. */
  notBefore: z.string().optional(),
  /** Items written into the corpus, over the feed's life. */
  taken: z.number().int().min(0).default(0),
  /** Addresses already handled (taken, filtered or skipped), newest last, bounded. */
  seen: z.array(z.string()).default([]),
});
export type FeedState = z.infer<typeof FeedStateSchema>;

export const StateSchema = z.looseObject({
  version: z.literal(STATE_VERSION),
  feedback: z.array(FeedbackSchema).default([]),
  subscriptions: z.array(SubscriptionSchema).default([]),
  digests: z.array(DigestRecordSchema).default([]),
  ingested: z.array(IngestedSchema).default([]),
  feeds: z.record(z.string(), FeedStateSchema).default({}),
});

export type Subscription = z.infer<typeof SubscriptionSchema>;

export type Feedback = z.infer<typeof FeedbackSchema>;
export type State = z.infer<typeof StateSchema>;

export function emptyState(): State {
  return { version: STATE_VERSION, feedback: [], subscriptions: [], digests: [], ingested: [], feeds: {} };
}

/** Bring an older state file up to this version; unknown future versions are refused rather than damaged. */
export function migrate(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && !('version' in raw)) return { ...raw, version: STATE_VERSION };
  return raw;
}
