import { join } from 'node:path';
import type { FileStat } from '../corpus/loadCorpus.ts';
import type { CorpusChange } from '../corpus/watchCorpus.ts';

/** A file modified more recently than this may still be being written: the watcher reports it once it is whole. */
const SETTLING_MS = 2_000;

/**
 * What a folder holds that the corpus does not, as changes to apply: files new or changed (by size or time), and
 * files gone. Files already being read (`busy`) and files written in the last moments are left to the watcher. Pure.
 */
export function folderChanges(
  dir: string,
  files: FileStat[],
  entries: ReadonlyMap<string, { size: number; mtimeMs: number }>,
  busy: (file: string) => boolean,
  now: number,
): CorpusChange[] {
  const changes: CorpusChange[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    seen.add(f.file);
    const known = entries.get(f.file);
    const same = known && known.size === f.size && known.mtimeMs === f.mtimeMs;
    if (!same && !busy(f.file) && now - f.mtimeMs >= SETTLING_MS) changes.push({ type: 'upsert', path: f.path });
  }
  for (const file of entries.keys()) if (!seen.has(file) && !busy(file)) changes.push({ type: 'remove', path: join(dir, file) });
  return changes;
}
