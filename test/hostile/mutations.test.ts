import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayCanExist, formatDate, isoDate, YEAR_RANGE } from '../../src/corpus/dates.ts';
import { parseFileBytes } from '../../src/corpus/loadCorpus.ts';
import type { DateInfo } from '../../src/corpus/types.ts';
import { buildKnowledge } from '../../src/knowledge/buildKnowledge.ts';
import { eventLine } from '../../src/knowledge/describe.ts';
import { dateKey, showDate } from '../../src/knowledge/showDate.ts';
import { DEV_DIR, SEEDS_DIR } from '../support/devCorpus.ts';
import { HANG_MS, RUNS } from './runs.ts';

// Every real article of the fixtures, mutated in content rather than shape: what feeds and hand-written front
// matter deliver. RUNS per property (HOSTILE_RUNS=… for long runs).
const REAL = [SEEDS_DIR, DEV_DIR].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8')),
);

const BAD_DATES = [
  '2026-13-01',
  '2026-02-30',
  '2026-00-10',
  '2025-02-29',
  '20026-01-01',
  '0000-01-01',
  '2026-1-1',
  '2017-07-321',
  '9999-12-31',
  '2026-04-31',
  '26-02-2026',
  'yesterday',
  '[2026, 1, 1]',
  '',
];
const BAD_PHRASES = [
  'May 27-321',
  'February 30, 2026',
  'from June 23 to 21',
  'on 31 April',
  'the 0th anniversary of diplomatic ties',
  'the 9999th anniversary of diplomatic relations',
  'the XVth anniversary of ties',
  'in 20026',
  'September 4th, 1066',
  'March 0',
  'December 32-33, 2025',
  'on Funday',
];

/** One content mutation of an article's text. */
const mutation = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 99_999 })).map(([at, n]) => (t: string) => {
    const nums = [...t.matchAll(/\d+/g)];
    const m = nums[at % Math.max(1, nums.length)];
    return m ? t.slice(0, m.index) + String(n) + t.slice(m.index! + m[0].length) : t;
  }),
  fc
    .constantFrom(...BAD_DATES)
    .map(
      (d) => (t: string) =>
        /^\s*---\n/.test(t) ? t.replace(/^(\s*---\n[\s\S]*?)date:[^\n]*/m, `$1date: ${d}`) : `---\ndate: ${d}\n---\n${t}`,
    ),
  fc.constantFrom(...BAD_DATES).map((d) => (t: string) => ` date ${d} ${t.replace(/^\s*---\n[\s\S]*?\n---\n/, '')}`),
  fc.tuple(fc.constantFrom(...BAD_PHRASES), fc.nat()).map(([phrase, at]) => (t: string) => {
    const dots = [...t.matchAll(/\. /g)];
    const m = dots[at % Math.max(1, dots.length)];
    return m ? `${t.slice(0, m.index! + 2)}The ministers met ${phrase}, officials said. ${t.slice(m.index! + 2)}` : `${t} ${phrase}.`;
  }),
  fc.constantFrom(
    (t: string) => t.normalize('NFD'),
    (t: string) => t.normalize('NFD').replace(/\p{M}/gu, ''),
    (t: string) => t.replace(/([ăâđêôơưàáảãạ])/giu, '$1$1'),
    (t: string) => t.replace(/\n/g, '\r\n'),
    (t: string) => `\ufeff${t}`,
    (t: string) => t.replace(/ /g, '\u00a0'),
    (t: string) => t.replace(/(\w) (\w)/g, '$1\u200b $2'),
    (t: string) => t.replace(/\b(Minister|Ambassador|President)\b/g, `$1 ${'Nguyễn '.repeat(40)}Văn`),
    (t: string) => t.replace(/\bNorway\b/g, 'Norwayy').replace(/\bRussia\b/g, 'Rusia'),
    (t: string) => `---\ndate: 2026-01-01\ndate: 2026-13-13\nsource: [VNA]\nflavour: strange\ntitle:\n---\n${t}`,
    (t: string) => t.replace(/^\s*---\n[\s\S]*?\n---\n/, ''),
  ),
  fc.nat().map((at) => (t: string) => {
    const cuts = [...t.matchAll(/\n\n/g)];
    const m = cuts[at % Math.max(1, cuts.length)];
    return m ? t.slice(0, m.index) : t;
  }),
);
const mutated = fc
  .tuple(fc.constantFrom(...REAL), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, ms]) => ms.reduce((t, m) => m(t), text));

/** A date a user may be shown: a real calendar date, or marked partial or unknown with only valid parts. */
function checkDate(d: DateInfo, where: string): void {
  const at = `${where}: ${JSON.stringify(d)}`;
  if (d.year !== undefined) expect(d.year >= YEAR_RANGE.min - 900 && d.year <= YEAR_RANGE.max, at).toBe(true);
  if (d.month !== undefined) expect(d.month >= 1 && d.month <= 12, at).toBe(true);
  if (d.day !== undefined) expect(dayCanExist(d.month ?? 0, d.day), at).toBe(true);
  if (d.endDay !== undefined) expect(dayCanExist(d.endMonth ?? d.month ?? 0, d.endDay), at).toBe(true);
  if (d.iso) expect(isoDate(Number(d.iso.slice(0, 4)), Number(d.iso.slice(5, 7)), Number(d.iso.slice(8, 10))), at).toBe(d.iso);
  if (d.year && d.month && d.day) expect(isoDate(d.year, d.month, d.day), at).toBeDefined();
  if (d.provenance === 'explicit' || (d.provenance === 'resolved' && d.day)) expect(d.year, at).toBeDefined();
  // Everything that shows or sorts a date must take it.
  expect(() => [formatDate(d), showDate(d), dateKey(d)], at).not.toThrow();
}

describe('real articles with mutated content', () => {
  it('load or are skipped with a reason, every date shown is real or marked partial, every fact quotes the article, always the same', () => {
    const tally = { tried: 0, loaded: 0, withWarnings: 0, skipped: new Map<string, number>() };
    fc.assert(
      fc.property(mutated, (text) => {
        tally.tried += 1;
        const t0 = performance.now();
        const r = parseFileBytes(Buffer.from(text), 'mutated.txt');
        if (!r.ok) {
          expect(r.reason).toMatch(/^\S.*$/);
          tally.skipped.set(r.reason, (tally.skipped.get(r.reason) ?? 0) + 1);
          return;
        }
        tally.loaded += 1;
        if (r.article.warnings?.length) tally.withWarnings += 1;
        const kb = buildKnowledge([r.article]);
        expect(performance.now() - t0).toBeLessThan(HANG_MS);
        if (kb.articles.length === 0) {
          // Dropped at extraction: named, with its reason.
          expect(kb.skipped.map((s) => s.file)).toEqual(['mutated.txt']);
          return;
        }
        const a = kb.articles[0]!;
        checkDate(a.date, 'article date');
        const body = [...a.paragraphs, ...a.captions].join('\n');
        for (const e of kb.events) {
          checkDate(e.date, 'event');
          expect(body).toContain(e.quote);
          expect(() => eventLine(kb, e)).not.toThrow();
        }
        for (const m of kb.milestones) {
          checkDate(m.date, 'milestone');
          expect(body).toContain(m.quote);
        }
        for (const p of kb.people) for (const role of p.roles) checkDate(role.date, 'role');
        for (const ag of kb.agreements) for (const m of ag.mentions) expect(body).toContain(m.quote);
        // The same input always gives the same output.
        const again = parseFileBytes(Buffer.from(text), 'mutated.txt');
        expect(again.ok && JSON.stringify(buildKnowledge([again.article]).events)).toBe(JSON.stringify(kb.events));
      }),
      { numRuns: RUNS, seed: 17 },
    );
    // The long run's figures (HOSTILE_RUNS=…), for the README; a crash would have failed the property above.
    if (process.env.HOSTILE_RUNS)
      console.log(
        `mutations: ${tally.tried} tried, 0 crashed, ${tally.loaded} loaded (${tally.withWarnings} with a rejected value named), skipped: ${[...tally.skipped].map(([r, n]) => `${r} ${n}`).join('; ') || 'none'}`,
      );
  }, 1_200_000);

  it('name a date that cannot exist in the file’s warnings, keep its year, and never show it', () => {
    const base = REAL[0]!.replace(/^\s*---\n[\s\S]*?\n---\n/, '');
    for (const [bad, year, why] of [
      ['2026-13-01', 2026, /month 13 does not exist/],
      ['2026-02-30', 2026, /day 30 does not exist/],
      ['20026-01-01', undefined, /year 20026 is out of range/],
    ] as const) {
      const r = parseFileBytes(Buffer.from(`---\ndate: ${bad}\n---\n${base}`), 'bad-date.txt');
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.article.warnings?.join(' ')).toMatch(why);
      expect(r.article.date.iso ?? '').not.toBe(bad);
      if (year) expect(r.article.date.year).toBe(year);
      checkDate(r.article.date, bad);
    }
  });
});
