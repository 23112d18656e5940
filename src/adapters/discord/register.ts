import { REST, Routes } from 'discord.js';
import type { Command } from '../../app/command.ts';
import { discordCommandData } from './commandData.ts';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register to one server (instant, for development); globally when unset (may take up to an hour). */
  guildId?: string;
  /** Another API base, for tests and proxies ("http://127.0.0.1:PORT/api"). */
  apiUrl?: string;
}

/** Put the registry's slash commands on Discord, replacing the previous set. Returns where and how many. */
export async function registerDiscordCommands(commands: readonly Command[], o: RegisterOptions): Promise<{ scope: string; count: number }> {
  const rest = new REST({ version: '10', ...(o.apiUrl ? { api: o.apiUrl } : {}) }).setToken(o.token);
  const body = discordCommandData(commands);
  const route = o.guildId ? Routes.applicationGuildCommands(o.applicationId, o.guildId) : Routes.applicationCommands(o.applicationId);
  const result = (await rest.put(route, { body })) as unknown[];
  return { scope: o.guildId ? `guild ${o.guildId}` : 'global', count: result.length };
}
