import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Command as Program } from 'commander';
import { commands } from '../../commands/index.ts';
import { replyJson, renderConsole } from '../adapters/console/render.ts';
import { renderExplanation, type Explanation } from '../answer/explain.ts';
import { articleReport, articleReportText, totalsText } from '../app/cliReports.ts';
import { ConfigError, loadConfig, type Config } from '../app/config.ts';
import { parseFileBytes } from '../corpus/loadCorpus.ts';
import type { Article } from '../corpus/types.ts';
import { buildKnowledge } from '../knowledge/buildKnowledge.ts';
import { corpusTotals } from '../knowledge/corpusTotals.ts';
import { VERSION } from '../core/version.ts';
import { loggerFor } from '../app/log.ts';
import { ConsoleLog } from '../adapters/console/consoleLog.ts';
import { corpusService, createApp, start } from './main.ts';
import { ingest } from '../corpus/ingest.ts';
import { composeDigest } from '../digest/composeDigest.ts';
import { firstSeenOf } from '../store/ingestRegistry.ts';
import { StateStore } from '../store/stateStore.ts';
import { lastCoveredUntil } from '../store/lastCoveredUntil.ts';
import { addFeedsCommands } from './cliFeeds.ts';

interface Globals {
  corpus?: string;
  json?: boolean;
}

// A .env beside the project is read like the environment; real environment variables win.
if (existsSync('.env')) process.loadEnvFile('.env');

function setup(cmd: Program): { config: Config; json: boolean } {
  const g = cmd.optsWithGlobals<Globals>();
  const env = { ...process.env, ...(g.corpus ? { ATTACHE_CORPUS_DIR: g.corpus } : {}) };
  return { config: loadConfig(env), json: Boolean(g.json) };
}

const print = (s: string) => process.stdout.write(`${s}\n`);

const program = new Program()
  .name('attache')
  .description('Attaché: answers about Việt Nam’s diplomacy from news articles, with sources.')
  .version(VERSION)
  .option('--corpus <dir>', 'folder of articles (default data/articles, env ATTACHE_CORPUS_DIR)')
  .option('--json', 'machine-readable output only on stdout');

program
  .command('start')
  .description('run the bot: every platform whose tokens are set; the console when none is')
  .action(async (_opts, cmd: Program) => {
    const { config } = setup(cmd);
    // With no platform the console runs: log lines become short notices between its prompts (unless LOG_FORMAT
    // asks for JSON, for a person piping the log somewhere).
    const notices = !config.DISCORD_TOKEN && !config.SLACK_BOT_TOKEN && config.LOG_FORMAT !== 'json' ? new ConsoleLog() : undefined;
    try {
      await start(config, loggerFor(config, notices?.stream), { ...(notices ? { notices } : {}) });
    } catch (err) {
      if (err instanceof ConfigError || missingFolder(err)) throw err;
      // A bot that cannot run exits non-zero at once; an SDK's pending retry timers must not keep it alive.
      process.stderr.write(`attache: ${(err as Error).message}\n`);
      process.exit(1);
    }
  });

program
  .command('run')
  .description('run one command and print its reply, e.g. attache run "/country Norway"')
  .argument('<command>', 'the command line, quoted')
  .option('--chart <file>', "write the reply's chart (/timeline, /country over several years) to this PNG file")
  .action(async (line: string, opts: { chart?: string }, cmd: Program) => {
    const { config, json } = setup(cmd);
    const { router } = await createApp(config, loggerFor(config));
    const reply = await router.runLine(line.startsWith('/') ? line : `/${line}`, { platform: 'cli' });
    if (json) print(JSON.stringify(replyJson(reply)));
    else
      (reply.status === 'ok' || !reply.status ? process.stdout : process.stderr).write(
        `${renderConsole(reply, { color: Boolean(process.stdout.isTTY) })}\n`,
      );
    if (opts.chart) {
      // Said on stderr, so stdout stays the reply (or its JSON).
      if (!reply.chart) process.stderr.write('No chart: this reply has none (a chart needs events over two years or more).\n');
      else {
        const { renderChartPng } = await import('../charts/renderChart.ts');
        await writeFile(opts.chart, await renderChartPng(reply.chart));
        process.stderr.write(`Chart written to ${opts.chart}\n`);
      }
    }
    // Usage mistakes exit 2, failures 1, like other command-line tools.
    process.exitCode = reply.status === 'usage' ? 2 : reply.status === 'error' ? 1 : 0;
  });

program
  .command('ask')
  .description('answer one question; "-" reads one question a line from stdin and prints one JSON object a line')
  .argument('<question>', 'the question, quoted, or - for stdin')
  .option('--explain', 'show every stage: the analysed question, entities, intent, passages with scores, and why it answered')
  .action(async (question: string, opts: { explain?: boolean }, cmd: Program) => {
    const { config, json } = setup(cmd);
    const { router } = await createApp(config, loggerFor(config));
    // Lines of `ask -` are one conversation, so a follow-up line can lean on the one before it.
    const askOne = (q: string) =>
      router.run('ask', { question: q, ...(opts.explain ? { explain: true } : {}) }, { platform: 'cli', conversationId: 'cli' });
    const asJson = (q: string, reply: Awaited<ReturnType<typeof askOne>>) =>
      JSON.stringify({
        question: q,
        ...replyJson(reply),
        route: reply.answer?.route ?? 'usage',
        answerer: reply.answer?.answerer ?? 'none',
        ...(reply.explain ? { explain: reply.explain } : {}),
      });
    if (question === '-') {
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        const q = line.trim();
        if (q) print(asJson(q, await askOne(q)));
      }
      return;
    }
    const reply = await askOne(question);
    if (json) print(asJson(question, reply));
    else {
      (reply.status === 'usage' ? process.stderr : process.stdout).write(
        `${renderConsole(reply, { color: Boolean(process.stdout.isTTY) })}\n`,
      );
      if (reply.explain) process.stdout.write(`\n${renderExplanation(reply.explain as Explanation)}\n`);
    }
    process.exitCode = reply.status === 'usage' ? 2 : reply.status === 'error' ? 1 : 0;
  });

program
  .command('parse')
  .description('parse article files and print each with the facts drawn from it')
  .argument('<files...>', 'article files (.txt or .md)')
  .action(async (files: string[], _opts, cmd: Program) => {
    const { json } = setup(cmd);
    const articles: Article[] = [];
    const skipped: Array<{ file: string; reason: string }> = [];
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (err) {
        skipped.push({
          file,
          reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot be read (${(err as Error).message})`,
        });
        continue;
      }
      const r = parseFileBytes(bytes, basename(file));
      if (r.ok) articles.push(r.article);
      else skipped.push({ file, reason: r.reason });
    }
    const kb = buildKnowledge(articles, skipped);
    if (json) print(JSON.stringify({ articles: kb.articles.map((a) => articleReport(kb, a)), skipped }));
    else {
      for (const a of kb.articles) print(`${articleReportText(kb, a)}\n`);
      for (const s of skipped) print(`skipped ${s.file}: ${s.reason}`);
    }
    if (articles.length === 0) process.exitCode = 1;
  });

program
  .command('corpus')
  .description('load the corpus folder and print its totals and every skipped file with its reason')
  .action(async (_opts, cmd: Program) => {
    const { config, json } = setup(cmd);
    const { kb } = (await corpusService(config, loggerFor(config)).load()).corpus;
    const totals = corpusTotals(kb);
    print(json ? JSON.stringify({ corpus: config.ATTACHE_CORPUS_DIR, ...totals }) : totalsText(totals, config.ATTACHE_CORPUS_DIR));
  });

addFeedsCommands(program, setup, print);

const digestCmd = program.command('digest').description('show or post a digest now');
digestCmd
  .command('preview')
  .description('what a channel’s digest would say now')
  .option('--channel <id>', 'the subscribed channel (its filters and last digest)')
  .option('--since <date>', 'report articles that arrived after this date (YYYY-MM-DD or ISO time)')
  .option('--at <time>', 'the digest as it would be at this moment (YYYY-MM-DD or YYYY-MM-DDTHH:MM), anniversaries included')
  .action(async (opts: { channel?: string; since?: string; at?: string }, cmd: Program) => {
    const { config, json } = setup(cmd);
    const log = loggerFor(config);
    const store = existsSync(config.ATTACHE_STATE_FILE) ? await StateStore.open(config.ATTACHE_STATE_FILE, log) : undefined;
    const { kb } = (await corpusService(config, log).load()).corpus;
    const sub = store?.data.subscriptions.find((s) => s.channelId === opts.channel);
    if (opts.channel && !sub) throw new ConfigError(`No subscription for channel ${opts.channel}.`);
    const last = store && sub ? lastCoveredUntil(store.data, sub.platform, sub.channelId) : undefined;
    const sinceMs = opts.since ? Date.parse(opts.since) : undefined;
    // ConfigError: a usage mistake (exit 2) with a line that says what to type, never "Invalid time value".
    if (sinceMs !== undefined && Number.isNaN(sinceMs))
      throw new ConfigError(`--since "${opts.since}" is not a date; use YYYY-MM-DD or an ISO time such as 2026-01-01T08:00:00Z.`);
    const since = sinceMs !== undefined ? new Date(sinceMs).toISOString() : last;
    const atMs = opts.at ? Date.parse(opts.at) : Date.now();
    if (Number.isNaN(atMs) || (opts.at && !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/.test(opts.at)))
      throw new ConfigError(`--at "${opts.at}" is not a moment; use YYYY-MM-DD or YYYY-MM-DDTHH:MM.`);
    const filters = { timezone: sub?.timezone ?? config.ATTACHE_TZ, countries: sub?.countries ?? [], topics: sub?.topics ?? [] };
    // Without the registry (a fresh checkout), an undated story arrived when its file did.
    const arrived = (file: string) => {
      try {
        return statSync(join(config.ATTACHE_CORPUS_DIR, file)).mtime.toISOString();
      } catch {
        return undefined;
      }
    };
    const d = composeDigest({
      kb,
      firstSeen: firstSeenOf(store, kb, arrived),
      ...(since ? { since } : {}),
      now: new Date(atMs),
      ...filters,
    });
    const reply = d.reply ?? {
      title: 'Digest preview',
      text: `Nothing to post${since ? ` since ${since}` : ''}.`,
      fields: [],
      citations: [],
    };
    print(
      json
        ? JSON.stringify({ ...replyJson(reply), articleIds: d.articleIds })
        : renderConsole(reply, { color: Boolean(process.stdout.isTTY) }),
    );
  });
digestCmd
  .command('run-once')
  .description('post every digest that is due now, then exit (for an external scheduler)')
  .action(async (_opts, cmd: Program) => {
    const { config } = setup(cmd);
    try {
      await start(config, loggerFor(config), { once: true });
    } catch (err) {
      process.stderr.write(`attache: ${(err as Error).message}\n`);
      process.exitCode = 1;
    }
    // A post that ran past its deadline may still hold a socket open for a while; its failure is already reported,
    // and a run-once should end when its work is done, not when the platform's client gives up.
    process.exit();
  });

program
  .command('ingest')
  .description('copy article files into the corpus folder, skipping bad files and stories it already has')
  .argument('<paths...>', 'files or folders')
  .action(async (paths: string[], _opts, cmd: Program) => {
    const { config, json } = setup(cmd);
    const result = await ingest(paths, config.ATTACHE_CORPUS_DIR);
    if (json) print(JSON.stringify(result));
    else {
      for (const a of result.added) print(`added ${a}`);
      for (const s of result.skipped) print(`skipped ${s.file}: ${s.reason}`);
      print(`${result.added.length} added, ${result.skipped.length} skipped.`);
    }
    // A path that is not there is a mistake to see in the exit code, not a skipped file among others.
    if (result.skipped.some((s) => s.reason === 'no such file')) process.exitCode = 1;
  });

program
  .command('register')
  .description('register the slash commands on Discord: to DISCORD_GUILD_ID when set (instant), else globally')
  .action(async (_opts, cmd: Program) => {
    const { config } = setup(cmd);
    if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID)
      throw new ConfigError('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register the Discord commands.');
    const { registerDiscordCommands } = await import('../adapters/discord/register.ts');
    const { scope, count } = await registerDiscordCommands(commands, {
      token: config.DISCORD_TOKEN,
      applicationId: config.DISCORD_APPLICATION_ID,
      ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}),
      ...(config.ATTACHE_DISCORD_API_URL ? { apiUrl: config.ATTACHE_DISCORD_API_URL } : {}),
    });
    print(`Registered ${count} commands (${scope}).`);
  });

/** The folder a command was pointed at does not exist (ENOENT on the folder itself). */
function missingFolder(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException;
  return e?.code === 'ENOENT' && e.syscall === 'scandir' && e.path ? e.path : undefined;
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const folder = missingFolder(err);
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 2;
  } else if (folder) {
    process.stderr.write(
      `attache: there is no corpus folder at ${folder}. Create it, set ATTACHE_CORPUS_DIR in .env, or pass --corpus DIR.\n`,
    );
    process.exitCode = 2;
  } else {
    // The last resort for start-up failures (unreadable corpus folder): a line, not a stack trace.
    process.stderr.write(`attache: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
