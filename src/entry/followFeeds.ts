import { readFile } from 'node:fs/promises';
import type { Config } from '../app/config.ts';
import type { Logger } from '../app/log.ts';
import { readFeedsFile, everyMs, type Feed } from '../feeds/feedsFile.ts';
import { USER_AGENT } from '../feeds/userAgent.ts';
import type { StateStore } from '../store/stateStore.ts';

/**
 * Poll each feed of the feeds file on its own schedule (with jitter, so feeds and restarts do not line up), writing
 * new articles into the corpus folder, where the live corpus picks them up. No feeds file: nothing is polled.
 */
export async function followFeeds(config: Config, store: StateStore, log: Logger): Promise<() => Promise<void>> {
  let text: string;
  try {
    text = await readFile(config.ATTACHE_FEEDS_FILE, 'utf8');
  } catch {
    return async () => undefined;
  }
  const { feeds, problems } = readFeedsFile(text);
  for (const p of problems) log.warn({ file: config.ATTACHE_FEEDS_FILE, problem: p }, 'feed skipped');
  const timers = new Map<string, NodeJS.Timeout>();
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const schedule = (feed: Feed, delay: number) => {
    const timer = setTimeout(() => {
      // One poll at a time: a slow feed delays the next poll, never overlaps it.
      running = running
        .then(async () => {
          // Loaded on the first poll: the feed parser and page reader are not needed by a bot without feeds.
          const { pollFeeds } = await import('../feeds/pollFeeds.ts');
          await pollFeeds([feed], store, { corpusDir: config.ATTACHE_CORPUS_DIR, userAgent: USER_AGENT }, log);
        })
        .catch((err) => log.error({ err, feed: feed.name }, 'feed poll failed'));
      void running.then(() => !stopped && schedule(feed, everyMs(feed) * (0.9 + Math.random() * 0.2)));
    }, delay);
    timer.unref();
    timers.set(feed.name, timer);
  };
  // The first polls soon after start, spread over a few seconds.
  for (const feed of feeds) schedule(feed, 1_000 + Math.random() * 4_000);
  if (feeds.length) log.info({ feeds: feeds.map((f) => `${f.name} every ${f.every}`) }, 'following feeds');
  return async () => {
    stopped = true;
    for (const t of timers.values()) clearTimeout(t);
    // A poll in flight may finish its file (written whole, by rename); shutdown does not wait more than 5 s for it.
    await Promise.race([running, new Promise((r) => setTimeout(r, 5_000).unref())]);
  };
}
