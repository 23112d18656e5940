import type { App, RespondFn } from '@slack/bolt';
import type { Caller } from '../../app/command.ts';
import { renderChartPng } from '../../charts/renderChart.ts';
import type { ChartSpec, Reply } from '../../core/reply.ts';
import { recordFeedback } from '../../store/recordFeedback.ts';
import type { ReplyCache } from '../replyCache.ts';
import { renderSlack, renderSlackSources, type SlackMessage } from './render.ts';
import type { SlackOptions } from './slackBot.ts';

/** What the handlers share: the options, the Bolt app, the replies kept for their buttons. */
export interface SlackContext {
  o: SlackOptions;
  app: App;
  cache: ReplyCache;
}

function messagesOf(ctx: SlackContext, reply: Reply): SlackMessage[] {
  return renderSlack(reply, reply.citations.length ? ctx.cache.put(reply) : undefined);
}

/** `/attache …`: a command line without its slash ("country Norway"), or a question; answered in the channel. */
export async function answerCommand(
  ctx: SlackContext,
  command: { user_id: string; channel_id: string; text?: string },
  respond: RespondFn,
): Promise<void> {
  const { o, app } = ctx;
  const admins = o.admins ?? [];
  const caller: Caller = {
    platform: 'slack',
    userId: command.user_id,
    channelId: command.channel_id,
    canManage: admins.length === 0 || admins.includes(command.user_id),
  };
  // A command with no text field is a bare `/attache`: help, not a TypeError.
  const line = o.router.lineFor(typeof command.text === 'string' ? command.text : '', { bareCommands: true });
  if (line.startsWith('/ask ')) await respond({ response_type: 'ephemeral', text: '_Working on it…_' });
  const reply = await o.router.runLine(line, caller);
  for (const m of messagesOf(ctx, reply))
    await respond({ response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', replace_original: false, ...m });
  if (reply.chart && !reply.ephemeral) await uploadChart(ctx, app.client, reply.chart, command.channel_id);
}

/** A reply's chart as a PNG file in the channel (or thread): it needs files:write; a failure is logged, not fatal. */
async function uploadChart(ctx: SlackContext, client: App['client'], chart: ChartSpec, channel: string, threadTs?: string): Promise<void> {
  try {
    const png = await renderChartPng(chart);
    const file = { file: png, filename: 'chart.png', title: chart.title, alt_text: chart.alt.slice(0, 1000) };
    await (threadTs
      ? client.files.uploadV2({ ...file, channel_id: channel, thread_ts: threadTs })
      : client.files.uploadV2({ ...file, channel_id: channel }));
  } catch (err) {
    ctx.o.log.warn({ err: (err as Error).message, channel }, 'chart not uploaded to slack');
  }
}

/** An @mention or a DM: answered in its thread, with an hourglass on the message while the answer is written. */
export async function answerInThread(
  ctx: SlackContext,
  client: App['client'],
  channel: string,
  ts: string,
  threadTs: string | undefined,
  text: string | undefined,
  caller: Caller,
) {
  const question = String(text ?? '')
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  await client.reactions.add({ channel, timestamp: ts, name: 'hourglass_flowing_sand' }).catch(() => undefined);
  const reply = await ctx.o.router.runText(question, { ...caller, conversationId: `slack:${channel}:${threadTs ?? ts}` });
  for (const m of messagesOf(ctx, reply)) await client.chat.postMessage({ channel, thread_ts: threadTs ?? ts, unfurl_links: false, ...m });
  if (reply.chart) await uploadChart(ctx, client, reply.chart, channel, threadTs ?? ts);
  await client.reactions.remove({ channel, timestamp: ts, name: 'hourglass_flowing_sand' }).catch(() => undefined);
}

/** The Sources and feedback buttons under a reply kept in the cache. */
type ButtonBody = { user: { id: string }; channel?: { id: string } };
export async function onReplyButton(
  ctx: SlackContext,
  action: { action_id?: string; value?: string } | object,
  respond: RespondFn,
  body: ButtonBody,
): Promise<void> {
  const { o, cache } = ctx;
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
}
