import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { Router } from '../../src/app/router.ts';
import { CorpusService } from '../../src/app/corpusService.ts';
import { loadConfig } from '../../src/app/config.ts';
import { createLogger } from '../../src/app/log.ts';
import { corpusService } from '../../src/entry/main.ts';
import { SEEDS_DIR } from '../support/devCorpus.ts';
import { textOf } from '../support/router.ts';

// A warm start reuses what the last start parsed and indexed, and only while the corpus folder is unchanged.
describe('the corpus snapshot', () => {
  const log = createLogger('silent');
  const root = mkdtempSync(join(tmpdir(), 'attache-snap-'));
  const dir = join(root, 'articles');
  cpSync(SEEDS_DIR, dir, { recursive: true });
  const snapshot = join(root, 'corpus-snapshot.json');
  const norway = async (live: CorpusService) =>
    textOf(await new Router(commands, live.servicesWith({ version: 'test' }), log).runLine('/country Norway', { platform: 'cli' }));

  it('gives the same answers from a warm start as from a cold one', async () => {
    const cold = await new CorpusService(dir, log, { snapshotFile: snapshot }).load();
    expect(cold.fromSnapshot).toBe(false);
    const warm = await new CorpusService(dir, log, { snapshotFile: snapshot }).load();
    expect(warm.fromSnapshot).toBe(true);
    expect(warm.corpus.kb.articles.map((a) => a.id)).toEqual(cold.corpus.kb.articles.map((a) => a.id));
    expect(await norway(warm)).toBe(await norway(cold));
    expect(warm.corpus.index.searchArticles('visa exemption', 2).map((h) => h.articleId)).toEqual(
      cold.corpus.index.searchArticles('visa exemption', 2).map((h) => h.articleId),
    );
  });

  it('is ignored when the code that parses, extracts or indexes has changed since it was written', async () => {
    const root3 = mkdtempSync(join(tmpdir(), 'attache-snap-code-'));
    const dir3 = join(root3, 'articles');
    cpSync(SEEDS_DIR, dir3, { recursive: true });
    const snap = join(root3, 'corpus-snapshot.json');
    await new CorpusService(dir3, log, { snapshotFile: snap }).load();
    expect((await new CorpusService(dir3, log, { snapshotFile: snap }).load()).fromSnapshot).toBe(true);
    // The same snapshot as written by other extraction rules: its header names other code.
    const [header, ...rest] = readFileSync(snap, 'utf8').split('\n');
    writeFileSync(snap, [JSON.stringify({ ...JSON.parse(header!), code: 'older-rules' }), ...rest].join('\n'));
    expect((await new CorpusService(dir3, log, { snapshotFile: snap }).load()).fromSnapshot).toBe(false);
  });

  it('describes only the files its corpus was built from: one removed before the corpus saw it does not come back', async () => {
    const root4 = mkdtempSync(join(tmpdir(), 'attache-snap-stale-'));
    const dir4 = join(root4, 'articles');
    cpSync(SEEDS_DIR, dir4, { recursive: true });
    const snap = join(root4, 'corpus-snapshot.json');
    const live = await new CorpusService(dir4, log, { snapshotFile: snap }).load();
    rmSync(join(dir4, readdirSync(dir4).sort()[0]!));
    // Saved while the corpus still holds the removed file (no watcher has told it yet).
    await live.saveSnapshot();
    const next = await new CorpusService(dir4, log, { snapshotFile: snap }).load();
    expect(next.fromSnapshot).toBe(false);
    expect(next.corpus.kb.articles.length + next.corpus.kb.skipped.length).toBe(readdirSync(dir4).length);
  });

  it('is ignored once a corpus file changes, and never written into the corpus folder', async () => {
    const file = join(dir, readdirSync(dir)[0]!);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const again = await new CorpusService(dir, log, { snapshotFile: snapshot }).load();
    expect(again.fromSnapshot).toBe(false);
    expect(readdirSync(dir).some((f) => f.includes('snapshot'))).toBe(false);
  });

  it('is shared by the CLI and the bot: beside the state file, so a second one-shot command starts from it', async () => {
    const state = mkdtempSync(join(tmpdir(), 'attache-state-'));
    const config = loadConfig({ ATTACHE_CORPUS_DIR: dir, ATTACHE_STATE_FILE: join(state, 'state.json') });
    expect((await corpusService(config, log).load()).fromSnapshot).toBe(false);
    expect(readdirSync(state)).toContain('corpus-snapshot.json');
    expect((await corpusService(config, log).load()).fromSnapshot).toBe(true);
  });

  it('is read line by line, and a damaged one is ignored for a cold load with the same answers', async () => {
    const root2 = mkdtempSync(join(tmpdir(), 'attache-snap-damaged-'));
    const dir2 = join(root2, 'articles');
    cpSync(SEEDS_DIR, dir2, { recursive: true });
    const snap = join(root2, 'corpus-snapshot.json');
    const cold = await new CorpusService(dir2, log, { snapshotFile: snap }).load();
    const lines = readFileSync(snap, 'utf8').split('\n');
    expect(lines.length).toBeGreaterThan(3);
    // Cut the file in the middle of an article's line, as a crash while writing would (were it not renamed into place).
    writeFileSync(snap, `${lines.slice(0, 3).join('\n')}\n${lines[3]!.slice(0, 40)}`);
    const again = await new CorpusService(dir2, log, { snapshotFile: snap }).load();
    expect(again.fromSnapshot).toBe(false);
    expect(await norway(again)).toBe(await norway(cold));
  });
});
