import { open, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** How many verified copies of the state are kept beside it (`state.json.1` newest … `.3` oldest). */
export const GENERATIONS = 3;

export const generationFile = (file: string, n: number) => `${file}.${n}`;

/**
 * Write a file so that after a crash or power loss it holds either the old text or the new, never a mix: a temp
 * file is written and fsynced, renamed over the target, and the folder fsynced so the rename itself is on disk.
 */
export async function writeDurably(file: string, text: string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  const folder = await open(dirname(file), 'r');
  // Some file systems refuse to fsync a folder; the rename is then as durable as they make it.
  await folder.sync().catch(() => undefined);
  await folder.close();
}

/**
 * lowdb's adapter for the state: each write is durable and also becomes the newest of three generations, rotated
 * before it, so a file truncated or corrupted later (by a disk, an editor or a crash elsewhere) can be restored
 * without losing the last write. Generations are only ever written from a state this process validated, never
 * copied from the file on disk, so a corrupt file can never displace a good backup.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  /** The text of the last successful write: what is on disk now. */
  lastWritten?: string;

  constructor(
    readonly file: string,
    private readonly initial: T,
  ) {}

  /** The store reads and recovers the file itself before lowdb is built; lowdb starts from that state. */
  async read(): Promise<T> {
    return this.initial;
  }

  async write(data: T): Promise<void> {
    const text = `${JSON.stringify(data, null, 2)}\n`;
    for (let n = GENERATIONS - 1; n >= 1; n--) {
      await rename(generationFile(this.file, n), generationFile(this.file, n + 1)).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    }
    await writeDurably(generationFile(this.file, 1), text);
    await writeDurably(this.file, text);
    this.lastWritten = text;
  }
}
