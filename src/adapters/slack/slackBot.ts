import type { Server } from 'node:http';
import { App, LogLevel, type Logger as BoltLogger, type RespondFn } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Caller } from '../../core/command.ts';
import type { Reply } from '../../core/reply.ts';
import type { Router } from '../../core/router.ts';
import { recordFeedback } from '../../store/recordFeedback.ts';
import type { StateStore } from '../../store/stateStore.ts';
import { ReplyCache } from '../replyCache.ts';
import { WorkQueue } from '../workQueue.ts';
import { renderSlack, renderSlackSources, type SlackMessage } from './render.ts';

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
export async function startSlack(o: SlackOptions): Promise<{ app: App; server?: Server; post: (channelId: string, reply: Reply) => Promise<void>; stop: () => Promise<void> }> {
  const app = new App({
    token: o.botToken,
    ...(o.appToken ? { socketMode: true, appToken: o.appToken } : { signingSecret: o.signingSecret! }),
    ...(o.apiUrl ? { clientOptions: { slackApiUrl: o.apiUrl } } : {}),
    logger: boltLogger(o.log),
  });
  const cache = new ReplyCache();
  const seen = new SeenEvents();
  const messagesOf = (reply: Reply): SlackMessage[] => renderSlack(reply, reply.citations.length ? cache.put(reply) : undefined);
  const lineOf = (text: string): string => {
    const t = text.trim();
    if (!t) return '/help';
    const first = t.split(/\s+/)[0]!.replace(/^\//, '');
    return o.router.find(first) ? `/${t.replace(/^\//, '')}` : `/ask ${t}`;
  };

  const queue = new WorkQueue();
  app.command('/attache', async ({ command, ack, respond }) => {
    // Acknowledge at once: Slack shows an error after 3 s, and an answer may take longer. The answer is computed
    // from a queue, so a burst of commands does not delay the acks of those still arriving.
    await ack();
    queue.push(async () => {
      try {
        await answerCommand(command, respond);
      } catch (err) {
        o.log.error({ err }, 'slack command failed');
      }
    });
  });

  async function answerCommand(command: { user_id: string; channel_id: string; text: string }, respond: RespondFn): Promise<void> {
    const admins = o.admins ?? [];
    const caller: Caller = { platform: 'slack', userId: command.user_id, channelId: command.channel_id, canManage: admins.length === 0 || admins.includes(command.user_id) };
    const line = lineOf(command.text);
    if (line.startsWith('/ask ')) await respond({ response_type: 'ephemeral', text: '_Working on it…_' });
    const reply = await o.router.runLine(line, caller);
    for (const m of messagesOf(reply)) await respond({ response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', replace_original: false, ...m });
  }

  async function answerInThread(client: App['client'], channel: string, ts: string, threadTs: string | undefined, text: string, caller: Caller) {
    const question = text.replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ').replace(/\s+/g, ' ').trim();
    await client.reactions.add({ channel, timestamp: ts, name: 'hourglass_flowing_sand' }).catch(() => undefined);
    const reply = question ? await o.router.run('ask', { question }, { ...caller, conversationId: `slack:${channel}:${threadTs ?? ts}` }) : await o.router.runLine('/help', caller);
    for (const m of messagesOf(reply)) await client.chat.postMessage({ channel, thread_ts: threadTs ?? ts, unfurl_links: false, ...m });
    await client.reactions.remove({ channel, timestamp: ts, name: 'hourglass_flowing_sand' }).catch(() => undefined);
  }

  app.event('app_mention', async ({ event, body, client }) => {
    if (!seen.first(body.event_id)) return;
    await answerInThread(client, event.channel, event.ts, event.thread_ts, event.text, { platform: 'slack', userId: event.user, channelId: event.channel });
  });

  app.message(async ({ message, body, client }) => {
    // Direct messages only; channel messages reach us as app_mention when they name the bot.
    if (message.channel_type !== 'im' || message.subtype !== undefined || !('text' in message) || !message.text) return;
    if (!seen.first((body as { event_id?: string }).event_id)) return;
    await answerInThread(client, message.channel, message.ts, message.thread_ts, message.text, { platform: 'slack', userId: message.user, channelId: message.channel });
  });

  app.action(/^attache_(sources|feedback_up|feedback_down)$/, async ({ action, ack, respond, body }) => {
    await ack();
    const key = 'value' in action ? String(action.value) : '';
    const reply = cache.get(key);
    if (!reply) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'That reply is too old to look up; ask again.' });
      return;
    }
    if ('action_id' in action && action.action_id === 'attache_sources') {
      for (const m of renderSlackSources(reply)) await respond({ response_type: 'ephemeral', replace_original: false, ...m });
      return;
    }
    const vote = 'action_id' in action && action.action_id === 'attache_feedback_up' ? 'up' : 'down';
    if (o.store) await recordFeedback(o.store, vote, reply, { platform: 'slack', userId: body.user.id, channelId: body.channel?.id });
    await respond({ response_type: 'ephemeral', replace_original: false, text: 'Thanks, your feedback is recorded.' });
  });

  app.error(async (err) => void o.log.error({ err }, 'slack handler failed'));

  const started = o.appToken ? await app.start() : await app.start({ port: o.port ?? 3000, host: o.host });
  o.log.info({ mode: o.appToken ? 'socket' : 'http' }, 'slack started');
  const server = o.appToken ? undefined : (started as Server);
  /** Post a reply to a channel (digests). */
  const post = async (channelId: string, reply: Reply) => {
    for (const m of renderSlack(reply)) await app.client.chat.postMessage({ channel: channelId, unfurl_links: false, ...m });
  };
  return { app, server, post, stop: () => app.stop().then(() => undefined) };
}
