import type { Logger } from 'pino';
import { recordArrivals } from '../store/ingestRegistry.ts';
import type { StateStore } from '../store/stateStore.ts';
import type { Feed } from './feedsFile.ts';
import { pollFeed, type FeedPoll, type PollOptions } from './pollFeed.ts';

/** Poll every feed once, a few at a time, keeping each feed's state as soon as its poll is done. */
export async function pollFeeds(feeds: Feed[], store: StateStore, o: PollOptions, log?: Logger): Promise<FeedPoll[]> {
  const results: FeedPoll[] = new Array(feeds.length);
  // Stories the corpus already has and those this poll writes: one story, one file, whichever feed brings it.
  const stories = o.stories ?? new Set(store.data.ingested.map((i) => i.contentHash));
  let next = 0;
  const worker = async () => {
    while (next < feeds.length) {
      const i = next++;
      const feed = feeds[i]!;
      const { poll, state, written } = await pollFeed(feed, store.data.feeds[feed.name], { ...o, stories });
      results[i] = poll;
      await store
        .update((s) => void (s.feeds[feed.name] = state))
        .catch((err) => log?.error({ err, feed: feed.name }, 'feed state not saved'));
      if (written.length)
        await recordArrivals(
          store,
          written.map((w) => ({ ...w, mtime: new Date() })),
          new Date(),
        ).catch((err) => log?.error({ err, feed: feed.name }, 'ingest registry not saved'));
      const line = {
        feed: feed.name,
        status: poll.status,
        new: poll.new.length,
        items: poll.items,
        ...(poll.error ? { error: poll.error } : {}),
      };
      if (poll.status === 'error') log?.warn(line, 'feed poll failed');
      else log?.info(line, 'feed polled');
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, feeds.length) }, worker));
  return results;
}

/** One line per feed for a person: "VNA Politics: ok, 3 new (12 items, 5 filtered, 4 duplicate, 0 skipped)". */
export function pollLine(p: FeedPoll): string {
  if (p.status === 'error') return `${p.name}: error ${p.error}`;
  if (p.status === 'not modified') return `${p.name}: not modified`;
  const skipped = p.skipped.length ? `; skipped: ${p.skipped.map((s) => `${s.url} (${s.reason})`).join(', ')}` : '';
  return `${p.name}: ok, ${p.new.length} new (${p.items} items, ${p.filtered} filtered, ${p.duplicate} duplicate, ${p.skipped.length} skipped)${skipped}`;
}
