import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearLine, createInterface, cursorTo } from 'node:readline';
import { renderChartPng } from '../../charts/renderChart.ts';
import type { Caller } from '../../app/command.ts';
import type { ChartSpec, Reply } from '../../core/reply.ts';
import type { ConsoleLog, NoticeKind } from './consoleLog.ts';
import { renderConsole, renderSources } from './render.ts';

export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  welcome: string;
  color: boolean;
  /** Runs what was typed: a command line ("/country Norway") or a question; returns its reply. */
  runText: (text: string, caller: Caller) => Promise<Reply>;
  /** The logger's notices, printed between prompts while the console runs. */
  notices?: ConsoleLog;
}

const QUIT = /^\/(quit|exit|q)$/i;
const SOURCES = /^\/sources$/i;

/** A reply's chart as a PNG in the temporary folder, and the line that says where (or why there is none). */
async function chartFile(chart: ChartSpec): Promise<string> {
  try {
    const file = join(tmpdir(), `attache-chart-${Date.now()}.png`);
    await writeFile(file, await renderChartPng(chart));
    return `Chart: ${file}`;
  } catch (err) {
    return `Chart not drawn: ${(err as Error).message}`;
  }
}

/** The interactive console: a prompt, history, commands and questions, until /quit or Ctrl-D. */
export async function runConsole(o: ConsoleOptions): Promise<void> {
  const terminal = Boolean((o.output as NodeJS.WriteStream).isTTY && (o.input as NodeJS.ReadStream).isTTY);
  const rl = createInterface({ input: o.input, output: o.output, prompt: 'attaché> ', terminal, historySize: 200 });
  const write = (s: string) => o.output.write(`${s}\n`);
  // Notices wait while a reply is being written, and otherwise appear above the prompt, which is drawn again with
  // whatever the user had typed.
  let busy = false;
  const queued: Array<{ line: string; kind: NoticeKind }> = [];
  const dim = (s: string) => (o.color ? `\x1b[2m${s}\x1b[22m` : s);
  const show = ({ line, kind }: { line: string; kind: NoticeKind }) => {
    // Piped output keeps only the replies; notices and warnings then go to stderr.
    const stream = kind === 'warning' || (kind === 'notice' && !terminal) ? process.stderr : o.output;
    if (terminal) {
      clearLine(o.output, 0);
      cursorTo(o.output, 0);
    }
    stream.write(`${kind === 'notice' ? dim(`· ${line}`) : line}\n`);
  };
  o.notices?.attach({
    print(line, kind) {
      if (busy) return void queued.push({ line, kind });
      show({ line, kind });
      if (terminal) rl.prompt(true);
    },
  });
  const prompt = () => {
    for (const n of queued.splice(0)) show(n);
    busy = false;
    rl.prompt();
  };
  write(o.welcome);
  prompt();
  const caller: Caller = { platform: 'console', userId: 'console' };
  let last: Reply | undefined;
  // Lines are handled one at a time, in order, even when pasted or piped in all at once.
  for await (const raw of rl) {
    busy = true;
    const line = raw.trim();
    if (QUIT.test(line)) break;
    if (SOURCES.test(line)) {
      // The full quotes behind the last reply; replies show them clipped.
      write(last?.citations.length ? renderSources(last, { color: o.color }) : 'No sources yet: ask a question or run a command first.');
      write('');
    } else if (line) {
      const reply = await o.runText(line, caller);
      if (reply.citations.length) last = reply;
      write(renderConsole(reply, { color: o.color }));
      if (reply.chart) write(dim(await chartFile(reply.chart)));
      write('');
    }
    prompt();
  }
  o.notices?.attach(undefined);
  rl.close();
  write('Bye.');
}
