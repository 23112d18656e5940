import { describe, expect, it } from 'vitest';
import { dedupeStories } from '../../src/corpus/dedupeStories.ts';

const story = (file: string, hash: string) => ({ file, hash });
const dedupe = (items: Array<{ file: string; hash: string }>, seen?: Map<string, string>) =>
  dedupeStories(
    items,
    (s) => s.hash,
    (s) => s.file,
    seen,
  );

describe('dedupeStories', () => {
  it('keeps the first file of each story in the order given, and names it in each copy’s reason', () => {
    const { kept, copies } = dedupe([story('b.txt', 'h1'), story('a.txt', 'h1'), story('c.txt', 'h2')]);
    expect(kept.map((s) => s.file)).toEqual(['b.txt', 'c.txt']);
    expect(copies).toEqual([{ file: 'a.txt', reason: 'same story as b.txt' }]);
  });

  it('skips a story already known, even under the name it is known by', () => {
    const seen = new Map([['h1', 'a.txt']]);
    const { kept, copies } = dedupe([story('a.txt', 'h1'), story('new.txt', 'h3')], seen);
    expect(kept.map((s) => s.file)).toEqual(['new.txt']);
    expect(copies).toEqual([{ file: 'a.txt', reason: 'same story as a.txt' }]);
    expect(seen.get('h3')).toBe('new.txt');
  });
});
