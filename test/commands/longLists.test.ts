import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routerFor } from '../support/router.ts';

// Fourteen receptions of Chilean envoys, one a month, each recalling when ties began; written for this test.
function chileCorpus(n = 14): string {
  const dir = mkdtempSync(join(tmpdir(), 'attache-long-'));
  for (let i = 0; i < n; i++) {
    const year = 2024 + Math.floor(i / 12);
    const month = (i % 12) + 1;
    const date = `${year}-${String(month).padStart(2, '0')}-15`;
    writeFileSync(
      join(dir, `chile_${i}.txt`),
      `---\nsource: VNA\ndate: ${date}\ntitle: Deputy FM receives Chilean envoy ${i}\n---\nHanoi (VNA) – Deputy Minister of Foreign Affairs Tran Van Binh received Chilean Special Envoy Number${String.fromCharCode(65 + i)} Rojas in Hanoi on ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]} 14 to discuss trade in copper and wine. Vietnam and Chile established diplomatic relations on May 25, 1971.\n`,
    );
  }
  return dir;
}

describe('a partner with many events', async () => {
  const { run } = await routerFor(chileCorpus());

  it('/country lists the latest ten with a count and the way to see them all', async () => {
    const events = (await run('/country Chile')).fields.find((f) => f.name === 'Events')!.value.split('\n');
    expect(events[0]).toBe('14 events; the latest 10 (/timeline country:Chile for all):');
    expect(events.slice(1)).toHaveLength(10);
    expect(events.at(-1)).toMatch(/^2025-02-14 · reception/);
    expect(events[1]).toMatch(/^2024-05-14 · reception/);
  });

  it('/timeline lists every one of them, oldest first', async () => {
    const r = await run('/timeline country:Chile');
    expect(r.text.split('\n')[0]).toBe('14 events, oldest first:');
    expect(r.text.split('\n')[1]).toMatch(/^2024-01-14 · reception/);
  });

  it('/country names the twelve officials in most articles and counts the others, and cites a repeated milestone five times', async () => {
    const r = await run('/country Chile');
    const officials = r.fields.find((f) => f.name === 'Officials of Chile')!.value.split('\n');
    expect(officials).toHaveLength(13);
    expect(officials.at(-1)).toBe('and 2 more (/person with a name)');
    const ties = r.fields.find((f) => f.name === 'Milestones')!.value.split('\n')[0]!;
    expect(ties).toMatch(/^Diplomatic ties established 1971-05-25 (\[\d+\]){5} and 9 more articles$/);
  });
});

describe('an official in many stories', async () => {
  const { run } = await routerFor(chileCorpus(18));

  it('/person lists the latest fifteen events and articles, with a count and the way to see them all', async () => {
    const r = await run('/person Tran Van Binh');
    const events = r.fields.find((f) => f.name === 'Events')!.value.split('\n');
    expect(events[0]).toBe('18 events; the latest 15 (/timeline person:Tran Van Binh for all):');
    expect(events.slice(1)).toHaveLength(15);
    expect(events.at(-1)).toMatch(/^2025-06-14 · reception/);
    const articles = r.fields.find((f) => f.name.startsWith('Articles'))!;
    expect(articles.name).toBe('Articles (18; the latest 15)');
    expect(articles.value.split('\n')).toHaveLength(15);
  });
});
