import { dirname, join } from 'node:path';
import { commands } from '../../commands/index.ts';
import type { ConsoleLog } from '../adapters/console/consoleLog.ts';
import { consoleAdapter } from '../adapters/console/consoleAdapter.ts';
import { Conversations } from '../answer/conversation.ts';
import { warmUp } from '../answer/answerQuestion.ts';
import type { Config } from '../app/config.ts';
import type { Article, SkippedFile } from '../corpus/types.ts';
import type { Deps, Services } from '../app/command.ts';
import { Router } from '../app/router.ts';
import { DigestScheduler } from '../digest/scheduler.ts';
import { dateRange } from '../knowledge/queries.ts';
import { CorpusService } from '../app/corpusService.ts';
import { PlatformSupervisor } from '../app/platformSupervisor.ts';
import { adapterFrom, type PlatformAdapter } from '../core/platformAdapter.ts';
import { VERSION } from '../core/version.ts';
import type { Logger } from '../app/log.ts';
import { recordArrivals } from '../store/ingestRegistry.ts';
import { StateStore } from '../store/stateStore.ts';
import { followFeeds } from './followFeeds.ts';
import { guardProcess } from './guardProcess.ts';

export interface App {
  router: Router;
  services: Services;
}

/**
 * What every way of running shares besides the corpus: the LLM when configured, digest defaults. The model client
 * (like the platform SDKs below) is imported only when configured: together they were most of every CLI call's
 * start-up time.
 */
async function deps(config: Config, log: Logger): Promise<Deps> {
  const extra: Deps = {
    version: VERSION,
    digestDefaults: { time: config.ATTACHE_DIGEST_TIME, timezone: config.ATTACHE_TZ },
    conversations: new Conversations(),
  };
  if (config.OPENAI_API_KEY) {
    const [{ createLlmAnswerer }, { createLlmSummarizer }] = await Promise.all([
      import('../answer/llmAnswerer.ts'),
      import('../answer/llmSummarizer.ts'),
    ]);
    const llm = {
      apiKey: config.OPENAI_API_KEY,
      ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
      model: config.OPENAI_MODEL,
      timeoutMs: config.OPENAI_TIMEOUT_MS,
      maxRetries: config.OPENAI_MAX_RETRIES,
      deadlineMs: config.ATTACHE_LLM_DEADLINE_MS,
    };
    extra.llm = createLlmAnswerer(llm, log);
    extra.summarize = createLlmSummarizer(llm, log);
  }
  return extra;
}

/**
 * The corpus service of a configuration. Its snapshot sits with the runtime state, never in the corpus folder, which
 * the bot does not write to; the CLI reads and writes the same one, so a second `attache ask` over a large archive
 * starts from it instead of parsing every file again.
 */
export function corpusService(config: Config, log: Logger): CorpusService {
  return new CorpusService(config.ATTACHE_CORPUS_DIR, log, {
    snapshotFile: join(dirname(config.ATTACHE_STATE_FILE), 'corpus-snapshot.json'),
    ...(config.ATTACHE_LOAD_THREADS ? { threads: config.ATTACHE_LOAD_THREADS } : {}),
  });
}

/** Load the corpus once and build the router over it (one-shot CLI commands). */
export async function createApp(config: Config, log: Logger): Promise<App> {
  const corpus = (await corpusService(config, log).load()).corpus;
  const services: Services = { ...corpus, ...(await deps(config, log)) };
  warnSkipped(services.kb.skipped, log);
  warnRejected(services.kb.articles, log);
  return { router: new Router(commands, () => services, log), services };
}

/** Skipped files in one line by reason, each file at debug level: `attache corpus` lists them all. */
function warnSkipped(skipped: SkippedFile[], log: Logger): void {
  if (!skipped.length) return;
  for (const s of skipped) log.debug({ file: s.file, reason: s.reason }, 'article skipped');
  const byReason = new Map<string, number>();
  for (const s of skipped) {
    const reason = s.reason.replace(/^same story as .*/, 'same story as another file');
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  log.warn(
    { skipped: skipped.length, reasons: Object.fromEntries(byReason) },
    `${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped; \`npx attache corpus\` lists them with their reasons`,
  );
}

/** Articles loaded with a value they state rejected (a date that cannot exist): said once, with the file. */
function warnRejected(articles: Article[], log: Logger): void {
  for (const a of articles)
    if (a.warnings?.length) log.warn({ file: a.file, warnings: a.warnings }, 'article loaded; a value it states was rejected');
}

/** The console's first line: what is loaded and how to get help. */
export function welcomeLine(services: Services): string {
  const { kb } = services;
  const range = dateRange(kb);
  return `Attaché ${services.version} — ${kb.articles.length} articles loaded${range.first ? ` (${range.first} to ${range.last})` : ''}. Type /help for commands, or just ask a question; /quit to leave.`;
}

/** The corpus kept current while the bot runs: loaded (from the snapshot when it can), warmed, watched. */
async function openLiveCorpus(config: Config, log: Logger, store: StateStore, once: boolean) {
  const live = corpusService(config, log);
  const services = live.servicesWith({ ...(await deps(config, log)), store });
  let loaded = false;
  live.onArrivals((arrivals) => {
    if (loaded) log.info({ articles: arrivals.map((a) => a.article.file) }, 'new articles in the corpus');
    warnRejected(
      arrivals.map((a) => a.article),
      log,
    );
    void recordArrivals(
      store,
      arrivals.map((a) => ({ contentHash: a.article.contentHash, file: a.article.file, mtime: a.mtime })),
      new Date(),
    );
  });
  await live.load();
  loaded = true;
  if (!once) setImmediate(() => warmUp(services()));
  warnSkipped(live.corpus.kb.skipped, log);
  if (!once) await live.watch();
  return { live, services };
}

interface Wiring {
  config: Config;
  log: Logger;
  store: StateStore;
  router: Router;
  services: () => Services;
  mode: { once?: boolean; notices?: ConsoleLog };
}

/**
 * The platforms this configuration serves: Discord and Slack when their tokens are set, else the console. Each SDK
 * is imported only when its platform is configured: together they were most of every CLI call's start-up time.
 */
async function platformAdapters({ config, log, store, router, services, mode }: Wiring): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  if (config.DISCORD_TOKEN) {
    const { startDiscord } = await import('../adapters/discord/discordBot.ts');
    const apiUrl = config.ATTACHE_DISCORD_API_URL ? { apiUrl: config.ATTACHE_DISCORD_API_URL } : {};
    adapters.push(
      adapterFrom('discord', (onLost) => startDiscord({ token: config.DISCORD_TOKEN!, ...apiUrl, router, services, store, log, onLost })),
    );
  }
  if (config.SLACK_BOT_TOKEN) {
    const { startSlack } = await import('../adapters/slack/slackBot.ts');
    const http = { signingSecret: config.SLACK_SIGNING_SECRET!, port: config.PORT ?? 3000, ...(config.HOST ? { host: config.HOST } : {}) };
    const connection = config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : http;
    const apiUrl = config.ATTACHE_SLACK_API_URL ? { apiUrl: config.ATTACHE_SLACK_API_URL } : {};
    adapters.push(
      adapterFrom('slack', () =>
        startSlack({ botToken: config.SLACK_BOT_TOKEN!, ...connection, ...apiUrl, admins: config.SLACK_DIGEST_ADMINS, router, store, log }),
      ),
    );
  }
  if (!adapters.length) {
    adapters.push(
      consoleAdapter({
        interactive: !mode.once,
        input: process.stdin,
        output: process.stdout,
        welcome: welcomeLine(services()),
        color: Boolean(process.stdout.isTTY),
        runText: (text, caller) => router.runText(text, { ...caller, channelId: 'console', canManage: true, conversationId: 'console' }),
        ...(mode.notices ? { notices: mode.notices } : {}),
      }),
    );
  }
  return adapters;
}

/** For deployments driven by an external scheduler: post what is due now, say what happened, fail if a post did. */
async function postDueOnce(scheduler: DigestScheduler, store: StateStore, stopAll: () => Promise<void>): Promise<void> {
  const { done, failed } = await scheduler.runDue();
  await stopAll();
  // Said on stdout, whatever the log level: what an operator running it by hand wants to see.
  for (const d of done)
    process.stdout.write(
      d.posted
        ? `posted the digest to ${d.platform} ${d.channelId} (slot ${d.slot}, ${d.articles} new articles)\n`
        : `nothing new for ${d.platform} ${d.channelId} (slot ${d.slot}); not posted\n`,
    );
  if (!done.length && !failed.length)
    process.stdout.write(
      `No digest is due now (${store.data.subscriptions.length} subscriptions; each is posted within 6 hours after its time).\n`,
    );
  // An external scheduler learns from the exit code that a channel missed its digest.
  if (failed.length) throw new Error(`digest not posted to ${failed.map((f) => `${f.platform} ${f.channelId} (${f.error})`).join('; ')}`);
}

/** Until the console's user quits, or SIGINT/SIGTERM for a bot on the network. */
async function untilDone(adapters: PlatformAdapter[], log: Logger): Promise<void> {
  const signal = new Promise<string>((resolve) => {
    for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => resolve(s));
  });
  const finished = adapters.flatMap((a) => (a.finished ? [a.finished.then(() => 'quit')] : []));
  const why = await Promise.race([signal, ...finished]);
  if (why !== 'quit') log.info({ signal: why }, 'shutting down');
}

/**
 * Run the bot: every platform whose tokens are set, in one process over one live corpus (files added, changed or
 * removed are picked up without a restart), with the digest scheduler; the console when no platform is set.
 */
export async function start(config: Config, log: Logger, mode: { once?: boolean; notices?: ConsoleLog } = {}): Promise<void> {
  const unguard = mode.once ? () => undefined : guardProcess(log);
  const store = await StateStore.open(config.ATTACHE_STATE_FILE, log);
  const { live, services } = await openLiveCorpus(config, log, store, Boolean(mode.once));
  const router = new Router(commands, services, log);
  const adapters = await platformAdapters({ config, log, store, router, services, mode });
  // Each platform is supervised: a failure to start, or a connection lost for good later, is retried with back-off
  // while the other platforms keep serving.
  const supervisors = adapters.map((a) => new PlatformSupervisor(a, log));
  const stops: Array<() => Promise<void>> = [() => live.close(), ...supervisors.map((s) => () => s.stop())];
  const stopAll = async () => void (await Promise.allSettled(stops.map((stop) => stop())));
  for (const s of supervisors) await s.start();
  const byName = new Map(supervisors.map((s) => [s.name, s]));
  const scheduler = new DigestScheduler({
    store,
    services,
    log,
    postTimeoutMs: config.ATTACHE_DIGEST_POST_TIMEOUT_MS,
    send: async (sub, reply, delivery) => {
      const platform = byName.get(sub.platform);
      if (!platform) throw new Error(`${sub.platform} is not running in this process`);
      await platform.post(sub.channelId, reply, delivery);
    },
  });
  if (mode.once) return postDueOnce(scheduler, store, stopAll);
  if (!supervisors.some((x) => x.up)) {
    // Nothing to serve: say so and let the process end, so a supervisor (systemd, a container) sees it fail.
    await stopAll();
    unguard();
    throw new Error('no platform could start; see the log above');
  }
  for (const x of supervisors) x.keepTrying();
  await scheduler.start();
  stops.unshift(() => scheduler.stop());
  stops.unshift(await followFeeds(config, store, log));
  if (!byName.has('console'))
    log.info({ articles: live.corpus.kb.articles.length, platforms: supervisors.length }, 'attache running; SIGINT or SIGTERM to stop');
  await untilDone(adapters, log);
  await stopAll();
  unguard();
}
