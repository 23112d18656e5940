import { createInterface } from 'node:readline';
import type { Caller } from '../../core/command.ts';
import type { Reply } from '../../reply/reply.ts';
import { renderConsole, renderSources } from './render.ts';

export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  welcome: string;
  color: boolean;
  /** Runs a command line ("/country Norway") and returns its reply. */
  runLine: (line: string, caller: Caller) => Promise<Reply>;
  /** The command a plain line (a question) goes to. */
  questionCommand: string;
}

const QUIT = /^\/(quit|exit|q)$/i;
const SOURCES = /^\/sources$/i;

/** The interactive console: a prompt, history, commands and questions, until /quit or Ctrl-D. */
export async function runConsole(o: ConsoleOptions): Promise<void> {
  const terminal = Boolean((o.output as NodeJS.WriteStream).isTTY && (o.input as NodeJS.ReadStream).isTTY);
  const rl = createInterface({ input: o.input, output: o.output, prompt: 'attaché> ', terminal, historySize: 200 });
  const write = (s: string) => o.output.write(`${s}\n`);
  write(o.welcome);
  rl.prompt();
  const caller: Caller = { platform: 'console', userId: 'console' };
  let last: Reply | undefined;
  // Lines are handled one at a time, in order, even when pasted or piped in all at once.
  for await (const raw of rl) {
    const line = raw.trim();
    if (QUIT.test(line)) break;
    if (SOURCES.test(line)) {
      // The full quotes behind the last reply; replies show them clipped.
      write(last?.citations.length ? renderSources(last, { color: o.color }) : 'No sources yet: ask a question or run a command first.');
      write('');
    } else if (line) {
      const command = line.startsWith('/') ? line : `/${o.questionCommand} ${line}`;
      const reply = await o.runLine(command, caller);
      if (reply.citations.length) last = reply;
      write(renderConsole(reply, { color: o.color }));
      write('');
    }
    rl.prompt();
  }
  rl.close();
  write('Bye.');
}
