import { createHash } from 'node:crypto';
import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { ArticleSummarizer } from '../answer/llmSummarizer.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Delivery, Reply } from '../core/reply.ts';
import { firstSeenOf } from '../store/ingestRegistry.ts';
import type { Subscription } from '../store/stateSchema.ts';
import type { StateStore } from '../store/stateStore.ts';
import { composeDigest } from './composeDigest.ts';
import { lastCoveredUntil } from '../store/lastCoveredUntil.ts';

/** Posts a digest to a subscribed channel, marked so that a platform can drop a repeat of the same slot. */
export type DigestSender = (sub: Subscription, reply: Reply, delivery: Delivery) => Promise<void>;

export interface SchedulerOptions {
  store: StateStore;
  /** The corpus as it is now, and the model that writes summaries when one is configured. */
  services: () => { kb: KnowledgeBase; summarize?: ArticleSummarizer };
  send: DigestSender;
  log: Logger;
  now?: () => Date;
  /** A slot missed by less than this (downtime) is still posted on start-up. Default 6 h. */
  graceMs?: number;
  /** How long one channel's post may take before it counts as failed. Default 30 s. */
  postTimeoutMs?: number;
}

/** A digest a run finished: posted, or found to have nothing to say (a quiet day without `quiet:on`). */
export interface DigestDone {
  platform: Subscription['platform'];
  channelId: string;
  slot: string;
  articles: number;
  posted: boolean;
}

/** What one run did, channel by channel. */
export interface DigestRun {
  done: DigestDone[];
  failed: DigestFailure[];
}

/** A digest that could not be posted in one run, and why. */
export interface DigestFailure {
  platform: Subscription['platform'];
  channelId: string;
  slot: string;
  error: string;
}

const HOUR = 3_600_000;
const KEEP_RECORDS = 60;
/** A slot that failed this often (one try a minute) is given up, loudly, rather than tried all day. */
const MAX_ATTEMPTS = 10;

/** The channel's subscription pattern, evaluated in its own time zone. */
function cronOf(sub: Subscription): Cron {
  const [h, m] = sub.time.split(':').map(Number);
  return new Cron(`${m} ${h} * * *`, { timezone: sub.timezone, paused: true });
}

/** The latest scheduled instant at or before `now`, if within the last day. */
export function latestSlot(sub: Subscription, now: Date): Date | undefined {
  const job = cronOf(sub);
  const slot = job.nextRun(new Date(now.getTime() - 25 * HOUR));
  let latest: Date | undefined;
  for (let s = slot; s && s <= now; s = job.nextRun(s)) latest = s;
  job.stop();
  return latest;
}

/** The next scheduled instant after `now`. */
export function nextSlot(sub: Subscription, now: Date): Date | undefined {
  const job = cronOf(sub);
  const next = job.nextRun(now) ?? undefined;
  job.stop();
  return next;
}

/**
 * Posts each channel's digest at its local time. A minute tick checks every subscription's latest slot; a slot is
 * posted when it has no finished record and is within the grace window, so downtime shorter than the window is
 * caught up on start-up. Each slot is recorded 'sending' before the send and 'sent' after it. A slot found 'sending'
 * (a crash or a failure after the platform may have taken the post) is sent again marked as a retry: Slack's
 * adapter then looks for the slot's metadata in the channel and posts only what is missing; Discord drops the
 * repeat by its nonce.
 *
 * Channels are posted independently and each post has its own deadline: a platform that hangs or keeps failing
 * delays only its own channels. A failed post keeps its slot 'sending' with the reason and is tried again on a later
 * tick; a post still running past its deadline is never started a second time while it runs.
 */
export class DigestScheduler {
  private tick?: Cron;
  private running: Promise<DigestRun> = Promise.resolve({ done: [], failed: [] });
  private readonly now: () => Date;
  private readonly graceMs: number;
  private readonly postTimeoutMs: number;
  /** Posts started and not yet settled (even past their deadline), by channel and slot. */
  private readonly inFlight = new Set<string>();

  constructor(private readonly o: SchedulerOptions) {
    this.now = o.now ?? (() => new Date());
    this.graceMs = o.graceMs ?? 6 * HOUR;
    this.postTimeoutMs = o.postTimeoutMs ?? 30_000;
  }

  /** Catch up on missed slots, then check every minute. */
  async start(): Promise<void> {
    this.tick = new Cron('* * * * *', () => void this.runDue());
    await this.runDue();
  }

  async stop(): Promise<void> {
    this.tick?.stop();
    await this.running;
  }

  /** Post every digest that is due now and not yet posted; resolves with what was done and what failed. Runs are serialised. */
  runDue(): Promise<DigestRun> {
    this.running = this.running
      .then(() => this.due())
      .catch((err) => {
        this.o.log.error({ err }, 'digest run failed');
        return { done: [], failed: [] };
      });
    return this.running;
  }

  private async due(): Promise<DigestRun> {
    const now = this.now();
    const jobs: Array<Promise<DigestDone | DigestFailure>> = [];
    for (const sub of [...this.o.store.data.subscriptions]) {
      const slot = latestSlot(sub, now);
      if (!slot || now.getTime() - slot.getTime() > this.graceMs) continue;
      const slotIso = slot.toISOString();
      const record = this.o.store.data.digests.find(
        (d) => d.platform === sub.platform && d.channelId === sub.channelId && d.slot === slotIso,
      );
      if (record && record.status !== 'sending') continue;
      if ((record?.attempts ?? 0) >= MAX_ATTEMPTS) continue;
      const key = `${sub.platform}:${sub.channelId}:${slotIso}`;
      if (this.inFlight.has(key)) continue;
      // A record left 'sending' means an earlier attempt may have reached the channel.
      jobs.push(this.attempt(sub, slot, now, key, record?.attempts ?? 0, record !== undefined));
    }
    const results = await Promise.all(jobs);
    return { done: results.filter((r): r is DigestDone => 'posted' in r), failed: results.filter((r): r is DigestFailure => 'error' in r) };
  }

  /** One channel's post under its deadline; a failure is recorded on its slot and returned, never thrown. */
  private async attempt(
    sub: Subscription,
    slot: Date,
    now: Date,
    key: string,
    attempts: number,
    retry: boolean,
  ): Promise<DigestDone | DigestFailure> {
    this.inFlight.add(key);
    const post = this.post(sub, slot, now, attempts + 1, retry).finally(() => this.inFlight.delete(key));
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer from ${sub.platform} within ${Math.round(this.postTimeoutMs / 1000)} s`)),
        this.postTimeoutMs,
      );
    });
    try {
      const { articles, posted } = await Promise.race([post, deadline]);
      return { platform: sub.platform, channelId: sub.channelId, slot: slot.toISOString(), articles, posted };
    } catch (err) {
      const error = (err as Error).message ?? String(err);
      const slotIso = slot.toISOString();
      const last = attempts + 1 >= MAX_ATTEMPTS;
      this.o.log.error(
        { err: error, channel: sub.channelId, platform: sub.platform, slot: slotIso, attempt: attempts + 1 },
        last ? 'digest not posted; giving up on this slot' : 'digest not posted; will retry next minute',
      );
      await this.o.store
        .update((s) => {
          const r = s.digests.find((d) => d.platform === sub.platform && d.channelId === sub.channelId && d.slot === slotIso);
          if (r && r.status === 'sending') Object.assign(r, { error: error.slice(0, 300), attempts: attempts + 1 });
        })
        .catch(() => undefined);
      return { platform: sub.platform, channelId: sub.channelId, slot: slotIso, error };
    } finally {
      clearTimeout(timer);
      // A post past its deadline may still settle later: its failure then is only logged.
      post.catch(() => undefined);
    }
  }

  private async post(
    sub: Subscription,
    slot: Date,
    now: Date,
    attempts: number,
    retry: boolean,
  ): Promise<{ articles: number; posted: boolean }> {
    const digest = await this.compose(sub, now);
    const slotIso = slot.toISOString();
    const record = {
      platform: sub.platform,
      channelId: sub.channelId,
      slot: slotIso,
      at: now.toISOString(),
      coveredUntil: digest.coveredUntil,
      articleIds: digest.articleIds,
    };
    const reply =
      digest.reply ??
      (sub.quiet
        ? { title: 'Daily digest', text: 'Nothing new in the corpus since the last digest.', fields: [], citations: [] }
        : undefined);
    await this.o.store.update((s) => {
      s.digests = s.digests.filter((d) => !(d.platform === sub.platform && d.channelId === sub.channelId && d.slot === slotIso));
      s.digests.push({ ...record, status: 'sending', attempts });
    });
    if (reply) await this.o.send(sub, reply, { nonce: nonceOf(sub, slotIso), slot: slotIso, retry });
    await this.o.store.update((s) => {
      const r = s.digests.find((d) => d.platform === sub.platform && d.channelId === sub.channelId && d.slot === slotIso);
      if (r) {
        r.status = reply ? 'sent' : 'empty';
        delete r.error;
      }
      const mine = s.digests.filter((d) => d.platform === sub.platform && d.channelId === sub.channelId);
      if (mine.length > KEEP_RECORDS) s.digests = s.digests.filter((d) => !mine.slice(0, mine.length - KEEP_RECORDS).includes(d));
    });
    this.o.log.info(
      { channel: sub.channelId, platform: sub.platform, slot: slotIso, articles: digest.articleIds.length, posted: Boolean(reply) },
      'digest done',
    );
    return { articles: digest.articleIds.length, posted: Boolean(reply) };
  }

  /** The channel's digest as of now: what arrived since its last one, summarised by the model when configured. */
  private async compose(sub: Subscription, now: Date): Promise<ReturnType<typeof composeDigest>> {
    const { kb, summarize } = this.o.services();
    const since = this.lastCovered(sub);
    const input = {
      kb,
      firstSeen: firstSeenOf(this.o.store, kb),
      ...(since ? { since } : {}),
      now,
      timezone: sub.timezone,
      countries: sub.countries,
      topics: sub.topics,
    };
    const digest = composeDigest(input);
    if (!summarize || !digest.articleIds.length) return digest;
    // With a model configured, each new article gets a checked one-sentence summary; failures keep the lead.
    const summaries: Record<string, { text: string; passageId: string }> = {};
    for (const id of digest.articleIds) {
      const s = await summarize(id, kb).catch(() => undefined);
      if (s) summaries[id] = s;
    }
    return composeDigest({ ...input, summaries });
  }

  /** Where this channel's last finished digest stopped. */
  lastCovered(sub: Subscription): string | undefined {
    return lastCoveredUntil(this.o.store.data, sub.platform, sub.channelId) ?? sub.createdAt;
  }
}

/** Discord nonces are at most 25 characters: a hash of channel and slot. */
export function nonceOf(sub: Subscription, slot: string): string {
  return createHash('sha256').update(`${sub.platform}:${sub.channelId}:${slot}`).digest('hex').slice(0, 25);
}
