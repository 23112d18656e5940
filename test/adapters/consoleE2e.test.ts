import { describe, expect, it } from 'vitest';
import { spawnIn } from '../support/spawnCli.ts';

// A newcomer's first minute: `npm start` with no tokens opens the console on the bundled corpus.
describe('npm start with no tokens', () => {
  it('opens the console, answers commands and questions, and leaves on /quit', async () => {
    const input =
      [
        '/help',
        '/country Norway',
        'When were Vietnam–Norway diplomatic ties established?',
        '/sources',
        '/person Solbaken',
        '/quit',
        '/about',
      ].join('\n') + '\n';
    const run = await spawnIn('npm', ['start', '--silent'], input);
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^Attaché \d+\.\d+\.\d+ — 5 articles loaded \(2025-02-22 to 2026-02-10\)\. Type \/help for commands/m);
    expect(out).toContain('/country <name>');
    expect(out).toContain('Diplomatic ties established 1971-11-25 [1]');
    expect(out).toMatch(/\[1\] Vietnam, Norway step up cooperation .* — 2026-01-08, VNA https:\/\//);
    // A plain line is a question, answered with its source.
    expect(out).toMatch(
      /Answer\n25 November 1971 \[1\]\n\n• Over more than five decades since the establishment of diplomatic ties on November 25, 1971/,
    );
    expect(out).toMatch(
      /Sources of “Answer”\n\n\[1\] Vietnam, Norway step up cooperation[^\n]*\n {4}“Over more than five decades since the establishment of diplomatic ties on November 25, 1971, the bilateral relations have recorded significant progress across various fields, she said\.”/,
    );
    expect(out).toContain('Hilde Solbakken\nNorwegian Ambassador to Vietnam');
    expect(out.trimEnd().endsWith('Bye.')).toBe(true);
    // Nothing after /quit runs.
    expect(out).not.toContain('About Attaché');
    expect(run.stderr).not.toMatch(/Error|at .*\.ts/);
  }, 30_000);

  it('leaves cleanly on end of input (Ctrl-D)', async () => {
    const run = await spawnIn('npm', ['start', '--silent'], '/about\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('About Attaché');
    expect(run.stdout.trimEnd().endsWith('Bye.')).toBe(true);
  }, 30_000);
});
