import { botEnv } from '../support/botEnv.ts';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyState } from '../../src/store/stateSchema.ts';
import { CHANNEL_ID, FakeDiscord } from '../fakes/fakeDiscord.ts';
import { FakeSlack } from '../fakes/fakeSlack.ts';
import { ROOT } from '../support/spawnCli.ts';

/** A state file with one Discord and one Slack channel, both due at the same slot: a minute ago, in UTC. */
function stateDueNow(slackChannel: string): string {
  const slot = new Date(Date.now() - 60_000);
  const time = `${String(slot.getUTCHours()).padStart(2, '0')}:${String(slot.getUTCMinutes()).padStart(2, '0')}`;
  const sub = { time, timezone: 'UTC', countries: [], topics: [], quiet: true, createdBy: 'u', createdAt: '2020-01-01T00:00:00.000Z' };
  const file = join(mkdtempSync(join(tmpdir(), 'attache-digest-faults-')), 'state.json');
  writeFileSync(
    file,
    JSON.stringify({
      ...emptyState(),
      subscriptions: [
        { ...sub, platform: 'discord', channelId: CHANNEL_ID },
        { ...sub, platform: 'slack', channelId: slackChannel },
      ],
    }),
  );
  return file;
}

function runOnce(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'attache.mjs'), 'digest', 'run-once'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - t0 }));
  });
}

// One stuck platform must not stop another channel's digest, nor hold `digest run-once` for half an hour.
describe('digests when one platform is down', () => {
  const discord = new FakeDiscord();
  const slack = new FakeSlack();
  beforeAll(async () => {
    await discord.start();
    await slack.start();
  });
  afterAll(async () => {
    await discord.stop();
    await slack.stop();
  });
  const envFor = (stateFile: string) =>
    botEnv(
      { discordApi: discord.apiUrl, slackApi: slack.apiUrl },
      {
        PORT: '0',
        HOST: '127.0.0.1',
        ATTACHE_STATE_FILE: stateFile,
        // Long enough for a healthy post, short enough that a hung one fails the run quickly.
        ATTACHE_DIGEST_POST_TIMEOUT_MS: '1500',
        LOG_LEVEL: 'warn',
      },
    );
  const discordPosts = () => discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`).length;

  for (const mode of ['hang', 'error500'] as const) {
    it(`posts the Discord digest and reports the Slack one failed when Slack ${mode === 'hang' ? 'never answers' : 'answers 5xx'}`, async () => {
      slack.postMessage = mode;
      const before = discordPosts();
      const channel = `C_SLACK_${mode.toUpperCase()}`;
      const state = stateDueNow(channel);
      const run = await runOnce(envFor(state));
      expect(discordPosts()).toBe(before + 1);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`digest not posted to slack ${channel}`);
      expect(run.stdout).toMatch(new RegExp(`posted the digest to discord ${CHANNEL_ID} \\(slot .*, \\d+ new articles\\)`));
      expect(run.stderr).not.toMatch(/discord \d+ \(/);
      expect(run.ms).toBeLessThan(20_000);
      const saved = JSON.parse(readFileSync(state, 'utf8'));
      const slackRecord = saved.digests.find((d: { platform: string }) => d.platform === 'slack');
      expect(slackRecord.status).toBe('sending');
      expect(slackRecord.error).toBeTruthy();
      expect(saved.digests.find((d: { platform: string }) => d.platform === 'discord').status).toBe('sent');

      // Slack is back: the next run posts only the Slack digest, and exits 0.
      slack.postMessage = 'ok';
      const slackBefore = slack.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === channel).length;
      const again = await runOnce(envFor(state));
      expect(again.code).toBe(0);
      expect(discordPosts()).toBe(before + 1);
      expect(slack.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === channel).length).toBe(slackBefore + 1);
    }, 60_000);
  }
});
