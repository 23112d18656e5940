import { describe, expect, it } from 'vitest';
import { startDiscord } from '../../src/adapters/discord/discordBot.ts';
import { createLogger } from '../../src/app/log.ts';
import { PlatformSupervisor } from '../../src/app/platformSupervisor.ts';
import { MockAdapter } from '../fakes/mockAdapter.ts';
import { FakeDiscord } from '../fakes/fakeDiscord.ts';
import { appFor } from '../support/appFor.ts';

const quiet = createLogger('silent');
const until = async (test: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!test() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return test();
};

describe('a platform kept running', () => {
  it('is started again with back-off when it cannot start, and again when its connection is lost for good', async () => {
    const platform = new MockAdapter('discord', 2);
    const s = new PlatformSupervisor(platform, quiet, { first: 20, max: 80 });
    expect(await s.start()).toBe(false);
    await expect(
      s.post('c1', { title: 't', text: '', fields: [], citations: [] }, { nonce: 'n', slot: 's', retry: false }),
    ).rejects.toThrow(/not connected/);
    s.keepTrying();
    // The retries follow the configured delays (20 ms, then 40), not the default 5 s.
    expect(await until(() => s.up, 2000)).toBe(true);
    expect(platform.starts).toBe(3);
    await s.post('c2', { title: 't', text: '', fields: [], citations: [] }, { nonce: 'n', slot: 's', retry: false });
    expect(platform.posted.map((p) => p.channelId)).toEqual(['c2']);
    platform.lose('gateway closed with code 4004');
    expect(s.up).toBe(false);
    expect(await until(() => s.up)).toBe(true);
    expect(platform.starts).toBe(4);
    await s.stop();
    // The lost connection was closed, and the last one on stop.
    expect(platform.stops).toBe(2);
  });

  it('hears from discord.js when the gateway closes for good, and not for a close it recovers from itself', async () => {
    const app = await appFor({});
    const fake = new FakeDiscord();
    const apiUrl = await fake.start();
    const lost: string[] = [];
    const { stop } = await startDiscord({
      token: 'fake-token',
      apiUrl,
      router: app.router,
      services: () => app.services,
      store: app.store,
      log: quiet,
      onLost: (why) => lost.push(why),
    });
    await fake.connected;
    const first = fake.identifies;
    fake.drop(4000); // resumable: discord.js reconnects on its own
    // (Dropped again only once the new connection is open, so the second close is not lost in the handshake.)
    expect(await until(() => fake.identifies > first)).toBe(true);
    expect(lost).toEqual([]);
    fake.drop(4004); // authentication failed: discord.js gives up
    expect(await until(() => lost.length > 0)).toBe(true);
    expect(lost[0]).toMatch(/4004/);
    await stop();
    await fake.stop();
  }, 30_000);
});
