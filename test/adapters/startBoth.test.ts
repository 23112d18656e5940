import { botEnv } from '../support/botEnv.ts';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord } from '../fakes/fakeDiscord.ts';
import { FakeSlack, postSigned } from '../fakes/fakeSlack.ts';
import { freePort } from '../support/freePort.ts';
import { cleanEnv, ROOT } from '../support/spawnCli.ts';

// `npm start` with both platforms configured runs both in one process, over one corpus, and stops on SIGTERM.
describe('npm start with Discord and Slack configured', () => {
  const discord = new FakeDiscord();
  const slack = new FakeSlack();
  let port = 0;
  beforeAll(async () => {
    await discord.start();
    await slack.start();
    port = await freePort();
  });
  afterAll(async () => {
    await discord.stop();
    await slack.stop();
  });

  it('serves a command on each platform, then shuts down cleanly', async () => {
    const env = botEnv(
      { discordApi: discord.apiUrl, slackApi: slack.apiUrl },
      {
        PORT: String(port),
        ATTACHE_STATE_FILE: join(mkdtempSync(join(tmpdir(), 'attache-state-')), 'state.json'),
        LOG_LEVEL: 'info',
      },
    );
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'attache.mjs'), 'start'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      await discord.connected;
      const deadline = Date.now() + 15_000;
      while (!stderr.includes('attache running') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(stderr).toContain('attache running');

      const { id, token } = discord.command('about', {});
      const cb = await discord.waitFor((r) => r.path === `/interactions/${id}/${token}/callback`, 10_000);
      expect(JSON.stringify(cb.body.data.embeds)).toContain('About Attaché');

      const body = new URLSearchParams({
        command: '/attache',
        text: 'country Norway',
        user_id: 'U1',
        channel_id: 'C1',
        team_id: 'T1',
        response_url: slack.responseUrl('e2e'),
        trigger_id: 't',
      }).toString();
      const res = await postSigned(`http://127.0.0.1:${port}/slack/events`, 'secret', body, 'application/x-www-form-urlencoded');
      expect(res.status).toBe(200);
      const reply = await slack.waitFor(() => slack.responses.find((r) => r.id === 'e2e'));
      expect(JSON.stringify(reply.body.blocks)).toContain('Việt Nam – Norway');
      // No secret reaches the log.
      expect(stderr).not.toMatch(/fake-discord-token|xoxb-fake/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('shutting down');
  }, 40_000);
});

// A supervisor must learn that the bot cannot run: it exits non-zero instead of idling with nothing to serve.
describe('npm start when no platform can start', () => {
  it('says why and exits 1 within seconds', async () => {
    const port = await freePort(); // nothing listens there
    const env = cleanEnv({
      DISCORD_TOKEN: 'fake-discord-token',
      DISCORD_APPLICATION_ID: APP_ID,
      ATTACHE_DISCORD_API_URL: `http://127.0.0.1:${port}/api`,
      LOG_LEVEL: 'warn',
    });
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'attache.mjs'), 'start'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 20_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(1);
    expect(stderr).toContain('platform failed to start');
    expect(stderr).toContain('no platform could start');
  }, 30_000);
});
