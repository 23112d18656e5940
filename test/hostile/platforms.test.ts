import { botEnv } from '../support/botEnv.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/fakeDiscord.ts';
import { FakeSlack, postSigned } from '../fakes/fakeSlack.ts';
import { freePort } from '../support/freePort.ts';
import { ROOT } from '../support/spawnCli.ts';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const command = (fields: Record<string, string>) =>
  new URLSearchParams({ command: '/attache', user_id: 'U1', channel_id: 'C1', team_id: 'T1', trigger_id: 't', ...fields }).toString();

/** Signed by Slack's secret but malformed: what a buggy proxy, a replay tool or an attacker with the secret sends. */
const SLACK_BODIES: Array<[string, string, string]> = [
  ['JSON null', 'null', JSON_TYPE],
  ['JSON array', '[]', JSON_TYPE],
  ['JSON string', '"hello"', JSON_TYPE],
  ['JSON number', '42', JSON_TYPE],
  ['not JSON', '{not json', JSON_TYPE],
  ['empty JSON body', '', JSON_TYPE],
  ['form payload=null', 'payload=null', FORM],
  ['form payload=[1]', 'payload=%5B1%5D', FORM],
  ['form payload not JSON', 'payload=%7Bx', FORM],
  ['event with null event', JSON.stringify({ type: 'event_callback', event: null, event_id: 'E1' }), JSON_TYPE],
  [
    'mention without text',
    JSON.stringify({
      type: 'event_callback',
      event_id: 'E2',
      team_id: 'T1',
      event: { type: 'app_mention', channel: 'C1', user: 'U1', ts: '1.1' },
    }),
    JSON_TYPE,
  ],
  [
    'mention with numeric text',
    JSON.stringify({
      type: 'event_callback',
      event_id: 'E3',
      team_id: 'T1',
      event: { type: 'app_mention', channel: 'C1', user: 'U1', ts: '1.2', text: 7 },
    }),
    JSON_TYPE,
  ],
  [
    'block action without actions',
    `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, team: { id: 'T1' } }))}`,
    FORM,
  ],
  [
    'block action with null action',
    `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, team: { id: 'T1' }, actions: [null] }))}`,
    FORM,
  ],
  ['unknown type', JSON.stringify({ type: 'no_such_type', x: { y: null } }), JSON_TYPE],
];

// Every platform entry point survives malformed input: the real bot process, the real SDKs, fakes on 127.0.0.1.
describe('the running bot under malformed platform input', () => {
  const discord = new FakeDiscord();
  const slack = new FakeSlack();
  let port = 0;
  let child: ChildProcess;
  let stderr = '';
  let exitCode: number | null | undefined;
  const url = () => `http://127.0.0.1:${port}/slack/events`;

  beforeAll(async () => {
    await discord.start();
    await slack.start();
    port = await freePort();
    const env = botEnv(
      { discordApi: discord.apiUrl, slackApi: slack.apiUrl },
      {
        PORT: String(port),
        HOST: '127.0.0.1',
        ATTACHE_STATE_FILE: join(mkdtempSync(join(tmpdir(), 'attache-state-')), 'state.json'),
        LOG_LEVEL: 'info',
      },
    );
    child = spawn(process.execPath, [join(ROOT, 'bin', 'attache.mjs'), 'start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('exit', (code) => (exitCode = code));
    await discord.connected;
    const deadline = Date.now() + 20_000;
    while (!stderr.includes('attache running') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }, 30_000);
  afterAll(async () => {
    child?.kill('SIGTERM');
    await discord.stop();
    await slack.stop();
  });

  /** A good request on each platform still gets its answer. */
  async function stillAnswers(tag: string): Promise<void> {
    const res = await postSigned(url(), 'secret', command({ text: 'about', response_url: slack.responseUrl(tag) }), FORM);
    expect(res.status).toBe(200);
    await slack.waitFor(() => slack.responses.find((r) => r.id === tag));
    const { id, token } = discord.command('about', {});
    await discord.waitFor((r) => r.path === `/interactions/${id}/${token}/callback`, 10_000);
  }

  it('rejects signed bodies that are not Slack payloads, and keeps serving', async () => {
    expect(stderr).toContain('attache running');
    // All at once: a payload no listener acknowledges is held by Bolt for 3 s before it answers.
    const statuses = await Promise.all(
      SLACK_BODIES.map(([, body, type]) =>
        postSigned(url(), 'secret', body, type).then(
          (r) => r.status,
          (err: Error) => err.message,
        ),
      ),
    );
    // 4xx: refused as malformed; 200: acknowledged. A 5xx (or no answer) means the bot failed on it.
    const failed = SLACK_BODIES.map(([name], i) => `${name}: ${statuses[i]}`).filter(
      (_, i) => typeof statuses[i] !== 'number' || (statuses[i] as number) >= 500,
    );
    expect(failed).toEqual([]);
    expect(exitCode).toBeUndefined();
    await stillAnswers('after-bodies');
  }, 30_000);

  it('answers a slash command that has no text field with help, not silence', async () => {
    const res = await postSigned(url(), 'secret', command({ response_url: slack.responseUrl('no-text') }), FORM);
    expect(res.status).toBe(200);
    const reply = await slack.waitFor(() => slack.responses.find((r) => r.id === 'no-text'));
    expect(JSON.stringify(reply.body)).toMatch(/\/ask/);
  });

  it('refuses a correctly signed request stamped in the future, which could be replayed', async () => {
    const future = Math.floor(Date.now() / 1000) + 365 * 24 * 3600;
    const res = await postSigned(url(), 'secret', command({ text: 'about', response_url: slack.responseUrl('future') }), FORM, {
      timestamp: future,
    });
    expect(res.status).toBe(401);
    // Commands are answered in the order they arrive: once a later one is answered, the refused one never will be.
    await stillAnswers('after-future');
    expect(slack.responses.some((r) => r.id === 'future')).toBe(false);
  });

  it('survives gateway dispatches with null or missing data, and keeps serving', async () => {
    for (const t of ['INTERACTION_CREATE', 'MESSAGE_CREATE', 'GUILD_CREATE', 'CHANNEL_CREATE', 'MESSAGE_UPDATE']) discord.dispatch(t, null);
    discord.interaction(2, undefined);
    discord.interaction(3, null);
    discord.interaction(4, { name: 'country', options: null });
    discord.interaction(2, { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: null }] });
    discord.dispatch('MESSAGE_CREATE', { id: '9', channel_id: 'nope', content: null, author: null });
    // The gateway's messages are handled in order: an answer to a later command means every dispatch above was read.
    await stillAnswers('after-dispatches');
    expect(exitCode, stderr.slice(-2000)).toBeUndefined();
  }, 30_000);
});
