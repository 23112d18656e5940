import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import Tinypool from 'tinypool';
import { inBatches } from '../corpus/loadCorpus.ts';
import { defaultGazetteer } from './buildKnowledge.ts';
import { drawFile, type DrawnFile } from './drawFile.ts';
import { passagesOf } from './extractArticle.ts';

/** Below this many files a worker's start-up (loading the extractors) costs more than it saves. */
const WORKERS_FROM = 300;
/** Files per task: large enough that messaging is a small share, small enough that the threads finish together. */
const BATCH = 100;

export interface DrawOptions {
  /** Threads to draw with; 1 draws in this thread. Default: see defaultThreads. */
  threads?: number;
  /** Told when the threads could not be used and the files were drawn in this thread instead. */
  onFallback?: (err: Error) => void;
  /** Fewest files for which threads are used (default WORKERS_FROM); a test sets it lower. */
  workersFrom?: number;
}

/**
 * Read, parse and draw the facts of many corpus files, in order, spread over the cores: parsing and extraction are
 * pure and most of a cold start. A file that is gone is left out.
 */
export async function drawFiles(dir: string, paths: string[], options: DrawOptions = {}): Promise<DrawnFile[]> {
  const batch = Math.min(BATCH, Math.ceil(paths.length / 2));
  const threads = Math.min(options.threads ?? defaultThreads(), Math.ceil(paths.length / batch));
  if (threads < 2 || paths.length < (options.workersFrom ?? WORKERS_FROM)) return inThisThread(dir, paths);
  try {
    return await inWorkers(dir, paths, threads, batch);
  } catch (err) {
    // A pool that cannot start (an unusual loader, a locked-down runtime) only costs speed.
    options.onFallback?.(err as Error);
    return inThisThread(dir, paths);
  }
}

/**
 * One thread per core (one per core but one from four cores up, leaving the main thread a core). Measured on a 2-core
 * machine (10k articles, compiled): this thread alone 11.6-12.2 s, two worker threads 9.4-10.0 s. Not 2x: V8's
 * garbage collector already runs beside a single thread on the second core.
 */
function defaultThreads(): number {
  const cores = availableParallelism();
  return cores >= 4 ? cores - 1 : cores;
}

async function inThisThread(dir: string, paths: string[]): Promise<DrawnFile[]> {
  const drawn = await inBatches(paths, (path) => drawFile(path, relative(dir, path), defaultGazetteer()));
  return drawn.filter((d): d is DrawnFile => d !== undefined);
}

async function inWorkers(dir: string, paths: string[], threads: number, batch: number): Promise<DrawnFile[]> {
  const pool = new Tinypool({ ...workerEntry(), minThreads: threads, maxThreads: threads });
  try {
    const batches: string[][] = [];
    for (let i = 0; i < paths.length; i += batch) batches.push(paths.slice(i, i + batch));
    const results = (await Promise.all(batches.map((b) => pool.run({ dir, paths: b })))) as Array<Array<DrawnFile | undefined>>;
    return results
      .flat()
      .flatMap((d) => (d === undefined ? [] : [d.facts ? { ...d, facts: { ...d.facts, passages: passagesOf(d.facts.article) } } : d]));
  } finally {
    await pool.destroy();
  }
}

/** The worker's file: the compiled one beside a compiled build, else a shim that loads the TypeScript through tsx. */
function workerEntry(): { filename: string } {
  const fromSource = import.meta.url.endsWith('.ts');
  return { filename: new URL(fromSource ? './drawWorkerSource.mjs' : './drawWorker.js', import.meta.url).href };
}
