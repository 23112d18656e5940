// A burst like a feed poll or `cp *.txt` into a live corpus: how long until it holds exactly the folder again.
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusService } from '../src/app/corpusService.ts';
import { listArticleFiles } from '../src/corpus/loadCorpus.ts';
import { ms } from './figures.ts';
import { generateCorpus } from './generateCorpus.ts';

/** 2,000 files copied into the live corpus folder at once, then 1,000 of them deleted at once. */
export async function burstFigures(
  live: CorpusService,
  dir: string,
  out: string,
): Promise<{ added: number; addMs: number; deleted: number; deleteMs: number }> {
  const staging = join(out, 'burst-staging');
  rmSync(staging, { recursive: true, force: true });
  generateCorpus(staging, 2000, 7);
  const names = readdirSync(staging).map((f) => `burst_${f}`);
  // Every file in the folder is either an article or a skipped file with its reason: held when the counts agree.
  const held = () => live.corpus.kb.articles.length + live.corpus.kb.skipped.length;
  const holdsFolder = async () => {
    while (held() !== (await listArticleFiles(dir)).length) await new Promise((r) => setTimeout(r, 20));
  };
  await holdsFolder();
  const t0 = performance.now();
  for (const [i, f] of readdirSync(staging).entries()) copyFileSync(join(staging, f), join(dir, names[i]!));
  await holdsFolder();
  const addMs = performance.now() - t0;
  const t1 = performance.now();
  for (const f of names.slice(0, 1000)) rmSync(join(dir, f));
  await holdsFolder();
  const deleteMs = performance.now() - t1;
  for (const f of names.slice(1000)) rmSync(join(dir, f));
  rmSync(staging, { recursive: true, force: true });
  console.log(`burst: 2000 files added, reflected in ${ms(addMs)} ms; 1000 deleted, reflected in ${ms(deleteMs)} ms`);
  return { added: names.length, addMs: ms(addMs), deleted: 1000, deleteMs: ms(deleteMs) };
}
