import { commands } from '../commands/index.ts';
import { runConsole } from './adapters/console/runConsole.ts';
import { createLlmAnswerer } from './answer/llmAnswerer.ts';
import type { Config } from './config.ts';
import type { Services } from './core/command.ts';
import { Router } from './core/router.ts';
import { dateRange } from './knowledge/queries.ts';
import { loadServices } from './loadServices.ts';
import { StateStore } from './store/stateStore.ts';
import { startDiscord } from './adapters/discord/discordBot.ts';
import { startSlack } from './adapters/slack/slackBot.ts';
import type { Logger } from './log.ts';

export interface App {
  router: Router;
  services: Services;
}

/** Load the corpus and build the router over it; every skipped file is logged with its reason. */
export async function createApp(config: Config, log: Logger): Promise<App> {
  const services = await loadServices(config.ATTACHE_CORPUS_DIR);
  if (config.OPENAI_API_KEY) {
    services.llm = createLlmAnswerer(
      { apiKey: config.OPENAI_API_KEY, ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}), model: config.OPENAI_MODEL, timeoutMs: config.OPENAI_TIMEOUT_MS, maxRetries: config.OPENAI_MAX_RETRIES },
      log,
    );
  }
  for (const s of services.kb.skipped) log.warn({ file: s.file, reason: s.reason }, 'article skipped');
  return { router: new Router(commands, () => services, log), services };
}

/** The console's first line: what is loaded and how to get help. */
export function welcomeLine(services: Services): string {
  const { kb } = services;
  const range = dateRange(kb);
  return `Attaché ${services.version} — ${kb.articles.length} articles loaded${range.first ? ` (${range.first} to ${range.last})` : ''}. Type /help for commands, or just ask a question; /quit to leave.`;
}

/** Run the bot: every platform whose tokens are set, in one process and over one corpus; the console when none is. */
export async function start(config: Config, log: Logger): Promise<void> {
  const { router, services } = await createApp(config, log);
  if (!config.DISCORD_TOKEN && !config.SLACK_BOT_TOKEN) {
    await runConsole({
      input: process.stdin,
      output: process.stdout,
      welcome: welcomeLine(services),
      color: Boolean(process.stdout.isTTY),
      runLine: (line, caller) => router.runLine(line, caller),
      questionCommand: 'ask',
    });
    return;
  }
  const store = await StateStore.open(config.ATTACHE_STATE_FILE, log);
  const stops: Array<() => Promise<void>> = [];
  const launch = async (name: string, run: () => Promise<{ stop: () => Promise<void> }>) => {
    try {
      stops.push((await run()).stop);
    } catch (err) {
      // One platform failing (a revoked token) must not take the other down.
      log.error({ err: (err as Error).message, platform: name }, 'platform failed to start');
    }
  };
  if (config.DISCORD_TOKEN) {
    await launch('discord', () => startDiscord({ token: config.DISCORD_TOKEN!, ...(config.ATTACHE_DISCORD_API_URL ? { apiUrl: config.ATTACHE_DISCORD_API_URL } : {}), router, services: () => services, store, log }));
  }
  if (config.SLACK_BOT_TOKEN) {
    await launch('slack', () =>
      startSlack({
        botToken: config.SLACK_BOT_TOKEN!,
        ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : { signingSecret: config.SLACK_SIGNING_SECRET!, port: config.PORT ?? 3000 }),
        ...(config.ATTACHE_SLACK_API_URL ? { apiUrl: config.ATTACHE_SLACK_API_URL } : {}),
        router,
        store,
        log,
      }),
    );
  }
  if (stops.length === 0) throw new Error('no platform could start; see the log above');
  log.info({ articles: services.kb.articles.length, platforms: stops.length }, 'attache running; SIGINT or SIGTERM to stop');
  const signal = await new Promise<string>((resolve) => {
    for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => resolve(s));
  });
  log.info({ signal }, 'shutting down');
  await Promise.allSettled(stops.map((stop) => stop()));
}
