import { z } from 'zod';
import { defineCommand } from '../src/app/command.ts';
import { MAX_OPTION_LENGTH } from '../src/app/options.ts';
import { textReply, type Reply } from '../src/core/reply.ts';
import type { Caller } from '../src/app/command.ts';
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import type { Subscription } from '../src/store/stateSchema.ts';
import { resolveEntity } from '../src/app/resolveEntity.ts';
import { UserError } from '../src/core/userError.ts';
import { composeDigest } from '../src/digest/composeDigest.ts';
import { localDateTime } from '../src/digest/localDate.ts';
import { nextSlot } from '../src/digest/scheduler.ts';
import { placeCandidates, topicCandidates } from '../src/knowledge/names.ts';
import { placeName } from '../src/knowledge/queries.ts';
import { firstSeenOf } from '../src/store/ingestRegistry.ts';
import { isTimeZone, TIME_OF_DAY } from '../src/text/timeOfDay.ts';
import { lastCoveredUntil } from '../src/store/lastCoveredUntil.ts';
import { StateWriteError, type StateStore } from '../src/store/stateStore.ts';

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
    if (err instanceof StateWriteError)
      throw new UserError(
        `Not saved: ${err.message}, so this channel's digest is unchanged.`,
        'Ask whoever runs the bot to check that its state folder is writable, then try again.',
      );
    throw err;
  }
}
const list = (d: string) =>
  z.string().trim().max(MAX_OPTION_LENGTH, `is longer than ${MAX_OPTION_LENGTH} characters`).describe(d).optional();

/** The channel a /digest is about, and what its actions read. */
interface Here {
  kb: KnowledgeBase;
  store: StateStore;
  caller: Caller;
  channelId: string;
  platform: Subscription['platform'];
  digestDefaults: { time: string; timezone: string };
}

const subscriptionOf = (here: Here, subs: Subscription[]) =>
  subs.find((s) => s.platform === here.platform && s.channelId === here.channelId);

/** Country or topic names typed by the user, as ids; a name that matches none says which it could be. */
function namesOf(kb: KnowledgeBase, text: string | undefined, kind: 'country' | 'topic'): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((n) => {
          const r = resolveEntity(kind, n, kind === 'country' ? placeCandidates(kb) : topicCandidates(kb), 'digest subscribe');
          if ('reply' in r)
            throw new UserError(r.reply.text, 'Usage: /digest subscribe [time:HH:MM] [timezone:Area/City] [countries:A, B] [topics:x, y]');
          return r.id;
        }),
    ),
  ];
}

function mayChange(here: Here): void {
  if (here.caller.canManage === false) throw new UserError('Only people who can manage this channel can change its digest.');
}

async function subscribe(
  here: Here,
  options: {
    time?: string | undefined;
    timezone?: string | undefined;
    countries?: string | undefined;
    topics?: string | undefined;
    quiet?: 'on' | 'off' | undefined;
  },
): Promise<Reply> {
  mayChange(here);
  const { kb, store, caller, digestDefaults } = here;
  const countries = namesOf(kb, options.countries, 'country');
  const topics = namesOf(kb, options.topics, 'topic');
  // Read and write in one step: concurrent calls for a channel apply in order, the last one wins.
  let prev: Subscription | undefined;
  let sub!: Subscription;
  await saved(
    store.update((s) => {
      prev = subscriptionOf(here, s.subscriptions);
      sub = {
        platform: here.platform,
        channelId: here.channelId,
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
    }),
  );
  const topicName = (id: string) => kb.topics.find((t) => t.id === id)?.name ?? id;
  const filters = [sub.countries.map((c) => placeName(kb, c)).join(', '), sub.topics.map(topicName).join(', ')].filter(Boolean).join('; ');
  return textReply(
    'Digest',
    `${prev ? 'Updated' : 'Subscribed'}: this channel gets the digest daily at ${sub.time} (${sub.timezone})${filters ? `, about ${filters}` : ''}. Next: ${nextLocal(sub)}.`,
  );
}

async function unsubscribe(here: Here): Promise<Reply> {
  mayChange(here);
  let had = false;
  await saved(
    here.store.update((s) => {
      had = subscriptionOf(here, s.subscriptions) !== undefined;
      s.subscriptions = s.subscriptions.filter((x) => !(x.platform === here.platform && x.channelId === here.channelId));
    }),
  );
  return textReply('Digest', had ? 'Unsubscribed: no more digests in this channel.' : 'This channel has no digest subscription.');
}

function status(here: Here): Reply {
  const { kb, store } = here;
  const sub = subscriptionOf(here, store.data.subscriptions);
  if (!sub) return textReply('Digest', 'This channel has no digest. Start one with /digest subscribe.');
  const last = store.data.digests
    .filter((d) => d.platform === here.platform && d.channelId === here.channelId && d.status !== 'sending')
    .at(-1);
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

function preview(here: Here): Reply {
  const { kb, store, digestDefaults } = here;
  const sub = subscriptionOf(here, store.data.subscriptions);
  const now = new Date();
  const last = lastCoveredUntil(store.data, here.platform, here.channelId);
  const since = last ?? sub?.createdAt ?? new Date(now.getTime() - 86_400_000).toISOString();
  const d = composeDigest({
    kb,
    firstSeen: firstSeenOf(store, kb),
    since,
    now,
    timezone: sub?.timezone ?? digestDefaults.timezone,
    countries: sub?.countries ?? [],
    topics: sub?.topics ?? [],
  });
  return (
    d.reply ?? textReply('Digest preview', `Nothing to post now: no new articles since ${since} and no anniversaries in the next 7 days.`)
  );
}

export const digest = defineCommand({
  name: 'digest',
  description: 'The daily digest for this channel: subscribe, unsubscribe, preview, status',
  options: z.object({
    action: z.enum(['subscribe', 'unsubscribe', 'preview', 'status']).describe('What to do'),
    time: z
      .string()
      .trim()
      .regex(TIME_OF_DAY, 'must be HH:MM, 24-hour, e.g. 08:00')
      .describe('Local time to post, HH:MM (default 08:00)')
      .optional(),
    timezone: z
      .string()
      .trim()
      .max(64)
      .refine(isTimeZone, 'must be an IANA time zone such as Asia/Ho_Chi_Minh')
      .describe('Time zone (default Asia/Ho_Chi_Minh)')
      .optional(),
    countries: list('Only these countries, comma-separated: Norway, EU'),
    topics: list('Only these topics, comma-separated: green transition'),
    quiet: z.enum(['on', 'off']).describe('Post a short note on days with nothing new').optional(),
  }),
  positional: 'action',
  examples: ['/digest subscribe time:08:00 countries:Norway, Russia', '/digest preview', '/digest status', '/digest unsubscribe'],
  async run({ options, services: { kb, store, digestDefaults = FALLBACK }, caller }) {
    if (!store || !caller.channelId)
      throw new UserError('Digests belong to a channel of the running bot: use /digest in Discord, Slack or the console of `npm start`.');
    const here: Here = {
      kb,
      store,
      caller,
      channelId: caller.channelId,
      platform: caller.platform === 'cli' ? 'console' : caller.platform,
      digestDefaults,
    };
    switch (options.action) {
      case 'subscribe':
        return subscribe(here, options);
      case 'unsubscribe':
        return unsubscribe(here);
      case 'status':
        return status(here);
      case 'preview':
        return preview(here);
    }
  },
});
