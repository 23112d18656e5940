import type { PlatformAdapter } from '../../core/platformAdapter.ts';
import type { ConsoleLog } from './consoleLog.ts';
import { renderConsole } from './render.ts';
import { runConsole, type ConsoleOptions } from './runConsole.ts';

/**
 * The console as a platform: the interactive prompt when `interactive`, and in every case a place digests are
 * posted to (between prompts, like the log's notices, so a digest never lands inside the line being typed).
 * `finished` resolves when the user quits.
 */
export function consoleAdapter(o: ConsoleOptions & { interactive: boolean; notices?: ConsoleLog }): PlatformAdapter {
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  return {
    name: 'console',
    finished,
    async start() {
      if (!o.interactive) return;
      // The console ends with its input; one that fails says why and ends the same way.
      const failed = (err: unknown) => {
        o.output.write(`The console stopped: ${(err as Error).message}\n`);
        done();
      };
      void runConsole(o).then(done, failed);
    },
    async post(_channelId, reply) {
      const text = `\n${renderConsole(reply, { color: o.color })}`;
      if (o.notices) o.notices.reply(text);
      else o.output.write(`${text}\n`);
    },
    async stop() {
      // The prompt ends with the input (/quit, Ctrl-D) or the process.
    },
  };
}
