import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { Router } from '../../src/app/router.ts';
import { composeDigest } from '../../src/digest/composeDigest.ts';
import { CorpusService, type Arrival } from '../../src/app/corpusService.ts';
import { createLogger } from '../../src/app/log.ts';
import { firstSeenOf, recordArrivals } from '../../src/store/ingestRegistry.ts';
import { StateStore } from '../../src/store/stateStore.ts';
import { DEV_DIR, SEEDS_DIR } from '../support/devCorpus.ts';
import { textOf } from '../support/router.ts';

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

// The running bot's corpus follows its folder: no restart needed.
describe('a live corpus', async () => {
  const root = mkdtempSync(join(tmpdir(), 'attache-live-'));
  const dir = join(root, 'articles');
  cpSync(SEEDS_DIR, dir, { recursive: true });
  const log = createLogger('silent');
  const store = await StateStore.open(join(root, 'state.json'), log);
  const live = new CorpusService(dir, log);
  const arrivals: Arrival[] = [];
  live.onArrivals((a) => {
    arrivals.push(...a);
    void recordArrivals(
      store,
      a.map((x) => ({ contentHash: x.article.contentHash, file: x.article.file, mtime: x.mtime })),
      new Date(),
    );
  });
  await live.load();
  await live.watch();
  const router = new Router(commands, live.servicesWith({ version: 'test', store }), log);
  const run = (line: string) => router.runLine(line, { platform: 'cli' });
  afterAll(() => live.close());
  const finland = readFileSync(join(DEV_DIR, 'dev_003.txt'), 'utf8');

  it('picks up a new article: /search, /country and the next digest see it', async () => {
    const before = new Date().toISOString();
    expect((await run('/country Finland')).text).toMatch(/No article is chiefly about Finland|nothing on Finland/);
    writeFileSync(join(dir, 'finland.txt'), finland);
    await until(() => live.corpus.kb.articles.some((a) => a.file === 'finland.txt'));
    expect((await run('/search Finland cooperative relationship')).fields[0]!.value).toContain('finland');
    expect(textOf(await run('/country Finland'))).toMatch(/1 article .*covers Việt Nam’s relations with Finland/);
    await until(() => store.data.ingested.some((i) => i.file === 'finland.txt'));
    const kb = live.corpus.kb;
    const digest = composeDigest({
      kb,
      firstSeen: firstSeenOf(store, kb),
      since: before,
      now: new Date(),
      timezone: 'Asia/Ho_Chi_Minh',
      countries: [],
      topics: [],
    });
    expect(digest.reply!.fields.map((f) => f.name)).toContain('Finland');
  });

  it('counts the same story twice as one article', async () => {
    const count = live.corpus.kb.articles.length;
    copyFileSync(join(dir, 'finland.txt'), join(dir, 'finland-copy.txt'));
    await until(() => live.corpus.kb.skipped.some((s) => s.file === 'finland-copy.txt'));
    expect(live.corpus.kb.articles).toHaveLength(count);
    expect(live.corpus.kb.skipped.find((s) => s.file === 'finland-copy.txt')!.reason).toBe(
      'same story as finland-copy.txt'.replace('finland-copy', 'finland'),
    );
  });

  it('drops a removed article', async () => {
    rmSync(join(dir, 'finland-copy.txt'));
    rmSync(join(dir, 'finland.txt'));
    await until(() => !live.corpus.kb.articles.some((a) => a.file.startsWith('finland')));
    expect(textOf(await run('/country Finland'))).not.toMatch(/covers? Việt Nam’s relations with Finland/);
  });

  it('never reads a file half-way while it is being written', async () => {
    const n = arrivals.length;
    const path = join(dir, 'slow.txt');
    const spain = readFileSync(join(DEV_DIR, 'dev_027.txt'), 'utf8');
    const half = Math.floor(spain.length / 2);
    writeFileSync(path, spain.slice(0, half));
    await new Promise((r) => setTimeout(r, 60));
    appendFileSync(path, spain.slice(half));
    await until(() => live.corpus.kb.articles.some((a) => a.file === 'slow.txt'));
    await new Promise((r) => setTimeout(r, 300));
    const slow = arrivals.slice(n).filter((a) => a.article.file === 'slow.txt');
    expect(slow).toHaveLength(1);
    const lastLine = spain
      .trim()
      .split('\n')
      .filter((l) => l.trim().length > 40)
      .at(-1)!
      .trim()
      .slice(0, 40);
    expect(slow[0]!.article.paragraphs.join(' ')).toContain(lastLine);
  });
});
