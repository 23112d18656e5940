// The corpus as a user's process holds it: the CLI, a fresh process per step, the way issue #12 measured it. Each
// step's wall time and peak resident memory (the child reports its own maxRSS as it exits).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ms, pct } from './figures.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'attache.mjs');
const REPORT = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxRSS "+process.resourceUsage().maxRSS+"\\n"))';

export interface CliProcessFigures {
  /** `attache corpus` with no snapshot: read, parse, extract, index, write the snapshot. */
  coldMs: number;
  coldRssMb: number;
  /** `attache corpus` again: from the snapshot. */
  warmMs: number;
  warmRssMb: number;
  /** `attache ask -` with the questions on stdin, from the snapshot. */
  questions: number;
  askMs: number;
  askRssMb: number;
  /** (askMs − warmMs) / questions: a question's own time, printing included. */
  perQuestionMs: number;
}

function run(args: string[], env: NodeJS.ProcessEnv, input?: string): { ms: number; rssMb: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', REPORT, BIN, ...args], { env, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  const kb = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1]);
  if (r.status !== 0 || !kb) throw new Error(`attache ${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
  return { ms: Math.round(ms), rssMb: Math.round(kb / 1024) };
}

/** Cold and warm `attache corpus`, then `attache ask -` with the questions, over the corpus folder `dir`. */
export function cliProcessFigures(dir: string, questions: string[]): CliProcessFigures {
  const state = mkdtempSync(join(tmpdir(), 'attache-bench-state-'));
  const env = { ...process.env, LOG_LEVEL: 'silent', ATTACHE_STATE_FILE: join(state, 'state.json') };
  try {
    const cold = run(['corpus', '--corpus', dir], env);
    const warm = run(['corpus', '--corpus', dir], env);
    const ask = run(['ask', '-', '--corpus', dir], env, questions.join('\n') + '\n');
    return {
      coldMs: cold.ms,
      coldRssMb: cold.rssMb,
      warmMs: warm.ms,
      warmRssMb: warm.rssMb,
      questions: questions.length,
      askMs: ask.ms,
      askRssMb: ask.rssMb,
      perQuestionMs: ms((ask.ms - warm.ms) / questions.length),
    };
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
}

// The CLI as a user runs it, a fresh process each time (median of five): platform SDKs and the model client are
// imported only by the commands that use them.
export function cliMs(args: string[]): number {
  const xs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    spawnSync(process.execPath, [BIN, ...args], {
      stdio: 'ignore',
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    xs.push(performance.now() - t);
  }
  return ms(pct(xs, 50));
}
