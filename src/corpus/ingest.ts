import { copyFile, mkdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { listArticleFiles, loadCorpus, readArticleFile } from './loadCorpus.ts';
import type { SkippedFile } from './types.ts';
import { dedupeStories } from './dedupeStories.ts';

/**
 * Copy article files (or every file under folders) into the corpus folder. A file that is not an article is skipped
 * with its reason; a story the corpus already holds (same text, even with other boilerplate) is skipped as a copy.
 * Existing corpus files are never overwritten.
 */
export async function ingest(paths: string[], corpusDir: string): Promise<{ added: string[]; skipped: SkippedFile[] }> {
  await mkdir(corpusDir, { recursive: true });
  const existing = await loadCorpus(corpusDir);
  const added: string[] = [];
  const skipped: SkippedFile[] = [];
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) skipped.push({ file: p, reason: 'no such file' });
    else if (info.isDirectory()) files.push(...(await listArticleFiles(p)));
    else files.push(p);
  }
  const read: Array<{ path: string; hash: string }> = [];
  for (const path of files) {
    const result = await readArticleFile(path, basename(path));
    if (result.ok) read.push({ path, hash: result.article.contentHash });
    else skipped.push({ file: path, reason: result.reason });
  }
  const known = new Map(existing.articles.map((a) => [a.contentHash, a.file]));
  const { kept, copies } = dedupeStories(
    read,
    (r) => r.hash,
    (r) => r.path,
    known,
  );
  skipped.push(...copies);
  for (const { path } of kept) {
    let name = basename(path);
    for (
      let i = 2;
      await stat(join(corpusDir, name)).then(
        () => true,
        () => false,
      );
      i++
    )
      name = `${basename(path, extname(path))}-${i}${extname(path)}`;
    await copyFile(path, join(corpusDir, name));
    added.push(name);
  }
  return { added, skipped };
}
