import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import type { Logger } from 'pino';
import { DurableJsonFile, GENERATIONS, generationFile } from './durableFile.ts';
import { emptyState, migrate, StateSchema, type State } from './stateSchema.ts';

/** Parse and validate a state file's text; throws with the reason when it is not a valid state. */
function parseState(text: string): State {
  return StateSchema.parse(migrate(JSON.parse(text)));
}

/** A change that could not be saved: the state in memory was put back as it was, so nothing pretends it was kept. */
export class StateWriteError extends Error {
  constructor(cause: unknown) {
    const code = (cause as NodeJS.ErrnoException).code;
    super(`the state file could not be written${code ? ` (${code})` : ''}`, { cause });
    this.name = 'StateWriteError';
  }
}

/**
 * The process's runtime state in one JSON file (lowdb with a durable adapter), validated with zod. Writes are
 * serialised, fsynced, and kept as three generations beside the file. A corrupt or missing file is moved aside and
 * the newest good generation restored, loudly, with its age. A change that cannot be written is rolled back.
 */
export class StateStore {
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: Low<State>,
    private readonly adapter: DurableJsonFile<State>,
    readonly file: string,
    private readonly log: Logger,
  ) {}

  static async open(file: string, log: Logger): Promise<StateStore> {
    await mkdir(dirname(file), { recursive: true });
    const state = await StateStore.recover(file, log);
    const adapter = new DurableJsonFile<State>(file, state);
    const db = new Low<State>(adapter, state);
    const store = new StateStore(db, adapter, file, log);
    await db.write();
    return store;
  }

  private static async recover(file: string, log: Logger): Promise<State> {
    let text: string | undefined;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    let reason = 'missing';
    if (text !== undefined) {
      try {
        return parseState(text);
      } catch (err) {
        reason = (err as Error).message.slice(0, 200);
      }
    }
    const movedTo = text !== undefined ? `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}` : undefined;
    if (movedTo) await rename(file, movedTo);
    // Newest first; `.bak` is where versions before generations kept their one backup.
    const candidates = [...Array.from({ length: GENERATIONS }, (_, i) => generationFile(file, i + 1)), `${file}.bak`];
    for (const candidate of candidates) {
      const found = await readGeneration(candidate);
      if (!found) continue;
      const ageMin = Math.round((Date.now() - found.writtenAt.getTime()) / 60_000);
      log.error(
        { file, movedTo, reason, restoredFrom: candidate, writtenAt: found.writtenAt.toISOString(), ageMinutes: ageMin },
        `STATE FILE ${movedTo ? 'CORRUPT' : 'MISSING'}: restored the newest good copy (${candidate}), written ${ageMin} min ago`,
      );
      return found.state;
    }
    if (movedTo) log.error({ file, movedTo, reason }, 'STATE FILE CORRUPT and no usable backup: moved aside, starting with empty state');
    return emptyState();
  }

  /** The current state; read-only, change it through `update`. */
  get data(): Readonly<State> {
    return this.db.data;
  }

  /**
   * Change the state and write it, one change at a time; the mutator must be synchronous. When the change is
   * invalid or cannot be written, the state in memory goes back to what is on disk and the promise rejects.
   */
  update(mutate: (state: State) => void): Promise<void> {
    const run = this.queue.then(async () => {
      try {
        mutate(this.db.data);
        StateSchema.parse(this.db.data);
        await this.db.write();
      } catch (err) {
        if (this.adapter.lastWritten) this.db.data = parseState(this.adapter.lastWritten);
        throw err instanceof StateWriteError || !(err as NodeJS.ErrnoException).code ? err : new StateWriteError(err);
      }
    });
    this.queue = run.catch((err) => this.log.error({ err }, 'state change not saved; rolled back'));
    return run;
  }
}

/** A generation's state and when it was written, or undefined when it is absent or not a valid state. */
async function readGeneration(path: string): Promise<{ state: State; writtenAt: Date } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    return { state: parseState(text), writtenAt: info.mtime };
  } catch {
    return undefined;
  }
}
