import type { KnowledgeBase } from '../knowledge/types.ts';
import type { StateStore } from './stateStore.ts';

export interface ArrivalRecord {
  contentHash: string;
  file: string;
  mtime: Date;
}

/**
 * Remember when each story first reached the corpus. On the very first start the files' own times are used, so a
 * new deployment's first digest is not the whole archive; afterwards a story arrives when the bot first sees it.
 */
export function recordArrivals(store: StateStore, arrivals: ArrivalRecord[], now: Date): Promise<void> {
  const firstEver = store.data.ingested.length === 0;
  return store.update((s) => {
    const known = new Set(s.ingested.map((i) => i.contentHash));
    for (const a of arrivals) {
      if (known.has(a.contentHash)) continue;
      known.add(a.contentHash);
      const at = firstEver && a.mtime < now ? a.mtime : now;
      s.ingested.push({ contentHash: a.contentHash, file: a.file, firstSeen: at.toISOString() });
    }
  });
}

/**
 * When an article of this knowledge base first reached the corpus, from the registry; an article the registry has
 * not seen (a preview from the CLI on a fresh checkout) counts from its own date, and one without a known date from
 * `arrived` (its file's time) when given: an undated story still appears in the digest of the day it came.
 */
export function firstSeenOf(
  store: StateStore | undefined,
  kb: KnowledgeBase,
  arrived?: (file: string) => string | undefined,
): (articleId: string) => string | undefined {
  const byHash = new Map((store?.data.ingested ?? []).map((i) => [i.contentHash, i.firstSeen]));
  const byId = new Map(kb.articles.map((a) => [a.id, a]));
  return (id) => {
    const a = byId.get(id);
    if (!a) return undefined;
    return byHash.get(a.contentHash) ?? (a.date.iso ? `${a.date.iso}T00:00:00.000Z` : arrived?.(a.file));
  };
}
