// `npm run eval`: the question set through the real router over seeds + dev corpus; per-question results and totals.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerQuestion } from '../src/answer/answerQuestion.ts';
import { loadServices } from '../src/loadServices.ts';
import { foldWords } from '../src/text/fold.ts';

interface EvalQuestion {
  question: string;
  expect: string[];
  sources: string[];
  answerable?: boolean;
}

const ROOT = join(import.meta.dirname, '..');
const questions = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'eval', 'questions.json'), 'utf8')) as EvalQuestion[];
const dir = mkdtempSync(join(tmpdir(), 'attache-eval-'));
cpSync(join(ROOT, 'test', 'fixtures', 'seeds'), dir, { recursive: true });
cpSync(join(ROOT, 'test', 'fixtures', 'corpus-dev'), dir, { recursive: true });
const services = await loadServices(dir);

let factRight = 0, answerable = 0, refused = 0, unanswerable = 0, cited = 0, citedRight = 0, falseRefusals = 0;
const latencies: number[] = [];
const routes = new Map<string, number>();
for (const q of questions) {
  const t = performance.now();
  const reply = await answerQuestion(q.question, services);
  latencies.push(performance.now() - t);
  const route = reply.answer?.route ?? '?';
  routes.set(route, (routes.get(route) ?? 0) + 1);
  const text = foldWords(reply.text);
  const files = reply.citations.map((c) => c.file);
  if (q.answerable === false) {
    unanswerable++;
    const ok = reply.citations.length === 0;
    if (ok) refused++;
    console.log(`${ok ? 'ok  ' : 'MISS'} [refuse] ${q.question} → ${ok ? 'not covered' : reply.text.split('\n')[0]}`);
    continue;
  }
  answerable++;
  const factOk = q.expect.every((e) => text.includes(foldWords(e)));
  if (factOk) factRight++;
  if (reply.citations.length === 0) falseRefusals++;
  for (const f of files) {
    cited++;
    if (q.sources.some((s) => f.startsWith(s))) citedRight++;
  }
  console.log(`${factOk ? 'ok  ' : 'MISS'} [${route}] ${q.question} → ${reply.text.split('\n')[0]!.slice(0, 100)} (${files.map((f) => f.slice(0, 7)).join(', ') || 'no citation'})`);
}
const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
console.log('\ntotals');
console.log(`  fact accuracy        ${factRight}/${answerable} (${((100 * factRight) / answerable).toFixed(1)}%)`);
console.log(`  citation precision   ${citedRight}/${cited} (${cited ? ((100 * citedRight) / cited).toFixed(1) : '—'}%) cited articles that hold the answer`);
console.log(`  refusals             ${refused}/${unanswerable} unanswerable questions answered "not covered"; ${falseRefusals} answerable ones refused`);
console.log(`  routes               ${[...routes].map(([r, n]) => `${r} ${n}`).join(', ')}`);
console.log(`  latency              p50 ${pct(50)} ms, p99 ${pct(99)} ms`);
