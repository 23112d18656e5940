import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmAnswerer } from '../../../src/answer/llmAnswerer.ts';
import { SLACK_LIMITS } from '../../../src/adapters/slack/render.ts';
import { startSlack } from '../../../src/adapters/slack/slackBot.ts';
import { FakeOpenAI, passagesShown } from '../../fakes/fakeOpenAI.ts';
import { FakeSlack, postSigned } from '../../fakes/fakeSlack.ts';
import { appFor, PING_ARTICLE } from '../../support/appFor.ts';

const SECRET = 'test-signing-secret';

// The real Bolt App over HTTP on 127.0.0.1, its Web API calls and response_url posts going to a local fake.
describe('the Slack adapter', async () => {
  const app = await appFor({ 'zz_ping.txt': PING_ARTICLE });
  const slack = new FakeSlack();
  // A model held back until the test lets it answer, to show the command is acknowledged before any answer exists.
  const llmStarted: number[] = [];
  let letModelAnswer!: () => void;
  const modelMayAnswer = new Promise<void>((resolve) => (letModelAnswer = resolve));
  const model = new FakeOpenAI((req) => {
    llmStarted.push(Date.now());
    const shown = passagesShown(req.messages.find((m) => m.role === 'user')!.content);
    const n = [...shown.entries()].find(([, t]) => t.includes('November 25, 1971'))?.[0] ?? 1;
    return { reply: `Diplomatic ties were established on November 25, 1971 [${n}].` };
  });
  const slowModel = {
    answer: async (...args: Parameters<NonNullable<typeof app.services.llm>['answer']>) => {
      await modelMayAnswer;
      return llm.answer(...args);
    },
  };
  let llm: ReturnType<typeof createLlmAnswerer>;
  let url = '';
  let stop: () => Promise<void>;
  beforeAll(async () => {
    await slack.start();
    llm = createLlmAnswerer({ apiKey: 'k', baseURL: await model.start(), model: 'fake', timeoutMs: 10_000, maxRetries: 0 }, app.log);
    app.services.llm = slowModel;
    const started = await startSlack({
      botToken: 'xoxb-test',
      signingSecret: SECRET,
      port: 0,
      host: '127.0.0.1',
      apiUrl: slack.apiUrl,
      router: app.router,
      store: app.store,
      log: app.log,
    });
    stop = started.stop;
    url = `http://127.0.0.1:${(started.server!.address() as AddressInfo).port}/slack/events`;
  }, 15_000);
  afterAll(async () => {
    await stop?.();
    await slack.stop();
    await model.stop();
  });

  let n = 0;
  const slash = (text: string) => {
    const id = `r${++n}`;
    const body = new URLSearchParams({
      token: 'x',
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      user_name: 'analyst',
      command: '/attache',
      text,
      response_url: slack.responseUrl(id),
      trigger_id: `t${n}`,
      api_app_id: 'A1',
    }).toString();
    return { id, body };
  };
  const responsesTo = (id: string) => slack.responses.filter((r) => r.id === id).map((r) => r.body);
  const textOf = (blocks: Array<{ type: string; text?: { text: string }; elements?: Array<{ text: string | { text: string } }> }>) =>
    blocks
      .flatMap((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : e.text.text))])
      .join('\n');
  const expectValidBlockKit = (m: { text: string; blocks: Array<{ type: string; text?: { text: string } }> }) => {
    expect(m.text.length).toBeGreaterThan(0);
    expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const b of m.blocks) {
      expect(['header', 'section', 'context', 'actions']).toContain(b.type);
      if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      if (b.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    }
  };

  it('answers /attache country Norway through response_url as Block Kit with linked sources', async () => {
    const { id, body } = slash('country Norway');
    const res = await postSigned(url, SECRET, body, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    const [reply] = await slack.waitFor(() => (responsesTo(id).length ? responsesTo(id) : undefined));
    expectValidBlockKit(reply);
    expect(reply.response_type).toBe('in_channel');
    expect(textOf(reply.blocks)).toContain('Diplomatic ties established 1971-11-25 [1]');
    expect(textOf(reply.blocks)).toMatch(/\[1\] <https:\/\/en\.vietnamplus\.vn\/[^|]+\|Vietnam, Norway step up cooperation/);
  });

  it('uploads the engagements chart of /attache country Russia as a PNG into the channel', async () => {
    const { id, body } = slash('country Russia');
    await postSigned(url, SECRET, body, 'application/x-www-form-urlencoded');
    await slack.waitFor(() => (responsesTo(id).length ? responsesTo(id) : undefined));
    // The first chart drawn in a process loads ECharts and resvg: seconds on a busy 2-core machine.
    const done = await slack.waitFor(() => slack.calls.find((c) => c.method === 'files.completeUploadExternal'), 15_000);
    expect(done.args.channel_id).toBe('C1');
    const asked = slack.calls.find((c) => c.method === 'files.getUploadURLExternal')!;
    expect(asked.args.filename).toBe('chart.png');
    const upload = slack.uploads.at(-1)!;
    expect(upload.data.subarray(1, 4).toString()).toBe('PNG');
    expect(upload.data.length).toBe(Number(asked.args.length));
  });

  it('refuses a forged or stale signature with 401 and runs nothing', async () => {
    const forged = slash('country Norway');
    const bad = await postSigned(url, 'wrong-secret', forged.body, 'application/x-www-form-urlencoded');
    expect(bad.status).toBe(401);
    const stale = slash('country Norway');
    const old = await postSigned(url, SECRET, stale.body, 'application/x-www-form-urlencoded', {
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    expect(old.status).toBe(401);
    // A genuine command after them is answered; the refused ones never were.
    const genuine = slash('about');
    expect((await postSigned(url, SECRET, genuine.body, 'application/x-www-form-urlencoded')).status).toBe(200);
    await slack.waitFor(() => (responsesTo(genuine.id).length ? true : undefined));
    expect(responsesTo(forged.id)).toEqual([]);
    expect(responsesTo(stale.id)).toEqual([]);
  });

  it('acknowledges a question while the model has not answered, then posts the checked answer', async () => {
    const { id, body } = slash('What did Hang and Solbakken say about the anniversary of diplomatic ties?');
    const sent = Date.now();
    const res = await postSigned(url, SECRET, body, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    // The ack came back, and the "working" note is posted, while the model is still held back.
    expect(llmStarted.filter((t) => t >= sent)).toEqual([]);
    await slack.waitFor(() => (responsesTo(id).length >= 1 ? responsesTo(id) : undefined));
    expect(responsesTo(id)).toHaveLength(1);
    letModelAnswer();
    const replies = await slack.waitFor(() => (responsesTo(id).length >= 2 ? responsesTo(id) : undefined), 15_000);
    expect(llmStarted.filter((t) => t >= sent)).toHaveLength(1);
    expect(replies[0]).toMatchObject({ response_type: 'ephemeral', text: '_Working on it…_' });
    expectValidBlockKit(replies[1]);
    expect(textOf(replies[1].blocks)).toContain('Diplomatic ties were established on November 25, 1971 [1].');
    expect(replies[1].blocks.at(-1)).toMatchObject({ type: 'actions' });
  }, 30_000);

  it('answers a lookup question without waiting for the model', async () => {
    const { id, body } = slash('When were Vietnam–Norway diplomatic ties established?');
    await postSigned(url, SECRET, body, 'application/x-www-form-urlencoded');
    const replies = await slack.waitFor(() => (responsesTo(id).length >= 2 ? responsesTo(id) : undefined), 15_000);
    expect(textOf(replies[1].blocks)).toContain('*25 November 1971* [1]');
  });

  it('answers an @mention in its thread, once even when Slack retries the event', async () => {
    const event = {
      token: 'x',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'Ev1',
      event_time: 1,
      event: {
        type: 'app_mention',
        user: 'U1',
        text: "<@UBOT> Who is Norway's ambassador to Vietnam?",
        ts: '1700000000.000100',
        channel: 'C1',
        event_ts: '1700000000.000100',
      },
    };
    const body = JSON.stringify(event);
    expect((await postSigned(url, SECRET, body, 'application/json')).status).toBe(200);
    expect(
      (
        await postSigned(url, SECRET, body, 'application/json', {
          headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
        })
      ).status,
    ).toBe(200);
    const post = await slack.waitFor(() => slack.calls.find((c) => c.method === 'chat.postMessage'));
    expect(post.args).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
    expect(textOf(post.args.blocks as never)).toContain('Hilde Solbakken');
    // Another mention, answered after the retry would have been: still one answer to the first.
    const next = {
      ...event,
      event_id: 'Ev2',
      event: { ...event.event, text: '<@UBOT> /about', ts: '1700000000.000200', event_ts: '1700000000.000200' },
    };
    expect((await postSigned(url, SECRET, JSON.stringify(next), 'application/json')).status).toBe(200);
    await slack.waitFor(() => slack.calls.find((c) => c.method === 'chat.postMessage' && c.args.thread_ts === '1700000000.000200'));
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage' && c.args.thread_ts === '1700000000.000100')).toHaveLength(1);
  });

  it('escapes channel pings and user mentions that come from articles', async () => {
    const { id, body } = slash('article zz_ping');
    await postSigned(url, SECRET, body, 'application/x-www-form-urlencoded');
    const [reply] = await slack.waitFor(() => (responsesTo(id).length ? responsesTo(id) : undefined));
    const all = JSON.stringify(reply);
    expect(all).not.toMatch(/<!channel>|<!everyone>|<!here>|<@U123>/);
    expect(textOf(reply.blocks)).toContain('&lt;!channel&gt;');
    expect(textOf(reply.blocks)).toContain('@\u200beveryone');
  });

  it('shows the full quotes on "Sources" and records feedback', async () => {
    const { id, body } = slash('Which countries were to ratify EVIPA?');
    await postSigned(url, SECRET, body, 'application/x-www-form-urlencoded');
    const replies = await slack.waitFor(() => (responsesTo(id).length >= 2 ? responsesTo(id) : undefined), 15_000);
    const actions = replies[1].blocks.at(-1).elements as Array<{ action_id: string; value: string }>;
    const press = (action: { action_id: string; value: string }, rid: string) => {
      const payload = {
        type: 'block_actions',
        user: { id: 'U1', username: 'analyst', team_id: 'T1' },
        team: { id: 'T1', domain: 'x' },
        api_app_id: 'A1',
        token: 'x',
        trigger_id: 't',
        channel: { id: 'C1', name: 'general' },
        container: { type: 'message' },
        response_url: slack.responseUrl(rid),
        actions: [{ ...action, type: 'button', block_id: 'b', action_ts: '1' }],
      };
      return postSigned(
        url,
        SECRET,
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        'application/x-www-form-urlencoded',
      );
    };
    await press(
      actions.find((a) => a.action_id === 'attache_sources')!,
      'src1',
    );
    const [sources] = await slack.waitFor(() => (responsesTo('src1').length ? responsesTo('src1') : undefined));
    expect(sources.response_type).toBe('ephemeral');
    expect(textOf(sources.blocks)).toContain('expected ratifications by Cyprus, Poland and Germany this year');
    await press(
      actions.find((a) => a.action_id === 'attache_feedback_down')!,
      'fb1',
    );
    await slack.waitFor(() => (responsesTo('fb1').length ? true : undefined));
    expect(app.store.data.feedback.at(-1)).toMatchObject({
      vote: 'down',
      platform: 'slack',
      question: 'Which countries were to ratify EVIPA?',
    });
  });
});
