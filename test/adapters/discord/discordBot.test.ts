import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { startDiscord } from '../../../src/adapters/discord/discordBot.ts';
import { registerDiscordCommands } from '../../../src/adapters/discord/register.ts';
import { APP_ID, BOT_ID, CHANNEL_ID, FakeDiscord, GUILD_ID, type RecordedRequest } from '../../fakes/fakeDiscord.ts';
import { appFor, PING_ARTICLE } from '../../support/appFor.ts';

// The real discord.js Client against a local REST API and gateway.
describe('the Discord adapter', async () => {
  const app = await appFor({ 'zz_ping.txt': PING_ARTICLE });
  const fake = new FakeDiscord();
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const apiUrl = await fake.start();
    ({ stop } = await startDiscord({
      token: 'fake-token',
      apiUrl,
      router: app.router,
      services: () => app.services,
      store: app.store,
      log: app.log,
    }));
  }, 15_000);
  afterAll(async () => {
    await stop?.();
    await fake.stop();
  });

  // The first chart drawn in a process loads ECharts and resvg: seconds on a busy 2-core machine.
  const callback = (id: string, token: string) =>
    fake.waitFor((r) => r.method === 'POST' && r.path === `/interactions/${id}/${token}/callback`, 15_000);
  const embedsText = (embeds: Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }> }>) =>
    embeds.map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n')).join('\n');

  it('registers the slash commands to the guild with typed, autocompleted options', async () => {
    const result = await registerDiscordCommands(commands, {
      token: 'fake-token',
      applicationId: APP_ID,
      guildId: GUILD_ID,
      apiUrl: fake.apiUrl,
    });
    expect(result).toEqual({ scope: `guild ${GUILD_ID}`, count: commands.length });
    const put = await fake.waitFor((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    const country = put.body.find((c: { name: string }) => c.name === 'country');
    expect(country.options[0]).toMatchObject({ type: 3, name: 'name', required: true, max_length: 300, autocomplete: true });
    const search = put.body.find((c: { name: string }) => c.name === 'search');
    expect(search.options.find((o: { name: string }) => o.name === 'limit')).toMatchObject({
      type: 4,
      required: false,
      min_value: 1,
      max_value: 10,
    });
    const timeline = put.body.find((c: { name: string }) => c.name === 'timeline');
    expect(timeline.options.every((o: { required: boolean }) => !o.required)).toBe(true);
  });

  it('answers /country Norway with an embed, cited sources and no pings', async () => {
    const { id, token } = fake.command('country', { name: 'Norway' });
    const cb = await callback(id, token);
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [] });
    const text = embedsText(cb.body.data.embeds);
    expect(text).toContain('Việt Nam – Norway');
    expect(text).toContain('Diplomatic ties established 1971-11-25 [1]');
    expect(text).toMatch(/\[1\] \[Vietnam, Norway step up cooperation[^\]]*\]\(https:\/\/en\.vietnamplus\.vn\//);
    // One year of events is no picture; several years are.
    expect(cb.files).toEqual([]);
    expect(cb.body.data.embeds[0].image).toBeUndefined();
  });

  it('attaches the engagements chart of /country Russia as a PNG shown inside the embed', async () => {
    const { id, token } = fake.command('country', { name: 'Russia' });
    const cb = await callback(id, token);
    expect(cb.body.data.embeds[0].image).toEqual({ url: 'attachment://chart.png' });
    expect(cb.files.map((f) => f.filename)).toEqual(['chart.png']);
    const png = PNG.sync.read(cb.files[0]!.data);
    expect([png.width, png.height]).toEqual([800, 360]);
    const pixel = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    expect(pixel(2, 2)).toEqual([255, 255, 255]);
    // Somewhere along the bottom of the plot there is a coloured bar.
    const row = png.height - 70;
    expect(
      Array.from({ length: png.width }, (_, x) => pixel(x, row)).some(([r, g, b]) => Math.max(r!, g!, b!) - Math.min(r!, g!, b!) > 60),
    ).toBe(true);
  });

  it('defers /ask, then edits in the answer with Sources and feedback buttons', async () => {
    const { id, token } = fake.command('ask', { question: 'When were Vietnam–Norway diplomatic ties established?' });
    const cb = await callback(id, token);
    expect(cb.body.type).toBe(5);
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`);
    expect(embedsText(edit.body.embeds)).toContain('**25 November 1971** [1]');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    const ids = edit.body.components[0].components.map((b: { custom_id: string }) => b.custom_id);
    expect(ids).toEqual([expect.stringMatching(/^src:/), expect.stringMatching(/^fb:up:/), expect.stringMatching(/^fb:down:/)]);

    // "Sources" shows the full quotes to the presser only.
    const press = fake.button(ids[0]);
    const sources = await callback(press.id, press.token);
    expect(sources.body.data.flags).toBe(64);
    expect(embedsText(sources.body.data.embeds)).toContain(
      '“Over more than five decades since the establishment of diplomatic ties on November 25, 1971',
    );

    // 👍 is stored with the question, the answer and its citations.
    const vote = fake.button(ids[1]);
    await callback(vote.id, vote.token);
    const state = JSON.parse(readFileSync(join(app.dir, 'state.json'), 'utf8'));
    expect(state.feedback).toEqual([
      expect.objectContaining({
        vote: 'up',
        platform: 'discord',
        question: 'When were Vietnam–Norway diplomatic ties established?',
        citations: [expect.objectContaining({ n: 1 })],
      }),
    ]);
  });

  it('suggests names while the user types, without diacritics', async () => {
    const { id, token } = fake.autocomplete('person', 'name', 'hang');
    const cb = await callback(id, token);
    expect(cb.body.type).toBe(8);
    expect(cb.body.data.choices.map((c: { name: string }) => c.name)).toContain('Lê Thị Thu Hằng');
    expect(cb.body.data.choices.length).toBeLessThanOrEqual(25);
  });

  it('answers an @mention as a reply, pinging no one', async () => {
    fake.say(`<@${BOT_ID}> Who is Norway's ambassador to Vietnam?`, true);
    const msg = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`);
    expect(embedsText(msg.body.embeds)).toContain('Hilde Solbakken');
    expect(msg.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(msg.body.message_reference).toBeDefined();
  });

  it('ignores messages that do not mention it', async () => {
    const before = fake.requests.length;
    fake.say('Who is Norway’s ambassador?', false);
    // Messages are handled in order: once the mention after it is answered, the first had its chance.
    fake.say('<@' + BOT_ID + '> When were Vietnam–Norway diplomatic ties established?', true);
    await fake.waitFor((r) => fake.requests.indexOf(r) >= before && r.path.endsWith('/messages'));
    const posts = fake.requests.slice(before).filter((r) => r.path.endsWith('/messages'));
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]!.body)).toContain('1971');
  });

  it('shows article text with @everyone without pinging anyone', async () => {
    const { id, token } = fake.command('article', { id: 'zz_ping' });
    const cb = await callback(id, token);
    expect(embedsText(cb.body.data.embeds)).toContain('@everyone');
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('sends usage mistakes only to the user who made them', async () => {
    const { id, token } = fake.command('timeline', { from: 'yesterday' });
    await fake.waitFor((r) => r.method === 'POST' && r.path === `/interactions/${id}/${token}/callback`);
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(token));
    expect(embedsText(edit.body.embeds)).toMatch(/from must be a date/);
    const { id: id2, token: token2 } = fake.command('country', { name: 'x'.repeat(400) });
    const cb = await callback(id2, token2);
    expect(cb.body.data.flags).toBe(64);
  });

  it('puts allowed_mentions with no parse on every message it sends', () => {
    const carrying = fake.requests.filter(
      (r: RecordedRequest) =>
        ['POST', 'PATCH'].includes(r.method) && (r.body?.embeds || r.body?.data?.embeds || r.body?.content || r.body?.data?.content),
    );
    expect(carrying.length).toBeGreaterThan(5);
    for (const r of carrying) expect((r.body.allowed_mentions ?? r.body.data.allowed_mentions).parse).toEqual([]);
  });
});
