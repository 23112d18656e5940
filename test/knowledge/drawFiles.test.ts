import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../src/corpus/loadCorpus.ts';
import { drawFiles } from '../../src/knowledge/drawFiles.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'corpus-dev');
const dir = mkdtempSync(join(tmpdir(), 'attache-draw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The dev articles again and again, each copy a story of its own; threads are used from 20 files in this test.
const sources = readdirSync(fixtures).filter((f) => f.endsWith('.txt'));
for (let i = 0; i < 40; i++) {
  const text = readFileSync(join(fixtures, sources[i % sources.length]!), 'utf8');
  writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), `${text}\n\nCopy ${i} of this story.\n`);
}
writeFileSync(join(dir, 'empty.txt'), '');

describe('drawFiles', () => {
  it('draws the same facts over worker threads as in one thread, in the same order, with the reasons for skipped files', async () => {
    const paths = await listArticleFiles(dir);
    const fallbacks: Error[] = [];
    const threaded = await drawFiles(dir, paths, { threads: 2, workersFrom: 20, onFallback: (e) => fallbacks.push(e) });
    const single = await drawFiles(dir, paths, { threads: 1 });
    expect(fallbacks).toEqual([]);
    expect(threaded.map((d) => d.file)).toEqual(paths.map((p) => p.slice(dir.length + 1)));
    expect(threaded.find((d) => d.file === 'empty.txt')?.skipped).toBe('empty file');
    expect(threaded.filter((d) => d.facts).length).toBe(40);
    const strip = (ds: typeof single) => ds.map((d) => ({ ...d, mtimeMs: 0 }));
    expect(strip(threaded)).toEqual(strip(single));
    // Passages come back whole: citations point into them.
    expect(threaded[0]!.facts!.passages.length).toBeGreaterThan(0);
  }, 60_000);

  it('leaves out a file that is gone before it is read', async () => {
    const drawn = await drawFiles(dir, [join(dir, 'a000.txt'), join(dir, 'no-such-file.txt')], { threads: 1 });
    expect(drawn.map((d) => d.file)).toEqual(['a000.txt']);
  });
});
