import { commands } from '../commands/index.ts';
import { runConsole } from './adapters/console/runConsole.ts';
import { createLlmAnswerer } from './answer/llmAnswerer.ts';
import type { Config } from './config.ts';
import type { Services } from './core/command.ts';
import { Router } from './core/router.ts';
import { dateRange } from './knowledge/queries.ts';
import { loadServices } from './loadServices.ts';
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

/** Run the bot: every platform whose tokens are set; the console when none is. */
export async function start(config: Config, log: Logger): Promise<void> {
  const { router, services } = await createApp(config, log);
  const platforms = [config.DISCORD_TOKEN && 'Discord', config.SLACK_BOT_TOKEN && 'Slack'].filter(Boolean);
  if (platforms.length) log.warn({ platforms }, 'platform tokens are set, but this version answers only in the console');
  await runConsole({
    input: process.stdin,
    output: process.stdout,
    welcome: welcomeLine(services),
    color: Boolean(process.stdout.isTTY),
    runLine: (line, caller) => router.runLine(line, caller),
    questionCommand: 'ask',
  });
}
