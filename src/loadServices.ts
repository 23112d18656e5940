import { createRequire } from 'node:module';
import type { Services } from './core/command.ts';
import { loadCorpus } from './corpus/loadCorpus.ts';
import { buildKnowledge } from './knowledge/buildKnowledge.ts';
import { PassageIndex } from './search/passageIndex.ts';

const require = createRequire(import.meta.url);
/** The package version, shown by /about. */
export const VERSION: string = (require('../package.json') as { version: string }).version;

/** Load a corpus folder and build what commands read: knowledge base and passage index. */
export async function loadServices(corpusDir: string): Promise<Services> {
  const { articles, skipped } = await loadCorpus(corpusDir);
  const kb = buildKnowledge(articles, skipped);
  return { kb, index: new PassageIndex(kb), version: VERSION };
}
