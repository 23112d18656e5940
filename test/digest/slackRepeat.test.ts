import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/syntheticCorpus.ts';
import { emptyState } from '../../src/store/stateSchema.ts';
import { FakeSlack } from '../fakes/fakeSlack.ts';
import { cleanEnv, ROOT } from '../support/spawnCli.ts';

/** Kill-and-restart runs: a few in `npm test`; DIGEST_CRASH_RUNS=100 npm test -- slackRepeat for the long run. */
const RUNS = Number(process.env.DIGEST_CRASH_RUNS ?? 3);

function stateDueNow(channel: string): string {
  const slot = new Date(Date.now() - 60_000);
  const time = `${String(slot.getUTCHours()).padStart(2, '0')}:${String(slot.getUTCMinutes()).padStart(2, '0')}`;
  const file = join(mkdtempSync(join(tmpdir(), 'attache-slack-repeat-')), 'state.json');
  writeFileSync(
    file,
    JSON.stringify({
      ...emptyState(),
      subscriptions: [
        {
          platform: 'slack',
          channelId: channel,
          time,
          timezone: 'UTC',
          countries: [],
          topics: [],
          quiet: true,
          createdBy: 'u',
          createdAt: '2020-01-01T00:00:00.000Z',
        },
      ],
    }),
  );
  return file;
}

// Killed at any moment of a Slack digest post, then run again: the channel holds the digest exactly once.
describe('Slack digests after a crash', () => {
  const slack = new FakeSlack();
  beforeAll(() => slack.start());
  afterAll(() => slack.stop());

  it(
    `posts each slot exactly once across ${RUNS} kills at random points`,
    async () => {
      const rand = mulberry32(2026);
      slack.postDelayMs = 40;
      const outcomes: string[] = [];
      for (let run = 0; run < RUNS; run++) {
        const channel = `CREPEAT${run}`;
        const env = cleanEnv({
          SLACK_BOT_TOKEN: 'xoxb-fake',
          SLACK_SIGNING_SECRET: 'secret',
          ATTACHE_SLACK_API_URL: slack.apiUrl,
          PORT: '0',
          HOST: '127.0.0.1',
          ATTACHE_STATE_FILE: stateDueNow(channel),
          LOG_LEVEL: 'silent',
        });
        const once = () =>
          spawn(process.execPath, [join(ROOT, 'bin', 'attache.mjs'), 'digest', 'run-once'], { cwd: ROOT, env, stdio: 'ignore' });
        const exited = (c: ReturnType<typeof once>) => new Promise<void>((r) => c.on('exit', () => r()));
        const first = once();
        const firstExit = exited(first);
        const posted = () => slack.calls.some((c) => c.method === 'chat.postMessage' && c.args.channel === channel);
        // Half the kills land at a random moment of the run, half just around Slack taking the message.
        const around = rand() < 0.5;
        const delay = around ? Math.floor(rand() * 80) : Math.floor(rand() * 3000);
        const killer = (async () => {
          if (around) while (!posted() && first.exitCode === null) await new Promise((r) => setTimeout(r, 2));
          await new Promise((r) => setTimeout(r, delay));
          first.kill('SIGKILL');
        })();
        await firstExit;
        await killer;
        outcomes.push(
          `${around ? 'around the post' : 'at random'} +${delay} ms: ${first.signalCode ?? 'finished'}, ${slack.history.get(channel)?.length ?? 0} message(s)`,
        );
        const second = once();
        await exited(second);
        const parts = (slack.history.get(channel) ?? []).map((m) => (m.metadata as { event_payload: { part: number } }).event_payload.part);
        expect(parts.length, outcomes.join('\n')).toBeGreaterThan(0);
        expect(new Set(parts).size, `duplicate parts ${parts} — ${outcomes.at(-1)}`).toBe(parts.length);
        expect(
          [...parts].sort((a, b) => a - b),
          'a part is missing',
        ).toEqual(parts.map((_, i) => i));
      }
    },
    30_000 + RUNS * 8_000,
  );
});
