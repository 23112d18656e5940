import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { parseArticle, type ParseResult } from './parseArticle.ts';
import type { Article, SkippedFile } from './types.ts';
import { dedupeStories } from './dedupeStories.ts';

/** Largest article file read; news articles are a few kilobytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.text']);

/** Why these bytes are not an article's text, or undefined when they may be one. */
export function rejectBytes(bytes: Buffer): string | undefined {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') return 'empty file';
  if (bytes.length > MAX_ARTICLE_BYTES)
    return `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB (${(bytes.length / 1024 / 1024).toFixed(1)} MB)`;
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return 'binary file (contains NUL bytes)';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not UTF-8 text';
  }
  return undefined;
}

/** Parse one file's bytes, or say in one line why it was skipped. */
export function parseFileBytes(bytes: Buffer, file: string): ParseResult {
  const bad = rejectBytes(bytes);
  if (bad) return { ok: false, reason: bad };
  try {
    return parseArticle(bytes.toString('utf8'), { file });
  } catch (err) {
    // A parser bug on one strange file must not stop the load; the reason says what happened.
    return { ok: false, reason: `could not be parsed: ${(err as Error).message}` };
  }
}

/** Article files below a folder, sorted; hidden files and runtime state are not articles. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !/^state\.json/.test(e.name))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

/** A corpus file with what its directory entry says of it. */
export interface FileStat {
  path: string;
  /** Relative to the corpus folder. */
  file: string;
  size: number;
  mtimeMs: number;
}

/**
 * Every article file of a folder with its size and modification time, stat'ed in parallel batches (one at a time
 * was most of a warm start at 10k files); a file gone between the listing and its stat is left out.
 */
export async function statArticleFiles(dir: string): Promise<FileStat[]> {
  const paths = await listArticleFiles(dir);
  const out: FileStat[] = [];
  for (let i = 0; i < paths.length; i += 256) {
    const batch = paths.slice(i, i + 256);
    const infos = await Promise.all(batch.map((p) => stat(p).catch(() => undefined)));
    batch.forEach((path, k) => {
      const info = infos[k];
      if (info) out.push({ path, file: relative(dir, path), size: info.size, mtimeMs: info.mtimeMs });
    });
  }
  return out;
}

/**
 * Map over items a batch at a time: file reads overlap (most of a cold start was waiting on them) without opening
 * thousands of files at once.
 */
export async function inBatches<T, R>(items: T[], fn: (item: T) => Promise<R>, size = 64): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

/** Read and parse one article file, or say in one line why it is not loaded. */
export async function readArticleFile(path: string, file: string, known?: { size: number }): Promise<ParseResult> {
  if (!ARTICLE_EXTENSIONS.has(extname(file).toLowerCase())) return { ok: false, reason: 'not an article file (expected .txt or .md)' };
  // The caller may have the file's size already (with its modification time): one stat per file at 10k files.
  const info = known ?? (await stat(path));
  // Checked before reading: a huge file is never loaded into memory.
  if (info.size > MAX_ARTICLE_BYTES)
    return { ok: false, reason: `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB (${(info.size / 1024 / 1024).toFixed(1)} MB)` };
  return parseFileBytes(await readFile(path), file);
}

/** Load every article of a folder. Never writes to it; a bad file is skipped with its reason, the rest load. */
export async function loadCorpus(dir: string): Promise<{ articles: Article[]; skipped: SkippedFile[] }> {
  const paths = await listArticleFiles(dir);
  const results = await inBatches(paths, (path) => readArticleFile(path, relative(dir, path)));
  const skipped: SkippedFile[] = [];
  const parsed: Article[] = [];
  for (const [i, path] of paths.entries()) {
    const result = results[i]!;
    if (result.ok) parsed.push(result.article);
    else skipped.push({ file: relative(dir, path), reason: result.reason });
  }
  const { kept, copies } = dedupeStories(
    parsed,
    (a) => a.contentHash,
    (a) => a.file,
  );
  return { articles: kept, skipped: [...skipped, ...copies].sort((a, b) => a.file.localeCompare(b.file)) };
}
