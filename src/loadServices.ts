import { createRequire } from 'node:module';
import type { Services } from './core/command.ts';
import { CorpusService } from './corpusService.ts';
import { createLogger } from './log.ts';

const require = createRequire(import.meta.url);
/** The package version, shown by /about. */
export const VERSION: string = (require('../package.json') as { version: string }).version;

/** Load a corpus folder once (no snapshot, no watching) and build what commands read: knowledge base and index. */
export async function loadServices(corpusDir: string, log = createLogger('silent')): Promise<Services> {
  const service = await new CorpusService(corpusDir, log).load();
  return { ...service.corpus, version: VERSION };
}
