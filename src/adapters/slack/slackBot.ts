import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { App, ErrorCode, HTTPReceiver, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Delivery, Reply } from '../../core/reply.ts';
import type { Router } from '../../app/router.ts';
import type { StateStore } from '../../store/stateStore.ts';
import { ReplyCache } from '../replyCache.ts';
import { answerCommand, answerInThread, onReplyButton, type SlackContext } from './slackHandlers.ts';
import { WorkQueue } from '../workQueue.ts';
import { checkSlackRequest } from './checkSlackRequest.ts';
import { renderSlack } from './render.ts';

export interface SlackOptions {
  botToken: string;
  /** HTTP mode: requests are verified with this secret. */
  signingSecret?: string;
  /** Socket Mode when set (no public URL needed). */
  appToken?: string;
  port?: number;
  host?: string;
  /** Another Web API base, for tests and proxies ("http://127.0.0.1:PORT/api/"). */
  apiUrl?: string;
  router: Router;
  store?: StateStore;
  /** User ids who may change a channel's digest; empty means anyone in the channel. */
  admins?: string[];
  log: Logger;
}

/** Bolt's logger interface on top of ours, so Slack's messages land in the same JSON log. */
function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...m: unknown[]) => log.debug({ slack: m.map(String).join(' ') }),
    info: (...m: unknown[]) => log.info({ slack: m.map(String).join(' ') }),
    warn: (...m: unknown[]) => log.warn({ slack: m.map(String).join(' ') }),
    error: (...m: unknown[]) => log.error({ slack: m.map(String).join(' ') }),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}

/** Events Slack sent again because it did not see our 200 in time: answered once, by event id. */
class SeenEvents {
  private readonly seen = new Map<string, number>();
  first(id: string | undefined): boolean {
    if (!id) return true;
    const now = Date.now();
    for (const [k, t] of this.seen) if (now - t > 3_600_000) this.seen.delete(k);
    if (this.seen.has(id)) return false;
    this.seen.set(id, now);
    return true;
  }
}

/**
 * The Slack adapter: one slash command `/attache <command> <args>` (a line that is not a command is a question),
 * @mentions and DMs answered in a thread, and the Sources and feedback buttons. Every text is escaped.
 */
export async function startSlack(o: SlackOptions): Promise<{
  app: App;
  server?: Server;
  post: (channelId: string, reply: Reply, delivery?: Delivery) => Promise<void>;
  stop: () => Promise<void>;
}> {
  const logger = boltLogger(o.log);
  const receiver = o.appToken ? undefined : new HTTPReceiver({ signingSecret: o.signingSecret!, logger });
  const app = new App({
    token: o.botToken,
    ...(o.appToken ? { socketMode: true, appToken: o.appToken } : { receiver: receiver! }),
    // By default a Web API call has no timeout and a 5xx is retried for half an hour: one bad minute at Slack would
    // hold a digest (and everything queued behind it) that long. Ten seconds a try, three tries.
    clientOptions: {
      ...(o.apiUrl ? { slackApiUrl: o.apiUrl } : {}),
      timeout: 10_000,
      retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2_000 },
    },
    logger,
  });
  listenForUsers({ o, app, cache: new ReplyCache() });

  let server: Server | undefined;
  if (receiver) {
    server = await listen(receiver, o);
  } else {
    await app.start();
  }
  o.log.info({ mode: o.appToken ? 'socket' : 'http', ...(server ? { host: o.host ?? '0.0.0.0' } : {}) }, 'slack started');
  const post = (channelId: string, reply: Reply, delivery?: Delivery) => postDigest(app, o.log, channelId, reply, delivery);
  const stop = async () => {
    if (!server) return void (await app.stop());
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
  };
  return { app, server, post, stop };
}

/** Commands, @mentions, DMs and the buttons under replies, each answered through the router. */
function listenForUsers(ctx: SlackContext): void {
  const { o, app } = ctx;
  const seen = new SeenEvents();

  const queue = new WorkQueue();
  app.command('/attache', async ({ command, ack, respond }) => {
    // Acknowledge at once: Slack shows an error after 3 s, and an answer may take longer. The answer is computed
    // from a queue, so a burst of commands does not delay the acks of those still arriving.
    await ack();
    queue.push(async () => {
      try {
        await answerCommand(ctx, command, respond);
      } catch (err) {
        o.log.error({ err }, 'slack command failed');
      }
    });
  });

  app.event('app_mention', async ({ event, body, client }) => {
    if (!seen.first(body.event_id)) return;
    await answerInThread(ctx, client, event.channel, event.ts, event.thread_ts, event.text, {
      platform: 'slack',
      userId: event.user,
      channelId: event.channel,
    });
  });

  app.message(async ({ message, body, client }) => {
    // Direct messages only; channel messages reach us as app_mention when they name the bot.
    if (message.channel_type !== 'im' || message.subtype !== undefined || !('text' in message) || !message.text) return;
    if (!seen.first((body as { event_id?: string }).event_id)) return;
    await answerInThread(ctx, client, message.channel, message.ts, message.thread_ts, message.text, {
      platform: 'slack',
      userId: message.user,
      channelId: message.channel,
    });
  });

  app.action(/^attache_(sources|feedback_up|feedback_down)$/, async ({ action, ack, respond, body }) => {
    await ack();
    await onReplyButton(ctx, action, respond, body);
  });

  app.error(async (err) => void o.log.error({ err }, 'slack handler failed'));
}

/**
 * Post a reply to a channel (digests). Each message names its slot and part in Slack message metadata; a retry
 * first reads the channel's recent history for them and posts only the parts Slack does not already hold.
 */
async function postDigest(app: App, log: Logger, channelId: string, reply: Reply, delivery?: Delivery): Promise<void> {
  const there = delivery?.retry ? await partsPosted(app, channelId, delivery.slot, log) : new Set<number>();
  for (const [part, m] of renderSlack(reply).entries()) {
    if (there.has(part)) continue;
    const metadata = delivery
      ? { metadata: { event_type: DIGEST_EVENT, event_payload: { channel: channelId, slot: delivery.slot, part } } }
      : {};
    await app.client.chat.postMessage({ channel: channelId, unfurl_links: false, ...m, ...metadata });
  }
  if (there.size)
    log.info({ channel: channelId, slot: delivery!.slot, parts: there.size }, 'digest already in the channel; not posted again');
}

/** Bolt's HTTP requests are buffered, checked, and only then handed to its receiver; nothing thrown escapes. */
async function listen(receiver: HTTPReceiver, o: SlackOptions): Promise<Server> {
  const server = createServer((req, res) => {
    void admit(req, res, o)
      .then((ok) => ok && receiver.requestListener(req, res))
      .catch((err: unknown) => {
        // Bolt throws this for a path it does not serve: a 404, not a fault.
        const unknownPath = (err as { code?: string }).code === ErrorCode.HTTPReceiverDeferredRequestError;
        if (!unknownPath) o.log.error({ err, url: req.url }, 'slack request failed');
        if (!res.headersSent) res.writeHead(unknownPath ? 404 : 500).end();
      });
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 3000, o.host ?? '0.0.0.0', () => resolve());
  });
  return server;
}

const BODY_LIMIT = 4 * 1024 * 1024;

/** The metadata event type that marks a digest message with its channel, slot and part. */
const DIGEST_EVENT = 'attache_digest';

/** Which parts of a slot's digest the channel already holds; none when its history cannot be read (then repost). */
async function partsPosted(app: App, channel: string, slot: string, log: Logger): Promise<Set<number>> {
  try {
    const res = await app.client.conversations.history({ channel, limit: 100, include_all_metadata: true });
    const parts = new Set<number>();
    for (const m of res.messages ?? []) {
      const meta = m.metadata as { event_type?: string; event_payload?: { channel?: unknown; slot?: unknown; part?: unknown } } | undefined;
      if (
        meta?.event_type === DIGEST_EVENT &&
        meta.event_payload?.slot === slot &&
        meta.event_payload.channel === channel &&
        typeof meta.event_payload.part === 'number'
      )
        parts.add(meta.event_payload.part);
    }
    return parts;
  } catch (err) {
    // Without channels:history (or with Slack down) a repeat cannot be ruled out: at least once beats never.
    log.warn(
      { err: (err as Error).message, channel },
      'could not read the channel to check for an earlier digest post; posting it (it may repeat)',
    );
    return new Set();
  }
}

/** Read the body into `rawBody` (where Bolt looks for an already-read body) and decide whether Bolt sees it. */
async function admit(req: IncomingMessage, res: ServerResponse, o: SlackOptions): Promise<boolean> {
  if (req.method !== 'POST') return true; // Bolt answers other methods and paths itself (404).
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > BODY_LIMIT) {
      res.writeHead(413).end();
      return false;
    }
    chunks.push(c);
  }
  const raw = Buffer.concat(chunks);
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
  const header = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : undefined);
  const verdict = checkSlackRequest({
    secret: o.signingSecret!,
    body: raw.toString(),
    contentType: header('content-type') ?? '',
    timestamp: header('x-slack-request-timestamp'),
    signature: header('x-slack-signature'),
    nowS: Math.floor(Date.now() / 1000),
  });
  if (verdict.ok) return true;
  o.log.warn({ reason: verdict.reason, status: verdict.status }, 'slack request rejected');
  res.writeHead(verdict.status).end();
  return false;
}
