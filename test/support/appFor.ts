import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands } from '../../commands/index.ts';
import { Router } from '../../src/app/router.ts';
import { loadServices } from '../../src/app/loadServices.ts';
import { createLogger } from '../../src/app/log.ts';
import { StateStore } from '../../src/store/stateStore.ts';
import { SEEDS_DIR } from './devCorpus.ts';

/** A corpus of the seeds plus extra files, a router over it, and a state file: what an adapter needs. */
export async function appFor(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'attache-app-'));
  cpSync(SEEDS_DIR, join(dir, 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, 'articles', name), text);
  const services = await loadServices(join(dir, 'articles'));
  const log = createLogger(process.env.TEST_LOG ?? 'silent');
  const router = new Router(commands, () => services, log);
  const store = await StateStore.open(join(dir, 'state.json'), log);
  return { dir, services, router, store, log };
}

/** An article whose text tries to ping everyone. */
export const PING_ARTICLE =
  'Vietnam and Chile review ties\n\nHanoi (VNA) – Vietnamese and Chilean officials met in Hanoi on March 5, 2026 to review trade ties. @everyone @here <!channel> <!everyone> <@U123> the two sides agreed to meet again.\n';
