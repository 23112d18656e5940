import { copyFile, mkdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { listArticleFiles, loadCorpus, readArticleFile } from './loadCorpus.ts';
import type { SkippedFile } from './types.ts';

/**
 * Copy article files (or every file under folders) into the corpus folder. A file that is not an article is skipped
 * with its reason; a story the corpus already holds (same text, even with other boilerplate) is skipped as a copy.
 * Existing corpus files are never overwritten.
 */
export async function ingest(paths: string[], corpusDir: string): Promise<{ added: string[]; skipped: SkippedFile[] }> {
  await mkdir(corpusDir, { recursive: true });
  const existing = await loadCorpus(corpusDir);
  const hashes = new Map(existing.articles.map((a) => [a.contentHash, a.file]));
  const added: string[] = [];
  const skipped: SkippedFile[] = [];
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) skipped.push({ file: p, reason: 'no such file' });
    else if (info.isDirectory()) files.push(...(await listArticleFiles(p)));
    else files.push(p);
  }
  for (const path of files) {
    const result = await readArticleFile(path, basename(path));
    if (!result.ok) {
      skipped.push({ file: path, reason: result.reason });
      continue;
    }
    const twin = hashes.get(result.article.contentHash);
    if (twin) {
      skipped.push({ file: path, reason: `same story as ${twin}` });
      continue;
    }
    let name = basename(path);
    for (let i = 2; await stat(join(corpusDir, name)).then(() => true, () => false); i++) name = `${basename(path, extname(path))}-${i}${extname(path)}`;
    await copyFile(path, join(corpusDir, name));
    hashes.set(result.article.contentHash, name);
    added.push(name);
  }
  return { added, skipped };
}
