import {
  ChannelType,
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  PermissionFlagsBits,
  type PermissionsBitField,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Caller, Services } from '../../app/command.ts';
import { optionSpecs } from '../../app/optionSpecs.ts';
import type { Delivery, Reply } from '../../core/reply.ts';
import type { Router } from '../../app/router.ts';
import { candidatesFor } from '../../knowledge/candidatesFor.ts';
import { suggestNames } from '../../knowledge/suggestNames.ts';
import { recordFeedback } from '../../store/recordFeedback.ts';
import type { StateStore } from '../../store/stateStore.ts';
import { ReplyCache } from '../replyCache.ts';
import { CHART_FILE, DISCORD_LIMITS, EPHEMERAL, renderDiscord, renderDiscordSources, type DiscordMessage } from './render.ts';
import { renderChartPng } from '../../charts/renderChart.ts';

export interface DiscordOptions {
  token: string;
  /** Another API base, for tests and proxies ("http://127.0.0.1:PORT/api"). */
  apiUrl?: string;
  router: Router;
  services: () => Services;
  store?: StateStore;
  log: Logger;
  /** Called when the gateway connection has ended for good (discord.js stopped reconnecting). */
  onLost?: (why: string) => void;
}

// Commands that may call the LLM or search widely are deferred: Discord wants a first response within 3 s.
const SLOW = new Set(['ask', 'search', 'timeline']);

/**
 * The Discord adapter: slash commands, autocomplete, buttons, @mentions and DMs, all through the one router.
 * Intents: Guilds, GuildMessages and DirectMessages. The privileged MessageContent intent is not needed: Discord
 * delivers the content of messages that mention the bot, and of DMs, without it.
 */
export async function startDiscord(o: DiscordOptions): Promise<{ client: Client; post: (channelId: string, reply: Reply, delivery: Delivery) => Promise<void>; stop: () => Promise<void> }> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message; without this partial their messages are dropped.
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    ...(o.apiUrl ? { rest: { api: o.apiUrl } } : {}),
  });
  const cache = new ReplyCache();
  // Changing a channel's digest needs Manage Channels; in a DM there is no one else to ask.
  const callerOf = (i: { user: { id: string }; channelId: string | null; memberPermissions: Readonly<PermissionsBitField> | null }): Caller => ({
    platform: 'discord',
    userId: i.user.id,
    channelId: i.channelId ?? undefined,
    canManage: i.memberPermissions ? i.memberPermissions.has(PermissionFlagsBits.ManageChannels) : true,
  });
  const messagesOf = (reply: Reply): DiscordMessage[] => renderDiscord(reply, reply.citations.length || reply.actions?.length ? cache.put(reply) : undefined);
  /** The reply's chart as an attachment of its first message; a chart that cannot be drawn is left out, not fatal. */
  const withChart = async (reply: Reply): Promise<{ reply: Reply; files: Array<{ attachment: Buffer; name: string; description: string }> }> => {
    if (!reply.chart) return { reply, files: [] };
    try {
      return { reply, files: [{ attachment: await renderChartPng(reply.chart), name: CHART_FILE, description: reply.chart.alt.slice(0, 1000) }] };
    } catch (err) {
      o.log.warn({ err }, 'chart not drawn');
      const { chart: _chart, ...rest } = reply;
      return { reply: rest, files: [] };
    }
  };

  async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
    const raw = Object.fromEntries(i.options.data.map((d) => [d.name, d.value]));
    const slow = SLOW.has(i.commandName);
    if (slow) await i.deferReply();
    const { reply, files } = await withChart(await o.router.run(i.commandName, raw, callerOf(i)));
    const [first, ...rest] = messagesOf(reply);
    if (slow) {
      // A usage hint after a public defer cannot become ephemeral: it is short and harmless in the channel.
      await i.editReply({ embeds: first!.embeds, components: first!.components, files, allowedMentions: { parse: [] } });
    } else {
      await i.reply({ embeds: first!.embeds, components: first!.components, files, allowedMentions: { parse: [] }, flags: reply.ephemeral ? EPHEMERAL : undefined });
    }
    for (const m of rest) await i.followUp({ embeds: m.embeds, components: m.components, allowedMentions: { parse: [] }, flags: reply.ephemeral ? EPHEMERAL : undefined });
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const command = o.router.find(i.commandName);
    const focused = i.options.getFocused(true);
    const kind = command && optionSpecs(command).find((s) => s.name === focused.name)?.complete;
    const kb = o.services().kb;
    const suggestions = kind ? suggestNames(candidatesFor(kb, kind), String(focused.value), 25, (c) => (kind === 'article' ? c.id : c.label)) : [];
    await i.respond(suggestions.map((s) => ({ name: s.label.slice(0, DISCORD_LIMITS.choiceName), value: s.value.slice(0, DISCORD_LIMITS.choiceName) })));
  }

  async function onButton(i: ButtonInteraction): Promise<void> {
    const [kind, a, b] = i.customId.split(':');
    if (kind === 'run') {
      const { reply, files } = await withChart(await o.router.runLine(i.customId.slice(4), callerOf(i)));
      const [first] = messagesOf(reply);
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

  async function onMessage(m: Message): Promise<void> {
    if (m.author.bot || !client.user) return;
    const isDm = m.channel.type === ChannelType.DM;
    if (!isDm && !m.mentions.users.has(client.user.id)) return;
    const question = m.content.replace(/<@!?\d+>/g, ' ').replace(/\s+/g, ' ').trim();
    const caller: Caller = { platform: 'discord', userId: m.author.id, channelId: m.channelId, conversationId: `discord:${m.channelId}:${m.author.id}` };
    if ('sendTyping' in m.channel) await m.channel.sendTyping().catch(() => undefined);
    const reply = await o.router.runText(question, caller);
    for (const msg of messagesOf(reply)) await m.reply({ embeds: msg.embeds, components: msg.components, allowedMentions: { parse: [], repliedUser: false } });
  }

  // Each handler's failure is logged with context; the router already turned command errors into replies.
  const guard = (what: string, fn: () => Promise<void>) =>
    fn().catch((err: unknown) => o.log.error({ err, what }, 'discord handler failed'));
  client.on(Events.InteractionCreate, (i) => {
    // Reading a malformed interaction's kind can throw too: inside the guard, never out of the listener.
    void guard('interaction', async () => {
      if (i.isAutocomplete()) await onAutocomplete(i);
      else if (i.isChatInputCommand()) await guard(`/${i.commandName}`, () => onCommand(i));
      else if (i.isButton()) await onButton(i);
    });
  });
  client.on(Events.MessageCreate, (m) => void guard('message', () => onMessage(m)));
  client.on(Events.Error, (err) => o.log.error({ err }, 'discord client error'));
  client.on(Events.ShardError, (err, shard) => o.log.error({ err, shard }, 'discord connection error'));
  // discord.js reconnects by itself through outages and resumable closes; a disconnect is the end of that.
  client.on(Events.ShardDisconnect, (event, shard) => {
    o.log.error({ code: event.code, shard }, 'discord gateway closed and will not reconnect by itself');
    o.onLost?.(`gateway closed with code ${event.code}`);
  });

  await client.login(o.token);
  o.log.info({ user: client.user?.tag }, 'discord connected');
  /** Post a reply to a channel (digests); the nonce lets Discord drop a repeat of the same post. */
  const post = async (channelId: string, reply: Reply, { nonce }: Delivery) => {
    const channel = await client.channels.fetch(channelId);
    if (!channel?.isSendable()) throw new Error(`cannot post in channel ${channelId}`);
    const messages = renderDiscord(reply);
    for (const [i, m] of messages.entries()) {
      await channel.send({ embeds: m.embeds, allowedMentions: { parse: [] }, nonce: i ? `${nonce.slice(0, 22)}-${i}` : nonce, enforceNonce: true });
    }
  };
  return { client, post, stop: async () => void (await client.destroy()) };
}
