import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import type { Command as Program } from 'commander';
import { ConfigError, type Config } from '../app/config.ts';
import { everyMs, readFeedsFile, type Feed } from '../feeds/feedsFile.ts';
import { USER_AGENT } from '../feeds/userAgent.ts';
import { loggerFor } from '../app/log.ts';
import { StateStore } from '../store/stateStore.ts';

type Setup = (cmd: Program) => { config: Config; json: boolean };

const FEEDS_OPTION = ['--feeds <file>', 'the feeds file (default data/feeds.json, env ATTACHE_FEEDS_FILE)'] as const;

/** What every feeds subcommand starts from: the configuration and the feeds of the file it was pointed at. */
async function feedsSetup(setup: Setup, opts: { feeds?: string }, cmd: Program): Promise<{ config: Config; json: boolean; feeds: Feed[] }> {
  const { config, json } = setup(cmd);
  return { config, json, feeds: await feedsOf(opts.feeds ?? config.ATTACHE_FEEDS_FILE) };
}

/** `attache feeds poll` and `attache feeds status`. */
export function addFeedsCommands(program: Program, setup: Setup, print: (s: string) => void): void {
  const feedsCmd = program.command('feeds').description('follow the news agencies’ RSS/Atom feeds into the corpus folder');
  feedsCmd
    .command('poll')
    .description('poll every feed once, write the new articles into the corpus folder, and say what each feed gave')
    .option(...FEEDS_OPTION)
    .action(async (opts: { feeds?: string }, cmd: Program) => {
      const { config, json, feeds } = await feedsSetup(setup, opts, cmd);
      const store = await StateStore.open(config.ATTACHE_STATE_FILE, loggerFor(config));
      await mkdir(config.ATTACHE_CORPUS_DIR, { recursive: true });
      // Loaded here: the feed parser and the page reader (linkedom) cost a quarter second other commands need not pay.
      const { pollFeeds, pollLine } = await import('../feeds/pollFeeds.ts');
      const polls = await pollFeeds(feeds, store, { corpusDir: config.ATTACHE_CORPUS_DIR, userAgent: USER_AGENT });
      print(json ? JSON.stringify({ feeds: polls }) : polls.map(pollLine).join('\n'));
      // Some feeds failing is a day on the internet; all of them failing is worth an exit code.
      if (polls.length && polls.every((p) => p.status === 'error')) process.exitCode = 1;
    });
  feedsCmd
    .command('status')
    .description('each feed’s last success, last error, articles taken and next poll')
    .option(...FEEDS_OPTION)
    .action(async (opts: { feeds?: string }, cmd: Program) => {
      const { config, json, feeds } = await feedsSetup(setup, opts, cmd);
      const state = existsSync(config.ATTACHE_STATE_FILE)
        ? (await StateStore.open(config.ATTACHE_STATE_FILE, loggerFor(config))).data.feeds
        : {};
      const rows = feeds.map((f) => {
        const s = state[f.name];
        const next = s?.lastPoll ? new Date(Date.parse(s.lastPoll) + everyMs(f)).toISOString() : 'at the next start';
        return {
          name: f.name,
          url: f.url,
          every: f.every,
          lastSuccess: s?.lastSuccess ?? null,
          lastError: s?.lastError ?? null,
          taken: s?.taken ?? 0,
          nextPoll: next,
        };
      });
      print(
        json
          ? JSON.stringify({ feeds: rows })
          : rows
              .map(
                (r) =>
                  `${r.name}: last success ${r.lastSuccess ?? 'never'}; last error ${r.lastError ?? 'none'}; ${r.taken} articles taken; next poll ${r.nextPoll} (every ${r.every})`,
              )
              .join('\n'),
      );
    });
}

/** The feeds of a feeds file, its bad entries named on stderr; a missing file is a usage mistake (exit 2). */
async function feedsOf(file: string): Promise<Feed[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConfigError(
      `No feeds file at ${file}. Copy data/feeds.example.json to data/feeds.json (or set ATTACHE_FEEDS_FILE, or pass --feeds FILE).`,
    );
  }
  const { feeds, problems } = readFeedsFile(text);
  for (const p of problems) process.stderr.write(`attache: ${file}: ${p} (skipped)\n`);
  if (!feeds.length) throw new ConfigError(`${file} lists no usable feed.`);
  return feeds;
}
