import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { Router } from '../../src/app/router.ts';
import { CorpusService } from '../../src/app/corpusService.ts';
import { createLogger } from '../../src/app/log.ts';

const PARTNERS = ['Chile', 'Kenya', 'Peru', 'Ghana', 'Oman', 'Nepal', 'Malta', 'Iceland', 'Latvia', 'Tunisia'];

/** A distinct, well-formed article; `word` is a token only this version of the file contains. */
function article(i: number, word: string): string {
  const partner = PARTNERS[i % PARTNERS.length]!;
  return `---\nsource: VNA\ndate: 2026-0${1 + (i % 9)}-1${i % 10}\ntitle: Vietnam and ${partner} review cooperation, meeting ${i}\n---\nHanoi (VNA) – Deputy Minister of Foreign Affairs Tran Van Binh received the ${partner} ambassador on March 3 for meeting number ${i}.\n\nThe two sides discussed ${word} cooperation and trade. VNA\n`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`not reflected within ${timeoutMs} ms`);
    await sleep(20);
  }
  return Date.now() - t0;
}

// A feed poll or `cp *.txt` writes many files at once: the live corpus must take all of them, every time.
describe('the live corpus under bursts of files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-burst-'));
  writeFileSync(join(dir, 'base.txt'), article(0, 'baseline'));
  const log = createLogger('silent');
  const live = new CorpusService(dir, log);
  await live.load();
  await live.watch();
  const router = new Router(commands, live.servicesWith({ version: 'test' }), log);
  const count = () => live.corpus.kb.articles.length;
  const has = (word: string) => live.corpus.index.search(word, 500).length;
  afterAll(async () => {
    await live.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes ten files written 0–40 ms apart, and still follows the folder afterwards', async () => {
    for (let i = 1; i <= 10; i++) {
      writeFileSync(join(dir, `ten_${i}.txt`), article(i, 'zephyrine'));
      await sleep(i * 4);
    }
    await until(() => count() === 11, 10_000);
    // The bug this guards against froze every later rebuild: one more file must still arrive.
    writeFileSync(join(dir, 'after.txt'), article(11, 'afterward'));
    await until(() => count() === 12, 10_000);
  });

  it('takes a hundred files added at once while questions are being asked, then changed, then deleted', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `hundred_${i}.txt`);
    let asking = true;
    let answered = 0;
    const questions = (async () => {
      while (asking) {
        const reply = await router.runLine('/search cooperation', { platform: 'cli' });
        if (reply.fields.length) answered += 1;
        await sleep(5);
      }
    })();
    for (const [i, name] of names.entries()) writeFileSync(join(dir, name), article(100 + i, 'quorvantic'));
    await until(() => count() === 112, 30_000);
    expect(has('quorvantic')).toBeGreaterThanOrEqual(100);

    for (const [i, name] of names.entries()) writeFileSync(join(dir, name), article(100 + i, 'brelmoscan'));
    await until(() => has('brelmoscan') >= 100 && has('quorvantic') === 0, 30_000);

    for (const name of names) rmSync(join(dir, name));
    await until(() => count() === 12, 30_000);
    expect(has('brelmoscan')).toBe(0);
    asking = false;
    await questions;
    expect(answered).toBeGreaterThan(0);
  });

  it('takes files spread over two seconds, each soon after it lands', async () => {
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(dir, `spread_${i}.txt`), article(300 + i, 'spreadword'));
      await sleep(200);
    }
    await until(() => count() === 22, 10_000);
    await live.settled();
    expect(has('spreadword')).toBe(10);
  });

  it('comes to hold the folder when the watcher missed changes: files added and removed behind its back', async () => {
    // A corpus that does not watch stands for a watcher whose events were lost (a kernel queue overflowed).
    const blind = new CorpusService(dir, log);
    await blind.load();
    const before = blind.corpus.kb.articles.length;
    const past = new Date(Date.now() - 60_000);
    for (let i = 0; i < 3; i++) {
      writeFileSync(join(dir, `missed_${i}.txt`), article(400 + i, 'unheardof'));
      utimesSync(join(dir, `missed_${i}.txt`), past, past);
    }
    rmSync(join(dir, 'after.txt'));
    expect(await blind.reconcile()).toBe(4);
    await blind.settled();
    expect(blind.corpus.kb.articles.length).toBe(before + 2);
    expect(blind.corpus.index.search('unheardof', 10)).toHaveLength(3);
    // Nothing left to apply the second time.
    expect(await blind.reconcile()).toBe(0);
    await blind.close();
  });
});
