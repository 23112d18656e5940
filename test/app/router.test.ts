import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { Router } from '../../src/app/router.ts';
import { createLogger } from '../../src/app/log.ts';

const router = new Router(
  commands,
  () => {
    throw new Error('not needed to read a line');
  },
  createLogger('silent'),
);

describe('what a person typed, as a command line', () => {
  it('is a command with its slash, a question without, and help when empty', () => {
    expect(router.lineFor('/country Norway')).toBe('/country Norway');
    expect(router.lineFor('  Who met the Chilean ambassador? ')).toBe('/ask Who met the Chilean ambassador?');
    expect(router.lineFor('   ')).toBe('/help');
    // A question that starts with a command's name is still a question where commands need their slash.
    expect(router.lineFor('timeline of Vietnam–Laos relations')).toBe('/ask timeline of Vietnam–Laos relations');
  });

  it('after Slack’s /attache, takes a first word that names a command for that command', () => {
    expect(router.lineFor('country Norway', { bareCommands: true })).toBe('/country Norway');
    expect(router.lineFor('Country Norway', { bareCommands: true })).toBe('/Country Norway');
    expect(router.lineFor('who is Aukrust?', { bareCommands: true })).toBe('/ask who is Aukrust?');
  });
});
