import { z } from 'zod';
import { defineCommand } from '../src/core/command.ts';
import { MAX_OPTION_LENGTH } from '../src/core/options.ts';
import { textReply } from '../src/reply/reply.ts';
import { resolveEntity } from '../src/core/resolveEntity.ts';
import { UserError } from '../src/core/userError.ts';
import { composeDigest } from '../src/digest/composeDigest.ts';
import { localDateTime } from '../src/digest/localDate.ts';
import { nextSlot } from '../src/digest/scheduler.ts';
import { placeCandidates, topicCandidates } from '../src/knowledge/names.ts';
import { placeName } from '../src/knowledge/queries.ts';
import { firstSeenOf } from '../src/store/ingestRegistry.ts';
import { isTimeZone, TIME_OF_DAY } from '../src/text/timeOfDay.ts';
import { lastCoveredUntil } from '../src/store/lastCoveredUntil.ts';
import { StateWriteError } from '../src/store/stateStore.ts';

const FALLBACK = { time: '08:00', timezone: 'Asia/Ho_Chi_Minh' };

/** The next post in the channel's own time zone. */
function nextLocal(sub: { time: string; timezone: string } & Parameters<typeof nextSlot>[0]): string {
  const next = nextSlot(sub, new Date());
  return next ? localDateTime(next, sub.timezone) : 'unknown';
}

/** A change the store could not write was rolled back: say so, rather than confirm what will not last. */
async function saved(write: Promise<void>): Promise<void> {
  try {
    await write;
  } catch (err) {
    if (err instanceof StateWriteError) throw new UserError(`Not saved: ${err.message}, so this channel's digest is unchanged.`, 'Ask whoever runs the bot to check that its state folder is writable, then try again.');
    throw err;
  }
}
const list = (d: string) => z.string().trim().max(MAX_OPTION_LENGTH, `is longer than ${MAX_OPTION_LENGTH} characters`).describe(d).optional();

export const digest = defineCommand({
  name: 'digest',
  description: 'The daily digest for this channel: subscribe, unsubscribe, preview, status',
  options: z.object({
    action: z.enum(['subscribe', 'unsubscribe', 'preview', 'status']).describe('What to do'),
    time: z.string().trim().regex(TIME_OF_DAY, 'must be HH:MM, 24-hour, e.g. 08:00').describe('Local time to post, HH:MM (default 08:00)').optional(),
    timezone: z.string().trim().max(64).refine(isTimeZone, 'must be an IANA time zone such as Asia/Ho_Chi_Minh').describe('Time zone (default Asia/Ho_Chi_Minh)').optional(),
    countries: list('Only these countries, comma-separated: Norway, EU'),
    topics: list('Only these topics, comma-separated: green transition'),
    quiet: z.enum(['on', 'off']).describe('Post a short note on days with nothing new').optional(),
  }),
  positional: 'action',
  examples: ['/digest subscribe time:08:00 countries:Norway, Russia', '/digest preview', '/digest status', '/digest unsubscribe'],
  async run({ options, services: { kb, store, digestDefaults = FALLBACK }, caller }) {
    if (!store || !caller.channelId) throw new UserError('Digests belong to a channel of the running bot: use /digest in Discord, Slack or the console of `npm start`.');
    const platform = caller.platform === 'cli' ? 'console' : caller.platform;
    const mine = () => store.data.subscriptions.find((s) => s.platform === platform && s.channelId === caller.channelId);
    const names = (text: string | undefined, kind: 'country' | 'topic') => [...new Set(
      (text ?? '').split(/[,;]/).map((s) => s.trim()).filter(Boolean).map((n) => {
        const r = resolveEntity(kind, n, kind === 'country' ? placeCandidates(kb) : topicCandidates(kb), 'digest subscribe');
        if ('reply' in r) throw new UserError(r.reply.text, 'Usage: /digest subscribe [time:HH:MM] [timezone:Area/City] [countries:A, B] [topics:x, y]');
        return r.id;
      }))];

    switch (options.action) {
      case 'subscribe': {
        if (caller.canManage === false) throw new UserError('Only people who can manage this channel can change its digest.');
        const countries = names(options.countries, 'country');
        const topics = names(options.topics, 'topic');
        // Read and write in one step: concurrent calls for a channel apply in order, the last one wins.
        let prev: ReturnType<typeof mine>;
        let sub!: NonNullable<ReturnType<typeof mine>>;
        await saved(store.update((s) => {
          prev = s.subscriptions.find((x) => x.platform === platform && x.channelId === caller.channelId);
          sub = {
            platform,
            channelId: caller.channelId!,
            time: options.time ?? prev?.time ?? digestDefaults.time,
            timezone: options.timezone ?? prev?.timezone ?? digestDefaults.timezone,
            countries: options.countries !== undefined ? countries : (prev?.countries ?? []),
            topics: options.topics !== undefined ? topics : (prev?.topics ?? []),
            quiet: options.quiet ? options.quiet === 'on' : (prev?.quiet ?? false),
            createdBy: caller.userId ?? null,
            createdAt: prev?.createdAt ?? new Date().toISOString(),
          };
          s.subscriptions = s.subscriptions.filter((x) => x !== prev);
          s.subscriptions.push(sub);
        }));
        const topicName = (id: string) => kb.topics.find((t) => t.id === id)?.name ?? id;
        const filters = [sub.countries.map((c) => placeName(kb, c)).join(', '), sub.topics.map(topicName).join(', ')].filter(Boolean).join('; ');
        return textReply('Digest', `${prev ? 'Updated' : 'Subscribed'}: this channel gets the digest daily at ${sub.time} (${sub.timezone})${filters ? `, about ${filters}` : ''}. Next: ${nextLocal(sub)}.`);
      }
      case 'unsubscribe': {
        if (caller.canManage === false) throw new UserError('Only people who can manage this channel can change its digest.');
        let had = false;
        await saved(store.update((s) => {
          had = s.subscriptions.some((x) => x.platform === platform && x.channelId === caller.channelId);
          s.subscriptions = s.subscriptions.filter((x) => !(x.platform === platform && x.channelId === caller.channelId));
        }));
        return textReply('Digest', had ? 'Unsubscribed: no more digests in this channel.' : 'This channel has no digest subscription.');
      }
      case 'status': {
        const sub = mine();
        if (!sub) return textReply('Digest', 'This channel has no digest. Start one with /digest subscribe.');
        const last = store.data.digests.filter((d) => d.platform === platform && d.channelId === caller.channelId && d.status !== 'sending').at(-1);
        const filters = [...sub.countries.map((c) => placeName(kb, c)), ...sub.topics].join(', ') || 'everything';
        return {
          title: 'Digest status',
          text: `Daily at ${sub.time} (${sub.timezone}).`,
          fields: [
            { name: 'Next', value: nextLocal(sub) },
            { name: 'Last', value: last ? `${last.slot} (${last.status}, ${last.articleIds.length} articles)` : 'none yet' },
            { name: 'Filters', value: filters },
            { name: 'Quiet days', value: sub.quiet ? 'a short note' : 'nothing posted' },
          ],
          citations: [],
        };
      }
      case 'preview': {
        const sub = mine();
        const now = new Date();
        const last = lastCoveredUntil(store.data, platform, caller.channelId);
        const since = last ?? sub?.createdAt ?? new Date(now.getTime() - 86_400_000).toISOString();
        const d = composeDigest({ kb, firstSeen: firstSeenOf(store, kb), since, now, timezone: sub?.timezone ?? digestDefaults.timezone, countries: sub?.countries ?? [], topics: sub?.topics ?? [] });
        return d.reply ?? textReply('Digest preview', `Nothing to post now: no new articles since ${since} and no anniversaries in the next 7 days.`);
      }
    }
  },
});
