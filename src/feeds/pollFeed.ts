import { existsSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFileBytes } from '../corpus/loadCorpus.ts';
import type { FeedState } from '../store/stateSchema.ts';
import { defaultGazetteer } from '../knowledge/buildKnowledge.ts';
import { articleFileName, articleFileText } from './articleFile.ts';
import { aboutForeignRelations, isDiplomacy } from './diplomacyFilter.ts';
import { fetchText, RetryLater, type FetchOptions } from './fetchText.ts';
import { allowedBy, disallowed, reachesPrivate } from './politeness.ts';
import type { Feed } from './feedsFile.ts';
import { pageText } from './pageText.ts';
import { calendarDayOf, readFeed, type FeedItem } from './readFeed.ts';

/** One feed's poll, as `attache feeds poll --json` prints it. */
export interface FeedPoll {
  name: string;
  url: string;
  status: 'ok' | 'not modified' | 'error';
  error?: string;
  items: number;
  new: Array<{ file: string; url: string; title: string }>;
  filtered: number;
  duplicate: number;
  skipped: Array<{ url: string; reason: string }>;
}

export interface PollOptions {
  corpusDir: string;
  userAgent: string;
  timeoutMs?: number;
  /** At most this many new articles a poll, so a feed's first poll does not fetch a year of pages. */
  maxNew?: number;
  /**
   * Content hashes of the stories the corpus has (the ingest registry) and that this poll wrote, shared by the feeds
   * of one poll: the same story at a second address, or from a second feed, is a duplicate, not a second file.
   */
  stories?: Set<string>;
}

/** A file a poll wrote, for the ingest registry. */
export interface Written {
  contentHash: string;
  file: string;
}

const FEED_BYTES = 5 * 1024 * 1024;
const PAGE_BYTES = 5 * 1024 * 1024;
/** Addresses remembered a feed: enough for weeks of a busy agency, bounded so state stays small. */
const SEEN_LIMIT = 3000;

/**
 * Poll one feed: a conditional GET, then for each item not seen before, the diplomacy filter, the article page, its
 * text, and a file written into the corpus folder (temp name, then renamed, so the watcher never reads half a
 * file). Returns what happened and the feed's new state; never throws: a failure is the feed's status.
 */
export async function pollFeed(
  feed: Feed,
  state: FeedState | undefined,
  o: PollOptions,
  now = new Date(),
): Promise<{ poll: FeedPoll; state: FeedState; written: Written[] }> {
  const written: Written[] = [];
  const done = (r: { poll: FeedPoll; state: FeedState }) => ({ ...r, written });
  const poll: FeedPoll = { name: feed.name, url: feed.url, status: 'ok', items: 0, new: [], filtered: 0, duplicate: 0, skipped: [] };
  const next: FeedState = { taken: state?.taken ?? 0, seen: [...(state?.seen ?? [])], ...pick(state), lastPoll: now.toISOString() };
  const fetchOptions = (extra: Partial<FetchOptions>, maxBytes: number): FetchOptions => ({
    userAgent: o.userAgent,
    timeoutMs: o.timeoutMs ?? 15_000,
    maxBytes,
    ...extra,
  });
  if (state?.notBefore && Date.parse(state.notBefore) > now.getTime()) {
    return done({
      poll: { ...poll, status: 'error', error: `the server asked to wait until ${state.notBefore}` },
      state: { ...next, notBefore: state.notBefore },
    });
  }
  const got = await fetchFeed(feed, state, next, now, fetchOptions);
  if ('status' in got) return done({ poll: { ...poll, ...got }, state: next });
  poll.items = got.items.length;
  await takeItems(got.items, { feed, o, poll, next, written, fetchOptions });
  next.taken += poll.new.length;
  next.seen = next.seen.slice(-SEEN_LIMIT);
  next.lastSuccess = now.toISOString();
  return done({ poll, state: next });
}

type FetchOptionsOf = (extra: Partial<FetchOptions>, maxBytes: number) => FetchOptions;

/**
 * The feed's items by a conditional GET, its validators kept in `next`; or why there are none this time ("not
 * modified", an error, a server asking to wait), with `next` saying so.
 */
async function fetchFeed(
  feed: Feed,
  state: FeedState | undefined,
  next: FeedState,
  now: Date,
  fetchOptions: FetchOptionsOf,
): Promise<{ items: FeedItem[] } | Pick<FeedPoll, 'status' | 'error'>> {
  let body: string;
  try {
    const got = await fetchText(
      feed.url,
      fetchOptions(
        { ...(state?.etag ? { etag: state.etag } : {}), ...(state?.lastModified ? { lastModified: state.lastModified } : {}) },
        FEED_BYTES,
      ),
    );
    if (got.status === 'not modified') {
      next.lastSuccess = now.toISOString();
      return { status: 'not modified' };
    }
    body = got.body;
    next.etag = got.etag;
    next.lastModified = got.lastModified;
    if (!got.etag) delete next.etag;
    if (!got.lastModified) delete next.lastModified;
  } catch (err) {
    if (err instanceof RetryLater) next.notBefore = err.until.toISOString();
    next.lastError = `${now.toISOString()} ${(err as Error).message}`;
    return { status: 'error', error: (err as Error).message };
  }
  try {
    return { items: readFeed(body, feed.url) };
  } catch (err) {
    next.lastError = `${now.toISOString()} not a feed`;
    return { status: 'error', error: `not a feed (${(err as Error).message.slice(0, 80)})` };
  }
}

interface Taking {
  feed: Feed;
  o: PollOptions;
  poll: FeedPoll;
  next: FeedState;
  written: Written[];
  fetchOptions: FetchOptionsOf;
}

/** Each item not seen before: the diplomacy filter, robots and address checks, the page, a file in the corpus. */
async function takeItems(items: FeedItem[], { feed, o, poll, next, written, fetchOptions }: Taking): Promise<void> {
  const robots = new Map<string, string[]>();
  const seen = new Set(next.seen);
  const remember = (url: string) => {
    if (!seen.has(url)) next.seen.push(url);
    seen.add(url);
  };
  for (const item of items) {
    if (seen.has(item.url)) {
      poll.duplicate += 1;
      continue;
    }
    if (feed.filter === 'diplomacy' && !isDiplomacy(item)) {
      poll.filtered += 1;
      remember(item.url);
      continue;
    }
    if (poll.new.length >= (o.maxNew ?? 50)) break; // the rest waits for the next poll
    const refusal = await mayFetch(item.url, feed.url, robots, fetchOptions({}, 512 * 1024));
    if (refusal) {
      poll.skipped.push({ url: item.url, reason: refusal });
      remember(item.url);
      continue;
    }
    const taken = await takeItem(feed, item, o, fetchOptions({}, PAGE_BYTES), seen);
    if ('reason' in taken) {
      poll.skipped.push({ url: item.url, reason: taken.reason });
      // A page that failed to load is tried again next time; one that loaded but is no article is not.
      if (!taken.retry) remember(item.url);
      continue;
    }
    if (taken.duplicate) poll.duplicate += 1;
    else {
      poll.new.push({ file: taken.file, url: item.url, title: taken.title });
      written.push({ contentHash: taken.contentHash!, file: taken.file });
    }
    remember(item.url);
    if (taken.canonical) remember(taken.canonical);
  }
}

/**
 * Why a page may not be fetched, or undefined: a private or loopback address the feed itself is not on (a feed must
 * not be a way into the bot's network), or a path the site's robots.txt disallows (read once per host and poll).
 */
async function mayFetch(url: string, feedUrl: string, robots: Map<string, string[]>, o: FetchOptions): Promise<string | undefined> {
  const page = new URL(url);
  if (page.hostname !== new URL(feedUrl).hostname && (await reachesPrivate(page.hostname))) return 'a private or loopback address';
  if (!robots.has(page.origin)) {
    const got = await fetchText(`${page.origin}/robots.txt`, o).catch(() => undefined);
    robots.set(page.origin, got?.status === 'ok' ? disallowed(got.body) : []);
  }
  return allowedBy(robots.get(page.origin)!, page.pathname) ? undefined : 'disallowed by robots.txt';
}

function pick(state: FeedState | undefined): Partial<FeedState> {
  if (!state) return {};
  // notBefore is dropped: a poll that reaches the server again has waited as asked.
  const { etag, lastModified, lastSuccess, lastError } = state;
  return {
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
    ...(lastSuccess ? { lastSuccess } : {}),
    ...(lastError ? { lastError } : {}),
  };
}

type Taken =
  { file: string; title: string; duplicate: boolean; canonical?: string; contentHash?: string } | { reason: string; retry: boolean };

/**
 * Fetch an item's page, keep its article text, and write it as a corpus file, unless the story is there already:
 * under the same address, the page's canonical address (seen before, or its file written), or the same text.
 */
async function takeItem(
  feed: Feed,
  item: { title: string; url: string; date?: string },
  o: PollOptions,
  fetchOptions: FetchOptions,
  seen: Set<string>,
): Promise<Taken> {
  let html: string;
  try {
    const got = await fetchText(item.url, fetchOptions);
    if (got.status !== 'ok') return { reason: 'page not modified yet never read', retry: true };
    html = got.body;
  } catch (err) {
    return { reason: `page: ${(err as Error).message}`, retry: true };
  }
  const page = pageText(html, item.url);
  const canonical = page.canonical && page.canonical !== item.url ? page.canonical : undefined;
  if (canonical && seen.has(canonical)) return { file: '', title: item.title, duplicate: true, canonical };
  const url = canonical ?? item.url;
  if (page.paragraphs.join(' ').split(/\s+/).length < 40) return { reason: 'no article text on the page', retry: false };
  // With the diplomacy filter, the story itself decides: its headline and lead, not only the feed's summary.
  if (feed.filter === 'diplomacy') {
    const gazetteer = defaultGazetteer();
    const head = [item.title, page.title ?? '', ...page.paragraphs.slice(0, 3)].join(' ');
    if (!aboutForeignRelations(head, (t) => gazetteer.find(t).map((m) => m.code)))
      return { reason: 'not about foreign relations', retry: false };
  }
  const title = item.title || page.title || page.paragraphs[0]!.slice(0, 120);
  // The item's date, else the page's, read the same way: the day written, only when it is a real calendar date.
  const day = item.date ?? (page.published ? calendarDayOf(page.published) : undefined);
  const file = articleFileName({ source: feed.source, url, title, ...(day ? { date: day } : {}) });
  const target = join(o.corpusDir, file);
  const kept = canonical ? { canonical } : {};
  if (existsSync(target)) return { file, title, duplicate: true, ...kept };
  const text = articleFileText({
    source: feed.source,
    feed: feed.name,
    url,
    title,
    ...(day ? { date: day } : {}),
    paragraphs: page.paragraphs,
  });
  // What the loader would skip is not written: the reason is reported instead.
  const check = parseFileBytes(Buffer.from(text), file);
  if (!check.ok) return { reason: check.reason, retry: false };
  if (o.stories?.has(check.article.contentHash)) return { file, title, duplicate: true, ...kept };
  o.stories?.add(check.article.contentHash);
  const temp = `${target}.part`;
  await writeFile(temp, text);
  await rename(temp, target);
  return { file, title, duplicate: false, contentHash: check.article.contentHash, ...kept };
}
