import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Caller } from '../../src/app/command.ts';
import { Router } from '../../src/app/router.ts';
import { createLogger } from '../../src/app/log.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { StateStore } from '../../src/store/stateStore.ts';
import { seedKnowledge } from '../support/seedKnowledge.ts';
import { textOf } from '../support/router.ts';

describe('/digest', async () => {
  const kb = await seedKnowledge();
  const store = await StateStore.open(join(mkdtempSync(join(tmpdir(), 'attache-dg-')), 'state.json'), createLogger('silent'));
  const services = {
    kb,
    index: new PassageIndex(kb),
    version: 't',
    store,
    digestDefaults: { time: '08:00', timezone: 'Asia/Ho_Chi_Minh' },
  };
  const router = new Router(commands, () => services, createLogger('silent'));
  const manager: Caller = { platform: 'discord', channelId: 'C9', userId: 'U1', canManage: true };
  const run = (line: string, caller: Caller = manager) => router.runLine(line, caller);

  it('subscribes a channel with its time, zone and filters, and reports its status', async () => {
    const r = await run('/digest subscribe time:07:30 timezone:Europe/Oslo countries:Norway, Na Uy, EU topics:green transition');
    expect(r.text).toMatch(
      /^Subscribed: this channel gets the digest daily at 07:30 \(Europe\/Oslo\), about Norway, European Union; green transition\. Next: 20\d\d-\d\d-\d\d 07:30 \(Europe\/Oslo\)\./,
    );
    expect(store.data.subscriptions).toEqual([
      expect.objectContaining({
        platform: 'discord',
        channelId: 'C9',
        time: '07:30',
        countries: ['NO', 'EU'],
        topics: ['green-transition'],
      }),
    ]);
    const status = textOf(await run('/digest status'));
    expect(status).toMatch(/Daily at 07:30 \(Europe\/Oslo\)/);
    expect(status).toMatch(/Last\nnone yet/);
  });

  it('keeps earlier choices when a subscription is changed', async () => {
    await run('/digest subscribe quiet:on');
    expect(store.data.subscriptions[0]).toMatchObject({ time: '07:30', countries: ['NO', 'EU'], quiet: true });
  });

  it('previews what would be posted now', async () => {
    const r = await run('/digest preview');
    expect(r.title).toMatch(/^Daily digest|^Digest preview/);
  });

  it('gives a usage hint for a bad time, zone or country', async () => {
    expect((await run('/digest subscribe time:8am')).text).toMatch(/time must be HH:MM/);
    expect((await run('/digest subscribe timezone:Mars/Olympus')).text).toMatch(/IANA time zone/);
    expect((await run('/digest subscribe countries:Narnia')).text).toMatch(/No country named “Narnia”/);
    expect((await run('/digest fly')).status).toBe('usage');
  });

  it('lets only channel managers change the digest', async () => {
    const r = await run('/digest unsubscribe', { ...manager, canManage: false });
    expect(r.status).toBe('usage');
    expect(r.text).toMatch(/Only people who can manage this channel/);
    expect(store.data.subscriptions).toHaveLength(1);
    expect((await run('/digest unsubscribe')).text).toMatch(/^Unsubscribed/);
    expect(store.data.subscriptions).toEqual([]);
  });

  it('explains that digests need the running bot when there is no channel', async () => {
    const bare = new Router(commands, () => ({ kb, index: services.index, version: 't' }), createLogger('silent'));
    const r = await bare.runLine('/digest status', { platform: 'cli' });
    expect(r.text).toMatch(/running bot/);
  });
});
