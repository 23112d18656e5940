// `npm run bench`: figures and ratios measured in one run on this machine. Nothing here is asserted; compare
// runs on the same machine, not absolute numbers across machines.
import { join } from 'node:path';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { loadCorpus, parseFileBytes } from '../src/corpus/loadCorpus.ts';
import { buildKnowledge } from '../src/knowledge/buildKnowledge.ts';
import { PassageIndex } from '../src/search/passageIndex.ts';
import { fold } from '../src/text/fold.ts';
import { syntheticPassages } from './syntheticCorpus.ts';

const ROOT = join(import.meta.dirname, '..');
const DEV = join(ROOT, 'test', 'fixtures', 'corpus-dev');
const SEEDS = join(ROOT, 'test', 'fixtures', 'seeds');
const DOCS = Number(process.env.BENCH_DOCS ?? 20_000);

const ms = (t: number) => `${t.toFixed(1)} ms`;
const heapMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

// 1. Corpus: load and build the knowledge base.
const t0 = performance.now();
const dev = await loadCorpus(DEV);
const loadMs = performance.now() - t0;
const [kb, buildMs] = time(() => buildKnowledge(dev.articles, dev.skipped));
console.log(`corpus: ${dev.articles.length} dev articles loaded in ${ms(loadMs)}, knowledge built in ${ms(buildMs)} (${ms(buildMs / dev.articles.length)} per article)`);

// 2. Pathological input: must be parsed or rejected in well under a second.
const line = Buffer.from('Hanoi (VNA) – ' + 'word '.repeat(1_000_000));
const dashes = Buffer.from('Title\n\n' + '—'.repeat(200_000) + '\n\n' + '— – - '.repeat(100_000));
for (const [name, bytes] of [['one 5 MB line', line], ['300,000 dashes', dashes]] as const) {
  const [r, t] = time(() => parseFileBytes(bytes, name));
  console.log(`pathological: ${name} → ${r.ok ? 'parsed' : `rejected (${r.reason})`} in ${ms(t)}`);
}

// 3. Search libraries on the same synthetic passages, folded the same way.
const docs = syntheticPassages(kb.passages.map((p) => p.text), DOCS);
const queries = ['visa exemption', 'Norwegian ambassador', 'green transition Norway', 'digital transformation cooperation', 'Hằng Rudenko political consultation', 'free trade agreement EFTA', 'Pham Binh Minh Laos', 'climate change support'];
const tokenize = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);

function measure(name: string, build: () => (q: string) => unknown[]) {
  const before = heapMb();
  const [search, buildTime] = time(build);
  const heap = heapMb() - before;
  const lat: number[] = [];
  for (let r = 0; r < 20; r++) for (const q of queries) lat.push(time(() => search(q))[1]);
  console.log(`search ${name}: ${DOCS} docs built in ${ms(buildTime)}, heap +${heap.toFixed(0)} MB, query median ${ms(percentile(lat, 50))}, p99 ${ms(percentile(lat, 99))}`);
  return { buildTime, median: percentile(lat, 50) };
}

const mini = measure('minisearch', () => {
  const m = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], tokenize, processTerm: (t) => t });
  m.addAll(docs.map((text, id) => ({ id, text })));
  return (q) => m.search(q, { combineWith: 'OR', prefix: (t) => t.length >= 5, fuzzy: (t) => (t.length >= 6 ? 0.15 : 0) });
});
const flex = measure('flexsearch', () => {
  const f = new FlexSearch.Index({ tokenize: 'forward', resolution: 9, encoder: new FlexSearch.Encoder({ normalize: false, dedupe: false, prepare: fold, split: /[^\p{L}\p{N}]+/u }) });
  docs.forEach((text, id) => f.add(id, text));
  return (q) => f.search(q, { limit: 200, suggest: true }) as unknown[];
});
console.log(`ratios flexsearch/minisearch: build ${(flex.buildTime / mini.buildTime).toFixed(2)}, query median ${(flex.median / mini.median).toFixed(2)}`);

// 4. Our index over the real corpus: relevance where the answer is known.
const seedKb = buildKnowledge((await loadCorpus(SEEDS)).articles);
const index = new PassageIndex(seedKb);
const top = index.searchArticles('visa exemption', 2).map((h) => h.articleId.slice(0, 3)).sort();
console.log(`relevance: /search visa exemption top 2 = ${top.join(', ')} (expected 002, 003)`);
