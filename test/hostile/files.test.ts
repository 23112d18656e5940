import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus, parseFileBytes } from '../../src/corpus/loadCorpus.ts';
import { SEEDS_DIR } from '../support/devCorpus.ts';
import { HANG_MS, RUNS } from './runs.ts';

const seeds = readdirSync(SEEDS_DIR).map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
const CHROME = [
  'See more',
  'Feedback',
  'Others',
  'Share',
  'Print',
  'Tweet',
  '(Photo: VNA)',
  'VNA',
  '— VNS',
  'Related News',
  '{keywords}',
  'leftcenterrightdel',
  '• Ha Noi',
  'Home > Politics',
];
const PUNCT = ['—', '–', '-', '.', '!', '?', '…', '"', '(', ')', '*', '#', '|', '/'];

/** Article files of every hostile shape, as bytes. */
const hostileFile = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 4000 }).map((b) => Buffer.from(b)),
  fc.constantFrom('', ' ', '\n\n\n', '\t \r\n').map((s) => Buffer.from(s)),
  fc.integer({ min: 1_000, max: 400_000 }).map((n) => Buffer.from('Hanoi (VNA) – ' + 'word '.repeat(n / 5))),
  fc.tuple(fc.constantFrom(...seeds), fc.nat(2000)).map(([text, at]) => {
    const b = Buffer.from(text);
    const i = Math.min(at, b.length - 2);
    return Buffer.concat([b.subarray(0, i), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), b.subarray(i)]);
  }),
  fc.array(fc.constantFrom(...CHROME), { minLength: 1, maxLength: 60 }).map((lines) => Buffer.from(lines.join('\n\n'))),
  fc.tuple(fc.constantFrom(...PUNCT), fc.integer({ min: 1, max: 200_000 })).map(([p, n]) => Buffer.from(`Title\n\n${p.repeat(n)}\n`)),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3000 }).map((s) => Buffer.from(s)),
  fc.array(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), { maxLength: 40 }).map((l) => Buffer.from(l.join('\n'))),
);

/** A real article with hostile noise around it: it must still load. */
const noisyArticle = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(fc.constantFrom(...CHROME), { maxLength: 10 }),
    fc.constantFrom('', '\u200b', '\u202e', '🇻🇳 ', '@everyone '),
  )
  .map(([text, tail, prefix]) => Buffer.from(`${text}\n\n${tail.join('\n')}\n${prefix}`));

function timed<T>(fn: () => T): T {
  const t = performance.now();
  const r = fn();
  expect(performance.now() - t).toBeLessThan(HANG_MS);
  return r;
}

describe('hostile article files', () => {
  it('are parsed or rejected with a one-line reason, never a throw or a hang', () => {
    fc.assert(
      fc.property(hostileFile, (bytes) => {
        const r = timed(() => parseFileBytes(bytes, 'hostile.txt'));
        if (!r.ok) {
          expect(r.reason.length).toBeGreaterThan(0);
          expect(r.reason).not.toContain('\n');
          expect(r.reason).not.toMatch(/could not be parsed/);
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('never stop a real article with noise around it from loading', () => {
    fc.assert(
      fc.property(noisyArticle, (bytes) => {
        const r = timed(() => parseFileBytes(bytes, 'noisy.txt'));
        expect(r.ok).toBe(true);
      }),
      { numRuns: Math.min(RUNS, 200) },
    );
  }, 120_000);

  it('in a corpus folder, are each skipped with a reason while every good article loads', async () => {
    const samples = fc.sample(hostileFile, { numRuns: Math.min(RUNS, 150), seed: 42 });
    const dir = mkdtempSync(join(tmpdir(), 'attache-hostile-'));
    seeds.forEach((s, i) => writeFileSync(join(dir, `seed_${i}.txt`), s));
    samples.forEach((b, i) => writeFileSync(join(dir, `h_${String(i).padStart(3, '0')}.txt`), b));
    const { articles, skipped } = await loadCorpus(dir);
    expect(articles.filter((a) => a.file.startsWith('seed_'))).toHaveLength(seeds.length);
    expect(articles.length + skipped.length).toBe(seeds.length + samples.length);
    for (const s of skipped) expect(s.reason).toMatch(/\S/);
  }, 120_000);
});
