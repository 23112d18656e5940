import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Logger } from 'pino';
import { emptyState, migrate, StateSchema, type State } from './stateSchema.ts';

/** Parse and validate a state file's text; throws with the reason when it is not a valid state. */
function parseState(text: string): State {
  return StateSchema.parse(migrate(JSON.parse(text)));
}

/**
 * The process's runtime state in one JSON file (lowdb), validated with zod. Writes are serialised; each write first
 * keeps the previous good file as `.bak`. A corrupt file is moved aside and the backup restored, loudly.
 */
export class StateStore {
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: Low<State>,
    readonly file: string,
    private readonly log: Logger,
  ) {}

  static async open(file: string, log: Logger): Promise<StateStore> {
    await mkdir(dirname(file), { recursive: true });
    const state = await StateStore.recover(file, log);
    // Low + JSONFile, not JSONFilePreset: the preset silently keeps state in memory under NODE_ENV=test.
    const db = new Low<State>(new JSONFile<State>(file), state);
    const store = new StateStore(db, file, log);
    await db.write();
    return store;
  }

  private static async recover(file: string, log: Logger): Promise<State> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
      throw err;
    }
    try {
      return parseState(text);
    } catch (err) {
      const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(file, aside);
      try {
        const restored = parseState(await readFile(`${file}.bak`, 'utf8'));
        log.error({ file, movedTo: aside, reason: (err as Error).message.slice(0, 200) }, 'STATE FILE CORRUPT: moved aside and restored the last good backup');
        return restored;
      } catch {
        log.error({ file, movedTo: aside, reason: (err as Error).message.slice(0, 200) }, 'STATE FILE CORRUPT and no usable backup: moved aside, starting with empty state');
        return emptyState();
      }
    }
  }

  /** The current state; read-only, change it through `update`. */
  get data(): Readonly<State> {
    return this.db.data;
  }

  /** Change the state and write it, one change at a time; the mutator must be synchronous. */
  update(mutate: (state: State) => void): Promise<void> {
    const run = this.queue.then(async () => {
      await copyFile(this.file, `${this.file}.bak`).catch(() => undefined);
      mutate(this.db.data);
      StateSchema.parse(this.db.data);
      await this.db.write();
    });
    this.queue = run.catch((err) => this.log.error({ err }, 'state write failed'));
    return run;
  }
}
