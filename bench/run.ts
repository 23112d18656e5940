// `npm run bench`: figures and ratios measured in one run on this machine, printed as a table and written to
// bench/out/results.json. Nothing is asserted; compare runs on the same machine. BENCH_SIZES=1000,10000,100000.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { commands } from '../commands/index.ts';
import { Router } from '../src/app/router.ts';
import { inBatches, listArticleFiles, parseFileBytes, readArticleFile } from '../src/corpus/loadCorpus.ts';
import { assembleKnowledge, defaultGazetteer } from '../src/knowledge/buildKnowledge.ts';
import { extractArticle } from '../src/knowledge/extractArticle.ts';
import { createLogger } from '../src/app/log.ts';
import { PassageIndex } from '../src/search/passageIndex.ts';
import { fold } from '../src/text/fold.ts';
import { generateCorpus } from './generateCorpus.ts';
import { CorpusService } from '../src/app/corpusService.ts';
import { warmUp } from '../src/answer/answerQuestion.ts';
import { burstFigures } from './burstFigures.ts';
import { cliMs, cliProcessFigures } from './cliProcess.ts';
import { ms, pct } from './figures.ts';
import { feedPollFigures } from './feedPoll.ts';
import { slackLoad } from './slackLoad.ts';
import { mulberry32 } from './syntheticCorpus.ts';
import { targetTable, type Results } from './targetTable.ts';

const OUT = join(import.meta.dirname, 'out');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const log = createLogger('silent');
const mb = (n: number) => Math.round(n / 1024 / 1024);
async function time<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}
async function latencies(
  n: number,
  make: (i: number) => string,
  run: (line: string) => Promise<unknown>,
): Promise<{ p50: number; p99: number }> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push((await time(() => run(make(i))))[1]);
  return { p50: ms(pct(xs, 50)), p99: ms(pct(xs, 99)) };
}

// Pathological input: parsed or rejected in well under a second.
const pathological: Record<string, number> = {};
for (const [name, bytes] of [
  ['one 5 MB line', Buffer.from('Hanoi (VNA) – ' + 'word '.repeat(1_000_000))],
  ['300,000 dashes', Buffer.from('Title\n\n' + '—'.repeat(200_000) + '\n\n' + '— – - '.repeat(100_000))],
] as const) {
  const [, t] = await time(() => parseFileBytes(bytes, name));
  pathological[name] = ms(t);
  console.log(`pathological: ${name} handled in ${ms(t)} ms`);
}

const machine = { cores: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version };
const results: Record<string, unknown> = { pathologicalMs: pathological, date: new Date().toISOString(), machine, sizes: {} };
const rows: string[][] = [];
/** Per size, the questions the CLI process is asked once the build is made (below). */
const cliQuestions = new Map<number, string[]>();

for (const size of SIZES) {
  const dir = join(OUT, `corpus-${size}`);
  if (!existsSync(dir) || readdirSync(dir).length !== size) {
    const [, genMs] = await time(() => generateCorpus(dir, size));
    console.log(`generated ${size} articles in ${ms(genMs / 1000)} s`);
  }
  // The cold start a user waits for: the corpus service reads, parses and extracts over worker threads, then builds
  // the index. Measured first, with nothing else held, then let go; the breakdown below is the same work in this
  // thread, step by step.
  const [, coldMs] = await time(() => new CorpusService(dir, log).load());
  console.log(`size ${size}: cold start through the corpus service ${ms(coldMs)} ms`);
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const files = await listArticleFiles(dir);
  const [articles, parseMs] = await time(async () => {
    const results = await inBatches(files, (f) => readArticleFile(f, f.slice(dir.length + 1)));
    return results.flatMap((r) => (r.ok ? [r.article] : []));
  });
  const g = defaultGazetteer();
  const [facts, extractMs] = await time(() => articles.map((a) => extractArticle(a, g)));
  const [kb, assembleMs] = await time(() => assembleKnowledge(facts, [], g));
  const [index, indexMs] = await time(() => new PassageIndex(kb));
  globalThis.gc?.();
  const mem = process.memoryUsage();
  const services = { kb, index, version: 'bench' };
  // As the bot does at start: the per-corpus tables questions read are built before the first question.
  warmUp(services);
  const router = new Router(commands, () => services, log);
  const run = (line: string) => router.runLine(line, { platform: 'cli' });
  const rand = mulberry32(size);
  const countries = [...new Set(Object.values(kb.partners).flat())].map((c) => kb.gazetteer.get(c)!.name);
  const people = kb.people.map((p) => p.name);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  // Fewer samples at 100k, where one /country can take a second; p99 of 50 is then the worst but one.
  const N = size >= 100_000 ? 50 : 200;
  const question = () =>
    pick([
      `When were Vietnam–${pick(countries)} diplomatic ties established?`,
      `What did Vietnam and ${pick(countries)} discuss about ${pick(['trade', 'tourism', 'green transition'])}?`,
      `Who is ${pick(people)}?`,
    ]);
  const lookups = {
    country: await latencies(N, () => `/country ${pick(countries)}`, run),
    person: await latencies(N, () => `/person ${pick(people)}`, run),
    timeline: await latencies(N, () => `/timeline country:${pick(countries)}`, run),
    agreements: await latencies(N, () => `/agreements ${pick(countries)}`, run),
    search: await latencies(
      N,
      () => `/search ${pick(['green transition', 'visa exemption', 'digital transformation', 'trade', 'ambassador'])} ${pick(countries)}`,
      run,
    ),
    ask: await latencies(N, () => `/ask ${question()}`, run),
  };
  globalThis.gc?.();
  const rssAnswering = process.memoryUsage().rss;
  console.log(
    `size ${size}: cold ${ms(parseMs)}/${ms(extractMs)}/${ms(assembleMs)}/${ms(indexMs)} ms, RSS ${mb(mem.rss)} MB, latency ${JSON.stringify(lookups)}`,
  );
  // Search libraries side by side on this corpus's passages, with a naive scan as the floor.
  const docs = kb.passages.map((p) => p.text);
  const queries = [
    'visa exemption',
    'Norwegian ambassador',
    'green transition Norway',
    'digital transformation cooperation',
    'free trade agreement',
    'climate change support',
    'tourism Japan',
    'renewable energy',
  ];
  const tokenize = (s: string) =>
    fold(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1);
  async function lib(name: string, build: () => (q: string) => unknown[]) {
    const [search, buildMs] = await time(build);
    const xs: number[] = [];
    for (let r = 0; r < 10; r++) for (const q of queries) xs.push((await time(() => search(q)))[1]);
    return { name, buildMs: ms(buildMs), p50: ms(pct(xs, 50)), p99: ms(pct(xs, 99)) };
  }
  const libs = [
    await lib('minisearch', () => {
      const m = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], tokenize, processTerm: (t) => t });
      m.addAll(docs.map((text, id) => ({ id, text })));
      return (q) => m.search(q, { combineWith: 'OR', prefix: (t) => t.length >= 5, fuzzy: (t) => (t.length >= 6 ? 0.15 : 0) });
    }),
    await lib('flexsearch', () => {
      const f = new FlexSearch.Index({
        tokenize: 'forward',
        resolution: 9,
        encoder: new FlexSearch.Encoder({ normalize: false, dedupe: false, prepare: fold, split: /[^\p{L}\p{N}]+/u }),
      });
      docs.forEach((text, id) => f.add(id, text));
      return (q) => f.search(q, { limit: 200, suggest: true }) as unknown[];
    }),
    await lib('naive scan', () => {
      const folded = docs.map((d) => fold(d));
      return (q) => {
        const words = tokenize(q);
        return folded.filter((d) => words.some((w) => d.includes(w)));
      };
    }),
  ];
  // Warm start: a second start over the unchanged folder reads the snapshot the first one wrote.
  const snapFile = join(OUT, `snapshot-${size}.json`);
  rmSync(snapFile, { force: true });
  await new CorpusService(dir, log, { snapshotFile: snapFile }).load();
  globalThis.gc?.();
  const [warm, warmMs] = await time(() => new CorpusService(dir, log, { snapshotFile: snapFile }).load());
  // What the bot does next, before its first question: the NLP model and the lookup tables (warmUp).
  const [, warmUpMs] = await time(() => warmUp({ ...warm.corpus }));
  console.log(`size ${size}: warm start ${ms(warmMs)} ms, then warm-up ${ms(warmUpMs)} ms`);
  if (!warm.fromSnapshot) console.log(`size ${size}: the warm start did not find a snapshot (see the log)`);
  // One new article dropped into the running corpus folder, until /search finds it (the watcher waits 150 ms for
  // the file to stop growing, then the article is parsed, extracted and indexed in place).
  await warm.watch();
  const newFile = join(dir, 'zz_new_article.txt');
  const t0 = performance.now();
  writeFileSync(
    newFile,
    `Vietnam, Iceland talk geothermal energy\n\nHanoi (VNA) – Deputy Minister of Foreign Affairs Lê Thị Thu Hằng received Icelandic Ambassador Ragnar Sigurdsson on March 3 to discuss geothermal energy.\n`,
  );
  while (!warm.corpus.index.search('geothermal Icelandic', 5).some((h) => h.passage.articleId === 'zz_new_article'))
    await new Promise((r) => setTimeout(r, 5));
  const ingestMs = performance.now() - t0;
  // The first question after the change reads the new version's statistics, which the change updated in place.
  const liveRouter = new Router(commands, () => ({ ...warm.corpus, version: 'bench' }), log);
  const [, askAfterChangeMs] = await time(() =>
    liveRouter.runLine('/ask What did Vietnam and Iceland discuss about geothermal energy?', { platform: 'cli' }),
  );
  rmSync(newFile);
  // A burst like a feed poll or `cp *.txt`: 2,000 files copied in at once, then 1,000 of them deleted at once; the
  // time until the running corpus holds exactly the folder again.
  if (size === SIZES[0]) results.burst = await burstFigures(warm, dir, OUT);
  await warm.close();
  const base = libs[0]!;
  results.sizes = {
    ...(results.sizes as object),
    [size]: {
      articles: kb.articles.length,
      passages: kb.passages.length,
      coldStartMs: {
        parse: ms(parseMs),
        extract: ms(extractMs),
        assemble: ms(assembleMs),
        index: ms(indexMs),
        inOneThread: ms(parseMs + extractMs + assembleMs + indexMs),
        total: ms(coldMs),
      },
      warmStartMs: ms(warmMs),
      warmUpMs: ms(warmUpMs),
      memoryMb: { rss: mb(mem.rss), rssAnswering: mb(rssAnswering), heap: mb(mem.heapUsed), heapForCorpus: mb(mem.heapUsed - heap0) },
      latencyMs: lookups,
      ingestOneMs: ms(ingestMs),
      askAfterChangeMs: ms(askAfterChangeMs),
      searchLibraries: libs.map((l) => ({ ...l, buildRatio: ms(l.buildMs / base.buildMs), p50Ratio: ms(l.p50 / base.p50) })),
    },
  };
  cliQuestions.set(size, Array.from({ length: 100 }, question));
  rows.push([
    String(size),
    `${ms(coldMs / 1000)} s`,
    `${ms(warmMs / 1000)} s`,
    `${ms(parseMs / 1000)}/${ms(extractMs / 1000)}/${ms((assembleMs + indexMs) / 1000)} s`,
    `${mb(mem.rss)}/${mb(rssAnswering)} MB`,
    `${lookups.country.p99}/${lookups.person.p99}/${lookups.timeline.p99}/${lookups.agreements.p99}`,
    `${lookups.search.p50}/${lookups.search.p99}`,
    `${lookups.ask.p50}/${lookups.ask.p99}`,
    `${ms(ingestMs)}`,
  ]);
  console.log(
    `size ${size}: search libraries (build ms, query p50/p99 ms): ${libs.map((l) => `${l.name} ${l.buildMs} ${l.p50}/${l.p99}`).join(' · ')}`,
  );
}

// What a user runs after `npm install`: the compiled build (the prepare script), made fresh for the figures.
spawnSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build.mjs')], { stdio: 'ignore' });
results.cli = { helpMs: cliMs(['--help']), askBundledMs: cliMs(['ask', 'Who is Norway’s ambassador to Vietnam?']) };
// Each corpus as the CLI holds it in a process of its own, as a user runs it: memory without this bench's own.
for (const [size, questions] of cliQuestions) {
  const figures = cliProcessFigures(join(OUT, `corpus-${size}`), questions);
  (results.sizes as Record<number, Record<string, unknown>>)[size]!.cliProcess = figures;
  console.log(`cli process, ${size} articles: ${JSON.stringify(figures)}`);
}
console.log(
  `cli: attache --help ${(results.cli as { helpMs: number }).helpMs} ms, one attache ask on the bundled corpus ${(results.cli as { askBundledMs: number }).askBundledMs} ms (median of 5)`,
);

const feed = await feedPollFigures();
results.feedPoll = feed;
console.log(
  `feeds: one poll of a ${feed.items}-item feed took ${feed.taken} articles in ${feed.wallMs} ms (RSS ${feed.rssMb} MB); pages: title exact ${feed.titleExact}/50, body complete ${feed.bodyComplete}/50, no chrome ${feed.chromeFree}/50`,
);

const load = await slackLoad([100, 500]);
results.slackLoad = load;
mkdirSync(OUT, { recursive: true });
const previous = existsSync(join(OUT, 'results.json'))
  ? (JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8')) as Results)
  : undefined;
writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2));
console.log(`\n${targetTable(results as unknown as Results, previous).join('\n')}`);
const head = [
  'articles',
  'cold start',
  'warm start',
  'parse/extract/index (one thread)',
  'RSS loaded/answering',
  'lookup p99 c/p/t/a ms',
  '/search p50/p99 ms',
  '/ask p50/p99 ms',
  'ingest one ms',
];
const table = [head, ...rows].map((r) => `| ${r.join(' | ')} |`);
table.splice(1, 0, `|${head.map(() => '---').join('|')}|`);
console.log(`\n${table.join('\n')}`);
if (results.burst) console.log(`live corpus burst: ${JSON.stringify(results.burst)}`);
for (const l of load)
  console.log(
    `slack load: ${l.kind} ×${l.concurrency}: ack p50 ${l.ackP50} ms, p99 ${l.ackP99} ms, errors ${l.errors}, answers ${l.answered}/${l.concurrency}`,
  );
console.log(
  `\nmachine: ${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}; written to bench/out/results.json`,
);
