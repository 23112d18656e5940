import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConsoleLog, noticeText } from '../../../src/adapters/console/consoleLog.ts';
import { runConsole } from '../../../src/adapters/console/runConsole.ts';
import { createLogger } from '../../../src/app/log.ts';

/** A pair of streams that readline takes for a terminal. */
function terminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns: 100, rows: 30 });
  let seen = '';
  output.on('data', (c: Buffer) => (seen += c.toString('utf8')));
  return { input, output, seen: () => seen };
}

// eslint-disable-next-line no-control-regex -- ANSI escapes are stripped on purpose
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
const until = async (test: () => boolean) => {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('log lines in the console', () => {
  it('are short notices above the prompt, which comes back with what the user was typing', async () => {
    const t = terminal();
    const notices = new ConsoleLog();
    const log = createLogger('info', undefined, notices.stream);
    const done = runConsole({
      input: t.input,
      output: t.output,
      welcome: 'Welcome',
      color: false,
      notices,
      runText: async () => ({ title: 'Reply', text: 'ok', fields: [], citations: [] }),
    });
    await until(() => plain(t.seen()).includes('attaché> '));
    t.input.write('How are rel');
    await until(() => plain(t.seen()).includes('How are rel'));
    log.info({ articles: ['dev_001.txt', 'dev_002.txt'] }, 'new articles in the corpus');
    await until(() => plain(t.seen()).includes('· new articles'));
    const after = plain(t.seen()).split('· new articles in the corpus · articles dev_001.txt, dev_002.txt')[1];
    // The notice is its own line, never JSON, and the prompt is drawn again with the half-typed question.
    expect(plain(t.seen())).not.toMatch(/\{"level"/);
    expect(after).toMatch(/attaché> How are rel/);
    t.input.write('ations?\r');
    await until(() => plain(t.seen()).includes('Reply'));
    t.input.write('/quit\r');
    await done;
  });

  it('read as one line: the message, then each field', () => {
    expect(noticeText({ level: 30, time: 1, msg: 'digest done', channels: 2, failed: [] })).toBe('digest done · channels 2');
    expect(noticeText({ level: 40, msg: 'feed poll failed', feed: 'VNA', err: { message: 'HTTP 503' } })).toBe(
      'feed poll failed · feed VNA · HTTP 503',
    );
  });
});
