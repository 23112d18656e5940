import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { buildKnowledge } from '../../src/knowledge/buildKnowledge.ts';
import type { KnowledgeBase } from '../../src/knowledge/types.ts';
import { DEV_DIR, SEEDS_DIR } from './devCorpus.ts';

const cache = new Map<string, Promise<KnowledgeBase>>();

/** Freeze a value and everything it holds (the gazetteer, an object of its own, is left as it is). */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value) || Object.isFrozen(value)) return value;
  seen.add(value);
  for (const v of Object.values(value as object)) deepFreeze(v, seen);
  return Object.freeze(value);
}

/**
 * The knowledge base of a fixture folder, built once per test worker and shared by its files (vitest runs them
 * without isolation): frozen, so a test or a command that changed it would fail here rather than surprise a later
 * file.
 */
export function knowledgeOf(dir: string): Promise<KnowledgeBase> {
  let kb = cache.get(dir);
  if (!kb) {
    kb = loadCorpus(dir).then(({ articles, skipped }) => {
      const built = buildKnowledge(articles, skipped);
      const { gazetteer, ...data } = built;
      deepFreeze(data);
      return { ...data, gazetteer } as KnowledgeBase;
    });
    cache.set(dir, kb);
  }
  return kb;
}

export const seedKnowledge = () => knowledgeOf(SEEDS_DIR);
export const devCorpusKnowledge = () => knowledgeOf(DEV_DIR);

/** The article id of a seed by its number ("002"). */
export function seedId(kb: KnowledgeBase, n: string): string {
  const a = kb.articles.find((x) => x.id.startsWith(`${n}_`));
  if (!a) throw new Error(`no seed ${n}`);
  return a.id;
}
