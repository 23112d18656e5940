// A worker thread of drawFiles: reads, parses and draws the facts of a batch of files. Passages are left out of
// what is sent back (they are the article's paragraphs again, rebuilt on the other side), which halves the copying.
import { relative } from 'node:path';
import { defaultGazetteer } from './buildKnowledge.ts';
import { drawFile, type DrawnFile } from './drawFile.ts';

export default async function drawBatch({ dir, paths }: { dir: string; paths: string[] }): Promise<Array<DrawnFile | undefined>> {
  const out: Array<DrawnFile | undefined> = [];
  for (const path of paths) {
    const d = await drawFile(path, relative(dir, path), defaultGazetteer());
    out.push(d?.facts ? { ...d, facts: { ...d.facts, passages: [] } } : d);
  }
  return out;
}
