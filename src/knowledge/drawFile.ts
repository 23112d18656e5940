import { stat } from 'node:fs/promises';
import { readArticleFile } from '../corpus/loadCorpus.ts';
import type { Gazetteer } from './gazetteer.ts';
import { tryExtract } from './buildKnowledge.ts';
import type { ArticleFacts } from './extractArticle.ts';

/** One corpus file read, parsed and its facts drawn, or the one-line reason it is not part of the corpus. */
export type DrawnFile = { file: string; mtimeMs: number; size: number } & (
  { facts: ArticleFacts; skipped?: undefined } | { skipped: string; facts?: undefined }
);

/**
 * Read, parse and draw the facts of one file. Undefined when the file is gone (removed between listing and reading):
 * it is simply not part of the corpus. `prior` facts are kept when the text has not changed, extraction being the
 * costly part.
 */
export async function drawFile(path: string, file: string, gazetteer: Gazetteer, prior?: ArticleFacts): Promise<DrawnFile | undefined> {
  try {
    const info = await stat(path);
    const result = await readArticleFile(path, file, info);
    const { mtimeMs, size } = info;
    if (!result.ok) return { file, mtimeMs, size, skipped: result.reason };
    const drawn = prior && prior.article.contentHash === result.article.contentHash ? prior : tryExtract(result.article, gazetteer);
    return 'reason' in drawn ? { file, mtimeMs, size, skipped: drawn.reason } : { file, mtimeMs, size, facts: drawn };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    // (No size: a snapshot written with this entry matches no folder, and the next start reads the file again.)
    return { file, mtimeMs: Date.now(), size: -1, skipped: `unreadable (${(err as Error).message.split('\n')[0]})` };
  }
}
