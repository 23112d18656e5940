import { describe, expect, it } from 'vitest';
import { folderChanges } from '../../src/app/folderChanges.ts';

describe('folderChanges', () => {
  const now = 1_000_000;
  const file = (name: string, size: number, mtimeMs: number) => ({ path: `/c/${name}`, file: name, size, mtimeMs });
  const entries = new Map([
    ['same.txt', { size: 10, mtimeMs: 5 }],
    ['grown.txt', { size: 10, mtimeMs: 5 }],
    ['gone.txt', { size: 10, mtimeMs: 5 }],
    ['busy-gone.txt', { size: 10, mtimeMs: 5 }],
  ]);

  it('reads files new or changed, forgets files gone, and leaves to the watcher what is busy or still being written', () => {
    const files = [
      file('same.txt', 10, 5),
      file('grown.txt', 12, 5),
      file('new.txt', 3, 7),
      file('writing.txt', 3, now - 500),
      file('busy.txt', 3, 7),
    ];
    const busy = (f: string) => f === 'busy.txt' || f === 'busy-gone.txt';
    expect(folderChanges('/c', files, entries, busy, now)).toEqual([
      { type: 'upsert', path: '/c/grown.txt' },
      { type: 'upsert', path: '/c/new.txt' },
      { type: 'remove', path: '/c/gone.txt' },
    ]);
  });
});
