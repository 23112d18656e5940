import type { Services } from './command.ts';
import { CorpusService } from './corpusService.ts';
import { createLogger } from './log.ts';
import { VERSION } from '../core/version.ts';

/** Load a corpus folder once (no snapshot, no watching) and build what commands read: knowledge base and index. */
export async function loadServices(corpusDir: string, log = createLogger('silent')): Promise<Services> {
  const service = await new CorpusService(corpusDir, log).load();
  return { ...service.corpus, version: VERSION };
}
