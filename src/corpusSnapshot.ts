import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { listArticleFiles } from './corpus/loadCorpus.ts';
import type { ArticleFacts } from './knowledge/extractArticle.ts';

/** Bump when ArticleFacts or the index change shape: an old snapshot is then ignored and rebuilt. */
export const SNAPSHOT_VERSION = 2;

export interface SnapshotEntry {
  file: string;
  mtimeMs: number;
  facts?: ArticleFacts;
  skipped?: string;
}

export interface CorpusSnapshot {
  version: number;
  /** What the corpus folder looked like: names, sizes and times of its files. */
  signature: string;
  entries: SnapshotEntry[];
  /** MiniSearch's own JSON shape, kept as an object so it is parsed once with the rest. */
  index: unknown;
}

/** A fingerprint of a corpus folder that changes whenever a file is added, removed, resized or touched. */
export async function corpusSignature(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const paths = await listArticleFiles(dir);
  // Stat in parallel batches: one at a time is most of a warm start at 10k files.
  for (let i = 0; i < paths.length; i += 256) {
    const batch = paths.slice(i, i + 256);
    const infos = await Promise.all(batch.map((p) => stat(p)));
    batch.forEach((p, k) => hash.update(`${relative(dir, p)}\t${infos[k]!.size}\t${infos[k]!.mtimeMs}\n`));
  }
  return hash.digest('hex');
}

/** The snapshot, if there is one for exactly this corpus folder; anything else (absent, stale, damaged) is none. */
export async function readSnapshot(file: string, dir: string): Promise<CorpusSnapshot | undefined> {
  try {
    const snap = JSON.parse(await readFile(file, 'utf8')) as CorpusSnapshot;
    if (snap.version !== SNAPSHOT_VERSION) return undefined;
    if (snap.signature !== (await corpusSignature(dir))) return undefined;
    return snap;
  } catch {
    return undefined;
  }
}

/** Write a snapshot atomically (temporary file, then rename). */
export async function writeSnapshot(file: string, snap: CorpusSnapshot): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(snap));
  await rename(tmp, file);
}
