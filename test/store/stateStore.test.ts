import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { Router } from '../../src/core/router.ts';
import { createLogger } from '../../src/log.ts';
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

describe('the state file', () => {
  it('moves a corrupt file aside, restores the last good backup, and says so loudly', async () => {
    const file = tmp();
    const store = await StateStore.open(file, createLogger('silent'));
    await store.update((s) => void s.feedback.push({ at: 't', platform: 'slack', userId: null, channelId: null, vote: 'up', question: 'q1', answer: 'a', citations: [] }));
    await store.update((s) => void s.feedback.push({ at: 't', platform: 'slack', userId: null, channelId: null, vote: 'down', question: 'q2', answer: 'a', citations: [] }));
    writeFileSync(file, '{"version": 1, "feedback": [ {"at": trunc');
    const { log, lines } = capture();
    const reopened = await StateStore.open(file, log);
    // The backup holds the state before the last write: one vote.
    expect(reopened.data.feedback.map((f) => f.question)).toEqual(['q1']);
    expect(lines.join('\n')).toMatch(/STATE FILE CORRUPT: moved aside and restored the last good backup/);
    const aside = readdirSync(join(file, '..')).filter((f) => f.startsWith('state.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(file, '..', aside[0]!), 'utf8')).toContain('trunc');
    // And the store keeps working.
    await reopened.update((s) => void (s.feedback.length = 0));
    expect(JSON.parse(readFileSync(file, 'utf8')).feedback).toEqual([]);
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
