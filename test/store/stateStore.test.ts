import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { Router } from '../../src/app/router.ts';
import { createLogger } from '../../src/app/log.ts';
import { StateStore } from '../../src/store/stateStore.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { mulberry32 } from '../../bench/syntheticCorpus.ts';
import { seedKnowledge } from '../support/seedKnowledge.ts';

const tmp = () => join(mkdtempSync(join(tmpdir(), 'attache-state-')), 'state.json');

/** A logger that keeps its lines, to check what is said loudly. */
function capture() {
  const lines: string[] = [];
  const log = createLogger('info');
  (log as unknown as { error: (o: object, m: string) => void }).error = (o, m) => void lines.push(`${m} ${JSON.stringify(o)}`);
  return { log, lines };
}

const vote = (question: string) => ({
  at: 't',
  platform: 'slack' as const,
  userId: null,
  channelId: null,
  vote: 'up' as const,
  question,
  answer: 'a',
  citations: [],
});
const questions = (file: string) => (JSON.parse(readFileSync(file, 'utf8')).feedback as Array<{ question: string }>).map((f) => f.question);

describe('the state file', () => {
  it('moves a corrupt file aside, restores the newest good generation with nothing lost, and says so loudly', async () => {
    const file = tmp();
    const store = await StateStore.open(file, createLogger('silent'));
    await store.update((s) => void s.feedback.push(vote('q1')));
    await store.update((s) => void s.feedback.push(vote('q2')));
    writeFileSync(file, '{"version": 1, "feedback": [ {"at": trunc');
    const { log, lines } = capture();
    const reopened = await StateStore.open(file, log);
    // The newest generation holds the last write: both votes.
    expect(reopened.data.feedback.map((f) => f.question)).toEqual(['q1', 'q2']);
    expect(lines.join('\n')).toMatch(/STATE FILE CORRUPT: restored the newest good copy \(.*state\.json\.1\), written 0 min ago/);
    const aside = readdirSync(join(file, '..')).filter((f) => f.startsWith('state.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(file, '..', aside[0]!), 'utf8')).toContain('trunc');
    // And the store keeps working.
    await reopened.update((s) => void (s.feedback.length = 0));
    expect(JSON.parse(readFileSync(file, 'utf8')).feedback).toEqual([]);
  });

  it('never lets a file corrupted while the bot runs displace a good generation', async () => {
    const file = tmp();
    const store = await StateStore.open(file, createLogger('silent'));
    await store.update((s) => void s.feedback.push(vote('q1')));
    writeFileSync(file, '');
    await store.update((s) => void s.feedback.push(vote('q2')));
    // Every generation is a valid state, the newest with both votes, and the file itself is whole again.
    expect(questions(`${file}.1`)).toEqual(['q1', 'q2']);
    expect(questions(`${file}.2`)).toEqual(['q1']);
    expect(questions(`${file}.3`)).toEqual([]);
    expect(questions(file)).toEqual(['q1', 'q2']);
    await store.update((s) => void s.feedback.push(vote('q3')));
    expect(readdirSync(join(file, '..')).filter((f) => /^state\.json\.\d$/.test(f))).toHaveLength(3);
  });

  it('falls back to an older generation when the newer ones are damaged too, and to the file when it is gone', async () => {
    const file = tmp();
    const store = await StateStore.open(file, createLogger('silent'));
    for (const q of ['q1', 'q2', 'q3']) await store.update((s) => void s.feedback.push(vote(q)));
    writeFileSync(file, 'garbage');
    writeFileSync(`${file}.1`, '{"version":1,"feedback":[{"at":');
    expect((await StateStore.open(file, createLogger('silent'))).data.feedback.map((f) => f.question)).toEqual(['q1', 'q2']);
    rmSync(file);
    const { log, lines } = capture();
    expect((await StateStore.open(file, log)).data.feedback.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/STATE FILE MISSING: restored the newest good copy/);
  });

  it('rolls a change back when it cannot be written, and the user is told it was not saved', async () => {
    const kb = await seedKnowledge();
    const file = tmp();
    const store = await StateStore.open(file, createLogger('silent'));
    const router = new Router(commands, () => ({ kb, index: new PassageIndex(kb), version: 't', store }), createLogger('silent'));
    const caller = { platform: 'slack' as const, channelId: 'C1', canManage: true };
    // The write's temp file cannot be created (as on a read-only or full disk).
    mkdirSync(join(file, '..', `.state.json.1.${process.pid}.tmp`));
    const reply = await router.runLine('/digest subscribe time:07:00', caller);
    expect(reply.text).toMatch(/^Not saved: the state file could not be written \(EISDIR\), so this channel's digest is unchanged/);
    expect(store.data.subscriptions).toEqual([]);
    expect((await router.runLine('/digest status', caller)).text).toMatch(/has no digest/);
    // Once the disk is fine again, the next change is saved.
    rmSync(join(file, '..', `.state.json.1.${process.pid}.tmp`), { recursive: true });
    expect((await router.runLine('/digest subscribe time:07:00', caller)).text).toMatch(/^Subscribed/);
    expect((await StateStore.open(file, createLogger('silent'))).data.subscriptions.map((s) => s.time)).toEqual(['07:00']);
  });

  it('starts empty when neither the file nor a backup is usable, without stopping', async () => {
    const file = tmp();
    writeFileSync(file, '\u0000\u0001 not json');
    const { log, lines } = capture();
    const store = await StateStore.open(file, log);
    expect(store.data.subscriptions).toEqual([]);
    expect(lines.join('\n')).toMatch(/no usable backup/);
    expect(existsSync(file)).toBe(true);
  });

  it('moves a state of an unknown future version aside rather than damaging it', async () => {
    const file = tmp();
    writeFileSync(file, JSON.stringify({ version: 99, feedback: [] }));
    const store = await StateStore.open(file, createLogger('silent'));
    expect(store.data.version).toBe(1);
    expect(readdirSync(join(file, '..')).some((f) => f.startsWith('state.json.corrupt-'))).toBe(true);
  });

  it('leaves every channel as its last call said after 200 concurrent subscribe and unsubscribe calls', async () => {
    const kb = await seedKnowledge();
    const store = await StateStore.open(tmp(), createLogger('silent'));
    const services = { kb, index: new PassageIndex(kb), version: 't', store };
    const router = new Router(commands, () => services, createLogger('silent'));
    const rand = mulberry32(7);
    const last = new Map<string, string>();
    const calls = Array.from({ length: 200 }, (_, i) => {
      const channel = `C${Math.floor(rand() * 20)}`;
      const line = rand() < 0.6 ? `/digest subscribe time:0${Math.floor(rand() * 10)}:00` : '/digest unsubscribe';
      last.set(channel, line);
      return { channel, line, i };
    });
    await Promise.all(calls.map((c) => router.runLine(c.line, { platform: 'slack', channelId: c.channel, canManage: true })));
    const reread = await StateStore.open(store.file, createLogger('silent'));
    for (const [channel, line] of last) {
      const sub = reread.data.subscriptions.filter((s) => s.channelId === channel);
      if (line.includes('unsubscribe')) expect(sub).toEqual([]);
      else expect(sub.map((s) => s.time)).toEqual([/time:(\S+)/.exec(line)![1]]);
    }
  });
});
