import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, parseFileBytes } from '../../src/corpus/loadCorpus.ts';
import { SEEDS_DIR } from '../support/devCorpus.ts';

function corpusWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'attache-corpus-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    out[name] = `${statSync(path).mtimeMs}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
  }
  return out;
}

describe('loading a corpus folder with bad files in it', () => {
  const bad: Record<string, string | Buffer> = {
    'empty.txt': '',
    'blank.txt': '\n\n   \n',
    'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    'latin1.txt': Buffer.from('Hà Nội (VNA) – Việt Nam and Norway held talks on Tuesday about trade.', 'latin1'),
    'huge.txt': Buffer.alloc(5 * 1024 * 1024 + 10, 'a'),
    'chrome.txt': 'See more\n\nFeedback\n\nShare\n\nPrint\n\nRelated News\n',
    'photo.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  };

  it('loads every good article and skips each bad file with a one-line reason', async () => {
    const dir = corpusWith(bad);
    const { articles, skipped } = await loadCorpus(dir);
    expect(articles).toHaveLength(5);
    const reason = (file: string) => skipped.find((s) => s.file === file)?.reason;
    expect(reason('empty.txt')).toBe('empty file');
    expect(reason('blank.txt')).toBe('empty file');
    expect(reason('binary.txt')).toMatch(/binary/);
    expect(reason('latin1.txt')).toMatch(/not UTF-8/);
    expect(reason('huge.txt')).toMatch(/larger than 5 MB/);
    expect(reason('chrome.txt')).toMatch(/no article text/i);
    expect(reason('photo.jpg')).toMatch(/not an article file/);
    expect(skipped).toHaveLength(Object.keys(bad).length);
    for (const s of skipped) expect(s.reason).not.toContain('\n');
  });

  it('never modifies the corpus folder', async () => {
    const dir = corpusWith(bad);
    const before = snapshot(dir);
    await loadCorpus(dir);
    expect(snapshot(dir)).toEqual(before);
  });

  it('skips a copy of a story already loaded, naming the first', async () => {
    const seed = readdirSync(SEEDS_DIR).find((f) => f.startsWith('002'))!;
    const dir = corpusWith({ 'copy-of-002.txt': readFileSync(join(SEEDS_DIR, seed)) });
    const { articles, skipped } = await loadCorpus(dir);
    expect(articles).toHaveLength(5);
    // Files load in name order, so the seed ("002_…") comes before its copy.
    expect(skipped).toEqual([{ file: 'copy-of-002.txt', reason: `same story as ${seed}` }]);
  });
});

describe('pathological files', () => {
  it('handles one 5 MB line without hanging', () => {
    const line = Buffer.from('Hanoi (VNA) – ' + 'word '.repeat(1_000_000));
    const result = parseFileBytes(line, 'one-line.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/no article text/i);
  });

  it('handles thousands of dashes without hanging', () => {
    const text =
      'Việt Nam and Norway\n\n' + '—'.repeat(20_000) + '\n\n' + '— – - '.repeat(20_000) + '\nHanoi (VNA) – The two sides met on January 8.';
    const result = parseFileBytes(Buffer.from(text), 'dashes.txt');
    expect(result.ok ? result.article.paragraphs.join(' ') : result.reason).toMatch(/met on January 8|no article text/);
  });
});
