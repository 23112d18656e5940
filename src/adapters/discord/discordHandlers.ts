import {
  ChannelType,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Message,
  type PermissionsBitField,
} from 'discord.js';
import type { Caller } from '../../app/command.ts';
import { optionSpecs } from '../../app/optionSpecs.ts';
import { renderChartPng } from '../../charts/renderChart.ts';
import type { Reply } from '../../core/reply.ts';
import { candidatesFor } from '../../knowledge/candidatesFor.ts';
import { suggestNames } from '../../knowledge/suggestNames.ts';
import { recordFeedback } from '../../store/recordFeedback.ts';
import type { ReplyCache } from '../replyCache.ts';
import type { DiscordOptions } from './discordBot.ts';
import { CHART_FILE, DISCORD_LIMITS, EPHEMERAL, renderDiscord, renderDiscordSources, type DiscordMessage } from './render.ts';

// Commands that may call the LLM or search widely are deferred: Discord wants a first response within 3 s.
const SLOW = new Set(['ask', 'search', 'timeline']);

/** What the handlers share: the options, the client, the replies kept for their buttons. */
export interface DiscordContext {
  o: DiscordOptions;
  client: Client;
  cache: ReplyCache;
}

/** Changing a channel's digest needs Manage Channels; in a DM there is no one else to ask. */
function callerOf(i: { user: { id: string }; channelId: string | null; memberPermissions: Readonly<PermissionsBitField> | null }): Caller {
  return {
    platform: 'discord',
    userId: i.user.id,
    channelId: i.channelId ?? undefined,
    canManage: i.memberPermissions ? i.memberPermissions.has(PermissionFlagsBits.ManageChannels) : true,
  };
}

function messagesOf(ctx: DiscordContext, reply: Reply): DiscordMessage[] {
  return renderDiscord(reply, reply.citations.length || reply.actions?.length ? ctx.cache.put(reply) : undefined);
}

/** The reply's chart as an attachment of its first message; a chart that cannot be drawn is left out, not fatal. */
async function withChart(
  ctx: DiscordContext,
  reply: Reply,
): Promise<{ reply: Reply; files: Array<{ attachment: Buffer; name: string; description: string }> }> {
  if (!reply.chart) return { reply, files: [] };
  try {
    return {
      reply,
      files: [{ attachment: await renderChartPng(reply.chart), name: CHART_FILE, description: reply.chart.alt.slice(0, 1000) }],
    };
  } catch (err) {
    ctx.o.log.warn({ err }, 'chart not drawn');
    const { chart: _chart, ...rest } = reply;
    return { reply: rest, files: [] };
  }
}

/** A slash command: deferred when it may be slow, its reply split over messages as Discord's limits need. */
export async function onCommand(ctx: DiscordContext, i: ChatInputCommandInteraction): Promise<void> {
  const { o } = ctx;
  const raw = Object.fromEntries(i.options.data.map((d) => [d.name, d.value]));
  const slow = SLOW.has(i.commandName);
  if (slow) await i.deferReply();
  const { reply, files } = await withChart(ctx, await o.router.run(i.commandName, raw, callerOf(i)));
  const [first, ...rest] = messagesOf(ctx, reply);
  if (slow) {
    // A usage hint after a public defer cannot become ephemeral: it is short and harmless in the channel.
    await i.editReply({ embeds: first!.embeds, components: first!.components, files, allowedMentions: { parse: [] } });
  } else {
    await i.reply({
      embeds: first!.embeds,
      components: first!.components,
      files,
      allowedMentions: { parse: [] },
      flags: reply.ephemeral ? EPHEMERAL : undefined,
    });
  }
  for (const m of rest)
    await i.followUp({
      embeds: m.embeds,
      components: m.components,
      allowedMentions: { parse: [] },
      flags: reply.ephemeral ? EPHEMERAL : undefined,
    });
}

/** Names suggested while an option is typed. */
export async function onAutocomplete(ctx: DiscordContext, i: AutocompleteInteraction): Promise<void> {
  const { o } = ctx;
  const command = o.router.find(i.commandName);
  const focused = i.options.getFocused(true);
  const kind = command && optionSpecs(command).find((s) => s.name === focused.name)?.complete;
  const kb = o.services().kb;
  const suggestions = kind
    ? suggestNames(candidatesFor(kb, kind), String(focused.value), 25, (c) => (kind === 'article' ? c.id : c.label))
    : [];
  await i.respond(
    suggestions.map((s) => ({ name: s.label.slice(0, DISCORD_LIMITS.choiceName), value: s.value.slice(0, DISCORD_LIMITS.choiceName) })),
  );
}

/** A button under a reply: run a follow-up command, show the sources, or record feedback. */
export async function onButton(ctx: DiscordContext, i: ButtonInteraction): Promise<void> {
  const { o, cache } = ctx;
  const [kind, a, b] = i.customId.split(':');
  if (kind === 'run') {
    const { reply, files } = await withChart(ctx, await o.router.runLine(i.customId.slice(4), callerOf(i)));
    const [first] = messagesOf(ctx, reply);
    await i.reply({ embeds: first!.embeds, components: first!.components, files, allowedMentions: { parse: [] } });
    return;
  }
  const reply = cache.get(kind === 'fb' ? b! : a!);
  if (!reply) {
    await i.reply({ content: 'That reply is too old to look up; ask again.', flags: EPHEMERAL, allowedMentions: { parse: [] } });
    return;
  }
  if (kind === 'src') {
    const [first, ...rest] = renderDiscordSources(reply);
    await i.reply({ embeds: first!.embeds, flags: EPHEMERAL, allowedMentions: { parse: [] } });
    for (const m of rest) await i.followUp({ embeds: m.embeds, flags: EPHEMERAL, allowedMentions: { parse: [] } });
  } else if (kind === 'fb') {
    if (o.store) await recordFeedback(o.store, a === 'up' ? 'up' : 'down', reply, callerOf(i));
    await i.reply({ content: 'Thanks, your feedback is recorded.', flags: EPHEMERAL, allowedMentions: { parse: [] } });
  }
}

/** An @mention or a DM: plain text, answered as a question. */
export async function onMessage(ctx: DiscordContext, m: Message): Promise<void> {
  const { o, client } = ctx;
  if (m.author.bot || !client.user) return;
  const isDm = m.channel.type === ChannelType.DM;
  if (!isDm && !m.mentions.users.has(client.user.id)) return;
  const question = m.content
    .replace(/<@!?\d+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const caller: Caller = {
    platform: 'discord',
    userId: m.author.id,
    channelId: m.channelId,
    conversationId: `discord:${m.channelId}:${m.author.id}`,
  };
  if ('sendTyping' in m.channel) await m.channel.sendTyping().catch(() => undefined);
  const reply = await o.router.runText(question, caller);
  for (const msg of messagesOf(ctx, reply))
    await m.reply({ embeds: msg.embeds, components: msg.components, allowedMentions: { parse: [], repliedUser: false } });
}
