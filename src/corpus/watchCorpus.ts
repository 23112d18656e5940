import { watch } from 'chokidar';
import { basename } from 'node:path';

export type CorpusChange = { type: 'upsert' | 'remove'; path: string };

/**
 * Report files added, changed or removed under a corpus folder. A file is reported once its size has been still for
 * a moment, so one being written or copied is never read half-way.
 */
export async function watchCorpus(
  dir: string,
  onChange: (c: CorpusChange) => void,
  onError: (err: unknown) => void,
): Promise<{ close: () => Promise<void> }> {
  const watcher = watch(dir, {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 25 },
    ignored: (path: string) => {
      const name = basename(path);
      return name.startsWith('.') || /^state\.json/.test(name) || /\.(tmp|part|swp)$|~$/.test(name);
    },
  });
  watcher.on('add', (path) => onChange({ type: 'upsert', path }));
  watcher.on('change', (path) => onChange({ type: 'upsert', path }));
  watcher.on('unlink', (path) => onChange({ type: 'remove', path }));
  // An emitter's unheard 'error' is thrown: a folder that vanishes or runs out of watches must not end the bot.
  watcher.on('error', onError);
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return { close: () => watcher.close() };
}
