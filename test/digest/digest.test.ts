import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeDigest } from '../../src/digest/composeDigest.ts';
import { DigestScheduler, nonceOf } from '../../src/digest/scheduler.ts';
import type { Services } from '../../src/app/command.ts';
import type { Reply } from '../../src/core/reply.ts';
import { createLogger } from '../../src/app/log.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { firstSeenOf, recordArrivals } from '../../src/store/ingestRegistry.ts';
import type { Subscription } from '../../src/store/stateSchema.ts';
import { StateStore } from '../../src/store/stateStore.ts';
import { seedKnowledge } from '../support/seedKnowledge.ts';

const log = createLogger('silent');
const ICT_0800_NOV23 = new Date('2026-11-23T01:00:00Z'); // 08:00 in Hà Nội

describe('composing a digest', async () => {
  const kb = await seedKnowledge();
  const all = (id: string) => (id.startsWith('002') || id.startsWith('004') ? '2026-11-22T10:00:00.000Z' : '2026-01-01T00:00:00.000Z');

  it('lists what arrived since the last digest, grouped by partner, each cited, and the coming anniversary', () => {
    const d = composeDigest({
      kb,
      firstSeen: all,
      since: '2026-11-22T01:00:00.000Z',
      now: ICT_0800_NOV23,
      timezone: 'Asia/Ho_Chi_Minh',
      countries: [],
      topics: [],
    });
    expect(d.articleIds.map((id) => id.slice(0, 3)).sort()).toEqual(['002', '004']);
    const norway = d.reply!.fields.find((f) => f.name === 'Norway')!;
    expect(norway.value).toMatch(
      /\*\*Vietnam, Norway step up cooperation in green transition, circular economy\*\* — 2026-01-08 · Norway · VNA\n.* \[\d\]/,
    );
    const coming = d.reply!.fields.find((f) => f.name === 'Coming up')!;
    expect(coming.value).toMatch(
      /^2026-11-25: 55th anniversary of Việt Nam–Norway diplomatic ties \(established 25 November 1971\) \[\d\]$/,
    );
    expect(d.reply!.citations.find((c) => coming.value.includes(`[${c.n}]`))!.quote).toContain('November 25, 1971');
    expect(d.coveredUntil).toBe('2026-11-22T10:00:00.000Z');
  });

  it('has nothing to say on a quiet day, and filters by country and topic', () => {
    const quiet = composeDigest({
      kb,
      firstSeen: all,
      since: '2026-11-22T12:00:00.000Z',
      now: new Date('2026-12-10T01:00:00Z'),
      timezone: 'Asia/Ho_Chi_Minh',
      countries: [],
      topics: [],
    });
    expect(quiet.reply).toBeUndefined();
    const russia = composeDigest({
      kb,
      firstSeen: () => '2026-11-22T10:00:00.000Z',
      since: '2026-11-21T00:00:00.000Z',
      now: ICT_0800_NOV23,
      timezone: 'Asia/Ho_Chi_Minh',
      countries: ['RU'],
      topics: [],
    });
    expect(russia.reply!.fields.map((f) => f.name)).toEqual(['Russia']);
    expect(russia.articleIds.map((id) => id.slice(0, 3)).sort()).toEqual(['001', '003']);
    expect(russia.reply!.fields.some((f) => f.name === 'Coming up')).toBe(false);
    const green = composeDigest({
      kb,
      firstSeen: () => '2026-11-22T10:00:00.000Z',
      since: '2026-11-21T00:00:00.000Z',
      now: ICT_0800_NOV23,
      timezone: 'Asia/Ho_Chi_Minh',
      countries: [],
      topics: ['cybersecurity'],
    });
    expect(green.articleIds.map((id) => id.slice(0, 3))).toEqual(['000']);
  });
});

describe('the digest scheduler, with a fake clock and restarts', async () => {
  const kb = await seedKnowledge();
  const services: Services = { kb, index: new PassageIndex(kb), version: 'test' };
  const sub: Subscription = {
    platform: 'discord',
    channelId: 'C1',
    time: '08:00',
    timezone: 'Asia/Ho_Chi_Minh',
    countries: [],
    topics: [],
    quiet: false,
    createdBy: 'u',
    createdAt: '2026-11-20T00:00:00.000Z',
  };

  async function setup() {
    const file = join(mkdtempSync(join(tmpdir(), 'attache-digest-')), 'state.json');
    const store = await StateStore.open(file, log);
    await store.update((s) => void s.subscriptions.push(sub));
    // 002 and 004 arrived yesterday; the rest long ago.
    await recordArrivals(
      store,
      kb.articles.map((a) => ({ contentHash: a.contentHash, file: a.file, mtime: new Date('2026-11-22T10:00:00Z') })),
      new Date('2026-11-22T10:00:00Z'),
    );
    await store.update((s) => {
      for (const i of s.ingested) if (!/^00[24]/.test(i.file)) i.firstSeen = '2026-01-01T00:00:00.000Z';
    });
    return file;
  }
  const sent: Array<{ reply: Reply; nonce: string; retry: boolean }> = [];
  const scheduler = (store: StateStore, now: Date, send?: (reply: Reply, nonce: string) => Promise<void>) =>
    new DigestScheduler({
      store,
      services: () => services,
      log,
      now: () => now,
      send: async (_s, reply, d) => (send ? send(reply, d.nonce) : void sent.push({ reply, nonce: d.nonce, retry: d.retry })),
    });

  it('posts at 08:00 ICT what arrived since the last digest, once', async () => {
    const file = await setup();
    const store = await StateStore.open(file, log);
    sent.length = 0;
    await scheduler(store, new Date('2026-11-23T00:59:00Z')).runDue();
    expect(sent).toHaveLength(0);
    await scheduler(store, ICT_0800_NOV23).runDue();
    await scheduler(store, new Date('2026-11-23T01:01:00Z')).runDue();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.reply.title).toBe('Daily digest — 2026-11-23');
    expect(sent[0]!.reply.fields.map((f) => f.name)).toEqual(['Norway', 'Coming up']);
    expect(sent[0]!.nonce).toBe(nonceOf(sub, ICT_0800_NOV23.toISOString()));
    expect(sent[0]!.retry).toBe(false);

    // The next day: only what arrived since.
    await recordArrivals(store, [{ contentHash: 'new-story', file: 'x.txt', mtime: new Date() }], new Date('2026-11-23T05:00:00Z'));
    await scheduler(store, new Date('2026-11-24T01:00:30Z')).runDue();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.reply.text).toMatch(/^No new articles/);
  });

  it('after a stop before the send, posts on restart within the grace window', async () => {
    const file = await setup();
    const crashing = await StateStore.open(file, log);
    await scheduler(crashing, ICT_0800_NOV23, async () => {
      throw new Error('process died before sending');
    }).runDue();
    const record = JSON.parse(readFileSync(file, 'utf8')).digests[0];
    expect(record.status).toBe('sending');
    sent.length = 0;
    const restarted = await StateStore.open(file, log);
    await scheduler(restarted, new Date('2026-11-23T03:00:00Z')).runDue();
    expect(sent).toHaveLength(1);
    await scheduler(restarted, new Date('2026-11-23T03:01:00Z')).runDue();
    expect(sent).toHaveLength(1);
  });

  it('after a stop between send and record, re-sends once with the same nonce, marked as a retry', async () => {
    const file = await setup();
    const first: string[] = [];
    const crashing = await StateStore.open(file, log);
    await scheduler(crashing, ICT_0800_NOV23, async (_r, nonce) => {
      first.push(nonce);
      throw new Error('process died after the platform took the message');
    }).runDue();
    sent.length = 0;
    const restarted = await StateStore.open(file, log);
    await scheduler(restarted, new Date('2026-11-23T01:05:00Z')).runDue();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.nonce).toBe(first[0]);
    expect(sent[0]!.retry).toBe(true);
  });

  it('after a stop after send and record, never posts it again', async () => {
    const file = await setup();
    sent.length = 0;
    await scheduler(await StateStore.open(file, log), ICT_0800_NOV23).runDue();
    await scheduler(await StateStore.open(file, log), new Date('2026-11-23T02:00:00Z')).runDue();
    expect(sent).toHaveLength(1);
  });

  it('catches up a slot missed by downtime within 6 hours, and skips one missed by more', async () => {
    const file = await setup();
    sent.length = 0;
    await scheduler(await StateStore.open(file, log), new Date('2026-11-23T06:30:00Z')).runDue();
    expect(sent).toHaveLength(1);
    const other = await setup();
    sent.length = 0;
    await scheduler(await StateStore.open(other, log), new Date('2026-11-23T07:30:00Z')).runDue();
    expect(sent).toHaveLength(0);
  });

  it('posts nothing on a quiet day unless the channel asked for a note', async () => {
    const file = await setup();
    const store = await StateStore.open(file, log);
    sent.length = 0;
    const later = new Date('2026-12-10T01:00:00Z');
    await scheduler(store, later).runDue();
    expect(sent).toHaveLength(1); // the articles of Nov 22 were never posted
    await scheduler(store, new Date('2026-12-11T01:00:00Z')).runDue();
    expect(sent).toHaveLength(1);
    await store.update((s) => void (s.subscriptions[0]!.quiet = true));
    await scheduler(store, new Date('2026-12-12T01:00:00Z')).runDue();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.reply.text).toMatch(/Nothing new/);
  });

  it('posts each channel on its own: one that hangs fails at its deadline, is not started twice, and delays no other', async () => {
    const file = await setup();
    const store = await StateStore.open(file, log);
    await store.update((s) => void s.subscriptions.push({ ...sub, platform: 'slack', channelId: 'S1' }));
    const posted: string[] = [];
    let hung = 0;
    const scheduler = new DigestScheduler({
      store,
      services: () => services,
      log,
      now: () => ICT_0800_NOV23,
      postTimeoutMs: 200,
      send: async (s) => {
        if (s.platform === 'slack') {
          hung += 1;
          return new Promise<void>(() => undefined);
        }
        posted.push(s.channelId);
      },
    });
    const t0 = Date.now();
    const { failed, done } = await scheduler.runDue();
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(posted).toEqual(['C1']);
    expect(failed.map((f) => [f.platform, f.channelId])).toEqual([['slack', 'S1']]);
    expect(failed[0]!.error).toMatch(/no answer from slack/);
    expect(done.map((d) => [d.platform, d.channelId, d.posted])).toEqual([['discord', 'C1', true]]);
    const record = store.data.digests.find((d) => d.platform === 'slack')!;
    expect([record.status, record.attempts]).toEqual(['sending', 1]);
    // The next tick: the hung post is still running, so it is not sent a second time, and Discord is done.
    expect(await scheduler.runDue()).toEqual({ done: [], failed: [] });
    expect(hung).toBe(1);
    expect(posted).toEqual(['C1']);
  });

  it('counts an article from the registry, or from its date when the registry never saw it', async () => {
    const file = await setup();
    const store = await StateStore.open(file, log);
    const seen = firstSeenOf(store, kb);
    expect(seen(kb.articles.find((a) => a.id.startsWith('002'))!.id)).toBe('2026-11-22T10:00:00.000Z');
    expect(firstSeenOf(undefined, kb)(kb.articles.find((a) => a.id.startsWith('002'))!.id)).toBe('2026-01-08T00:00:00.000Z');
  });
});

describe('digest summaries written by a model', async () => {
  const { FakeOpenAI, passagesShown } = await import('../fakes/fakeOpenAI.ts');
  const { createLlmSummarizer } = await import('../../src/answer/llmSummarizer.ts');
  const kb = await seedKnowledge();

  it('uses a checked model summary, and the lead sentence when the model’s sentence is unsupported', async () => {
    const fake = new FakeOpenAI((req) => {
      const user = req.messages.find((m) => m.role === 'user')!.content;
      const shown = passagesShown(user);
      if (user.includes('step up cooperation in green transition')) {
        const n = [...shown.entries()].find(([, t]) => t.includes('Hilde Solbakken'))![0];
        return { reply: `Deputy Minister Le Thi Thu Hang received Norwegian Ambassador Hilde Solbakken on January 8 [${n}].` };
      }
      return { reply: 'Norway pledged US$900 million to Việt Nam [1].' };
    });
    const summarize = createLlmSummarizer({ apiKey: 'k', baseURL: await fake.start(), model: 'fake', timeoutMs: 2000, maxRetries: 0 }, log);
    const ids = kb.articles.filter((a) => /^00[24]/.test(a.id)).map((a) => a.id);
    const summaries: Record<string, { text: string; passageId: string }> = {};
    for (const id of ids) {
      const s = await summarize(id, kb);
      if (s) summaries[id] = s;
    }
    await fake.stop();
    expect(Object.keys(summaries).map((id) => id.slice(0, 3))).toEqual(['002']);
    const d = composeDigest({
      kb,
      firstSeen: () => '2026-11-22T10:00:00.000Z',
      since: '2026-11-21T00:00:00.000Z',
      now: ICT_0800_NOV23,
      timezone: 'Asia/Ho_Chi_Minh',
      countries: ['NO'],
      topics: [],
      summaries,
    });
    const norway = d.reply!.fields.find((f) => f.name === 'Norway')!.value;
    expect(norway).toContain('Deputy Minister Le Thi Thu Hang received Norwegian Ambassador Hilde Solbakken on January 8.');
    expect(norway).not.toContain('900 million');
  });
});

describe('a digest summary', async () => {
  const { leadSentence } = await import('../../src/digest/composeDigest.ts');
  it('ends at a clause boundary, not mid-phrase', () => {
    const long =
      'Deputy Minister of Foreign Affairs Tran Van Binh received the visiting delegation of the Chilean Senate led by its President Maria Fuentes in Hanoi on March 3, discussing ways to expand cooperation in copper mining, renewable energy, wine trade and education between the two countries in the coming years.';
    const s = leadSentence(long);
    expect(s.length).toBeLessThanOrEqual(221);
    // It stops where the sentence itself pauses (before a comma), never inside a phrase.
    expect(s.endsWith('…')).toBe(true);
    expect(long.startsWith(`${s.slice(0, -1)},`)).toBe(true);
  });
});
