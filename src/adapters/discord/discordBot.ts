import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { Logger } from 'pino';
import type { Services } from '../../app/command.ts';
import type { Delivery, Reply } from '../../core/reply.ts';
import type { Router } from '../../app/router.ts';
import type { StateStore } from '../../store/stateStore.ts';
import { ReplyCache } from '../replyCache.ts';
import { onAutocomplete, onButton, onCommand, onMessage, type DiscordContext } from './discordHandlers.ts';
import { renderDiscord } from './render.ts';

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

/**
 * The Discord adapter: slash commands, autocomplete, buttons, @mentions and DMs, all through the one router.
 * Intents: Guilds, GuildMessages and DirectMessages. The privileged MessageContent intent is not needed: Discord
 * delivers the content of messages that mention the bot, and of DMs, without it.
 */
export async function startDiscord(
  o: DiscordOptions,
): Promise<{ client: Client; post: (channelId: string, reply: Reply, delivery: Delivery) => Promise<void>; stop: () => Promise<void> }> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message; without this partial their messages are dropped.
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    ...(o.apiUrl ? { rest: { api: o.apiUrl } } : {}),
  });
  const ctx: DiscordContext = { o, client, cache: new ReplyCache() };
  // Each handler's failure is logged with context; the router already turned command errors into replies.
  const guard = (what: string, fn: () => Promise<void>) =>
    fn().catch((err: unknown) => o.log.error({ err, what }, 'discord handler failed'));
  client.on(Events.InteractionCreate, (i) => {
    // Reading a malformed interaction's kind can throw too: inside the guard, never out of the listener.
    void guard('interaction', async () => {
      if (i.isAutocomplete()) await onAutocomplete(ctx, i);
      else if (i.isChatInputCommand()) await guard(`/${i.commandName}`, () => onCommand(ctx, i));
      else if (i.isButton()) await onButton(ctx, i);
    });
  });
  client.on(Events.MessageCreate, (m) => void guard('message', () => onMessage(ctx, m)));
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
      await channel.send({
        embeds: m.embeds,
        allowedMentions: { parse: [] },
        nonce: i ? `${nonce.slice(0, 22)}-${i}` : nonce,
        enforceNonce: true,
      });
    }
  };
  return { client, post, stop: async () => void (await client.destroy()) };
}
