import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { buildKnowledge } from '../../src/knowledge/buildKnowledge.ts';
import type { KnowledgeBase } from '../../src/knowledge/types.ts';
import { DEV_DIR, SEEDS_DIR } from './devCorpus.ts';

const cache = new Map<string, Promise<KnowledgeBase>>();

/** The knowledge base of a fixture folder, built once per test file. */
export function knowledgeOf(dir: string): Promise<KnowledgeBase> {
  let kb = cache.get(dir);
  if (!kb) {
    kb = loadCorpus(dir).then(({ articles, skipped }) => buildKnowledge(articles, skipped));
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
