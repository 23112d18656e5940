import type { KnowledgeBase } from '../knowledge/types.ts';
import { PassageIndex } from '../search/passageIndex.ts';
import type { Corpus } from './command.ts';

/**
 * The index of a new corpus version: read from a snapshot's `saved` index, built whole on a first load or when most
 * of the corpus changed, else the previous one updated in place for the articles changed.
 */
export function indexFor(prev: Corpus | undefined, kb: KnowledgeBase, saved?: unknown): PassageIndex {
  if (saved || !prev) return new PassageIndex(kb, saved);
  const before = new Map(prev.kb.articles.map((a) => [a.id, a.contentHash]));
  const after = new Map(kb.articles.map((a) => [a.id, a.contentHash]));
  const gone = new Set([...before].filter(([id, h]) => after.get(id) !== h).map(([id]) => id));
  const fresh = new Set([...after].filter(([id, h]) => before.get(id) !== h).map(([id]) => id));
  // In place unless most of the corpus changed: a burst of 2,000 new files into 10k updates the index and its
  // statistics for those files only, where a rebuild would recount every passage on each step of the burst.
  if (gone.size + fresh.size > Math.max(100, kb.articles.length / 2)) return new PassageIndex(kb);
  return prev.index.withChanges(kb, gone, fresh);
}
