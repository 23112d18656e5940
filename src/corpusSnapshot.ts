import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { listArticleFiles } from './corpus/loadCorpus.ts';
import type { ArticleFacts } from './knowledge/extractArticle.ts';

/** Bump when ArticleFacts or the index change shape: an old snapshot is then ignored and rebuilt. */
export const SNAPSHOT_VERSION = 1;

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
  index: string;
}

/** A fingerprint of a corpus folder that changes whenever a file is added, removed, resized or touched. */
export async function corpusSignature(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const path of await listArticleFiles(dir)) {
    const info = await stat(path);
    hash.update(`${relative(dir, path)}\t${info.size}\t${info.mtimeMs}\n`);
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
