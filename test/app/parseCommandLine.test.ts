import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, parseCommandLine } from '../../src/app/parseCommandLine.ts';
import { UserError } from '../../src/core/userError.ts';

const options = (command: string) =>
  ({ timeline: ['country', 'from', 'to'], search: ['words', 'limit'] })[command] ?? (command === 'help' ? [] : undefined);

describe('parseCommandLine', () => {
  it('splits named options written Discord style or as flags, and keeps the free text', () => {
    expect(parseCommandLine('/timeline country:Russia from:2025', options)).toEqual({
      name: 'timeline',
      named: { country: 'Russia', from: '2025' },
      rest: '',
    });
    expect(parseCommandLine('timeline --country "South Africa" --to=2020', options)).toEqual({
      name: 'timeline',
      named: { country: 'South Africa', to: '2020' },
      rest: '',
    });
    expect(parseCommandLine('/search  green   transition limit:3', options)).toEqual({
      name: 'search',
      named: { limit: '3' },
      rest: 'green transition',
    });
  });

  it('counts only declared option names, so a colon in the text stays', () => {
    expect(parseCommandLine('/search EU: trade', options)).toEqual({ name: 'search', named: {}, rest: 'EU: trade' });
    expect(parseCommandLine('/HELP', options)).toEqual({ name: 'help', named: {}, rest: '' });
  });

  it('refuses, with a message a user can act on, a line too long, control characters or no command', () => {
    expect(() => parseCommandLine(`/search ${'x'.repeat(MAX_LINE_LENGTH)}`, options)).toThrow(UserError);
    expect(() => parseCommandLine('/search a\u0007b', options)).toThrow(/control characters/);
    expect(() => parseCommandLine('   ', options)).toThrow(/Type a command/);
  });
});
