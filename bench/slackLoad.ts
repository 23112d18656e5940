import type { AddressInfo } from 'node:net';
import { commands } from '../commands/index.ts';
import { startSlack } from '../src/adapters/slack/slackBot.ts';
import type { PassageAnswerer } from '../src/answer/answerQuestion.ts';
import { Router } from '../src/app/router.ts';
import { loadServices } from '../src/app/loadServices.ts';
import { createLogger } from '../src/app/log.ts';
import { FakeSlack, postSigned } from '../test/fakes/fakeSlack.ts';

export interface LoadResult {
  kind: 'command' | 'question (LLM 2 s)';
  concurrency: number;
  ackP50: number;
  ackP99: number;
  errors: number;
  answered: number;
}

const SECRET = 'bench-secret';
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

/** Concurrent signed slash commands into the real Bolt HTTP receiver on 127.0.0.1: ack latency and errors. */
export async function slackLoad(levels: number[]): Promise<LoadResult[]> {
  const slack = new FakeSlack();
  await slack.start();
  const services = await loadServices('data/articles');
  // A model that takes 2 s and then gives nothing usable: the extractive answer follows, as in production.
  const slowLlm: PassageAnswerer = { answer: () => new Promise((r) => setTimeout(() => r({}), 2000)) };
  const log = createLogger('silent');
  const router = new Router(commands, () => ({ ...services, llm: slowLlm }), log);
  const app = await startSlack({
    botToken: 'xoxb-bench',
    signingSecret: SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: slack.apiUrl,
    router,
    log,
  });
  const url = `http://127.0.0.1:${(app.server!.address() as AddressInfo).port}/slack/events`;
  const out: LoadResult[] = [];
  let id = 0;
  for (const [kind, text] of [
    ['command', 'country Norway'],
    ['question (LLM 2 s)', 'What did Hang and Solbakken discuss about the anniversary?'],
  ] as const) {
    for (const c of levels) {
      const ids = Array.from({ length: c }, () => `load${++id}`);
      const start = Date.now();
      const acks = await Promise.all(
        ids.map(async (rid) => {
          const body = new URLSearchParams({
            command: '/attache',
            text,
            user_id: 'U1',
            channel_id: 'C1',
            team_id: 'T1',
            response_url: slack.responseUrl(rid),
            trigger_id: rid,
          }).toString();
          const t = Date.now();
          try {
            const res = await postSigned(url, SECRET, body, 'application/x-www-form-urlencoded');
            return { ms: Date.now() - t, ok: res.status === 200 };
          } catch {
            return { ms: Date.now() - t, ok: false };
          }
        }),
      );
      const want = new Set(ids);
      const deadline = start + 60_000;
      const answered = () => new Set(slack.responses.filter((r) => want.has(r.id) && r.body.blocks).map((r) => r.id)).size;
      while (answered() < c && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      out.push({
        kind,
        concurrency: c,
        ackP50: pct(
          acks.map((a) => a.ms),
          50,
        ),
        ackP99: pct(
          acks.map((a) => a.ms),
          99,
        ),
        errors: acks.filter((a) => !a.ok).length,
        answered: answered(),
      });
    }
  }
  await app.stop();
  await slack.stop();
  return out;
}
