import { createHash } from 'node:crypto';
import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { Services } from '../core/command.ts';
import type { Reply } from '../core/reply.ts';
import { firstSeenOf } from '../store/ingestRegistry.ts';
import type { Subscription } from '../store/stateSchema.ts';
import type { StateStore } from '../store/stateStore.ts';
import { composeDigest } from './composeDigest.ts';
import { lastCoveredUntil } from '../store/lastCoveredUntil.ts';

/** Posts a digest to a subscribed channel; `nonce` is the same for every attempt at one channel's slot. */
export type DigestSender = (sub: Subscription, reply: Reply, nonce: string) => Promise<void>;

export interface SchedulerOptions {
  store: StateStore;
  services: () => Services;
  send: DigestSender;
  log: Logger;
  now?: () => Date;
  /** A slot missed by less than this (downtime) is still posted on start-up. Default 6 h. */
  graceMs?: number;
}

const HOUR = 3_600_000;
const KEEP_RECORDS = 60;

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
 * caught up on start-up. Each slot is recorded 'sending' before the send and 'sent' after it: a crash between the
 * two re-sends that one digest on restart (at least once); Discord drops that duplicate by its nonce.
 */
export class DigestScheduler {
  private tick?: Cron;
  private running: Promise<void> = Promise.resolve();
  private readonly now: () => Date;
  private readonly graceMs: number;

  constructor(private readonly o: SchedulerOptions) {
    this.now = o.now ?? (() => new Date());
    this.graceMs = o.graceMs ?? 6 * HOUR;
  }

  /** Catch up on missed slots, then check every minute. */
  start(): Promise<void> {
    this.tick = new Cron('* * * * *', () => void this.runDue());
    return this.runDue();
  }

  stop(): Promise<void> {
    this.tick?.stop();
    return this.running;
  }

  /** Post every digest that is due now and not yet posted. Runs are serialised. */
  runDue(): Promise<void> {
    this.running = this.running.then(() => this.due()).catch((err) => this.o.log.error({ err }, 'digest run failed'));
    return this.running;
  }

  private async due(): Promise<void> {
    const now = this.now();
    for (const sub of [...this.o.store.data.subscriptions]) {
      const slot = latestSlot(sub, now);
      if (!slot || now.getTime() - slot.getTime() > this.graceMs) continue;
      const record = this.o.store.data.digests.find((d) => d.platform === sub.platform && d.channelId === sub.channelId && d.slot === slot.toISOString());
      if (record && record.status !== 'sending') continue;
      await this.post(sub, slot, now).catch((err) => this.o.log.error({ err, channel: sub.channelId, platform: sub.platform }, 'digest not posted; will retry next minute'));
    }
  }

  private async post(sub: Subscription, slot: Date, now: Date): Promise<void> {
    const { kb, summarize } = this.o.services();
    const since = this.lastCovered(sub);
    const input = { kb, firstSeen: firstSeenOf(this.o.store, kb), ...(since ? { since } : {}), now, timezone: sub.timezone, countries: sub.countries, topics: sub.topics };
    let digest = composeDigest(input);
    if (summarize && digest.articleIds.length) {
      // With a model configured, each new article gets a checked one-sentence summary; failures keep the lead.
      const summaries: Record<string, { text: string; passageId: string }> = {};
      for (const id of digest.articleIds) {
        const s = await summarize(id, kb).catch(() => undefined);
        if (s) summaries[id] = s;
      }
      digest = composeDigest({ ...input, summaries });
    }
    const slotIso = slot.toISOString();
    const record = { platform: sub.platform, channelId: sub.channelId, slot: slotIso, at: now.toISOString(), coveredUntil: digest.coveredUntil, articleIds: digest.articleIds };
    const reply = digest.reply ?? (sub.quiet ? { title: 'Daily digest', text: 'Nothing new in the corpus since the last digest.', fields: [], citations: [] } : undefined);
    await this.o.store.update((s) => {
      s.digests = s.digests.filter((d) => !(d.platform === sub.platform && d.channelId === sub.channelId && d.slot === slotIso));
      s.digests.push({ ...record, status: 'sending' });
    });
    if (reply) await this.o.send(sub, reply, nonceOf(sub, slotIso));
    await this.o.store.update((s) => {
      const r = s.digests.find((d) => d.platform === sub.platform && d.channelId === sub.channelId && d.slot === slotIso);
      if (r) r.status = reply ? 'sent' : 'empty';
      const mine = s.digests.filter((d) => d.platform === sub.platform && d.channelId === sub.channelId);
      if (mine.length > KEEP_RECORDS) s.digests = s.digests.filter((d) => !mine.slice(0, mine.length - KEEP_RECORDS).includes(d));
    });
    this.o.log.info({ channel: sub.channelId, platform: sub.platform, slot: slotIso, articles: digest.articleIds.length, posted: Boolean(reply) }, 'digest done');
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
