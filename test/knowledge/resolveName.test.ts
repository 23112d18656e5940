import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeCandidates, personCandidates, topicCandidates, agreementCandidates } from '../../src/knowledge/names.ts';
import { resolveName } from '../../src/knowledge/resolveName.ts';
import { DEV_DIR, SEEDS_DIR } from '../support/devCorpus.ts';
import { routerFor } from '../support/router.ts';
import { seedKnowledge } from '../support/seedKnowledge.ts';

describe('resolving names typed by users', async () => {
  const kb = await seedKnowledge();
  const found = (q: string, c: ReturnType<typeof placeCandidates>) => {
    const r = resolveName(q, c);
    return r.kind === 'found' ? r.id : r;
  };

  it('ignores diacritics and case', () => {
    expect(found('le thi thu hang', personCandidates(kb))).toBe('le-thi-thu-hang');
    expect(found('LÊ THỊ THU HẰNG', personCandidates(kb))).toBe('le-thi-thu-hang');
    expect(found('asmund aukrust', personCandidates(kb))).toBe('asmund-aukrust');
  });

  it('knows aliases, demonyms, Vietnamese names and codes', () => {
    expect(found('norwegian', placeCandidates(kb))).toBe('NO');
    expect(found('Na Uy', placeCandidates(kb))).toBe('NO');
    expect(found('RoK', placeCandidates(kb))).toBe('KR');
    expect(found('EFTA', placeCandidates(kb))).toBe('EFTA');
    expect(found('Hằng', personCandidates(kb))).toBe('le-thi-thu-hang');
    expect(found('evfta', agreementCandidates(kb))).toBe('evfta');
    expect(found('green growth', topicCandidates(kb))).toBe('green-transition');
  });

  it('tolerates typing errors', () => {
    expect(found('Solbaken', personCandidates(kb))).toBe('hilde-solbakken');
    expect(found('Norwey', placeCandidates(kb))).toBe('NO');
    expect(found('Estonai', placeCandidates(kb))).toBe('EE');
  });

  it('matches part of a name', () => {
    expect(found('thu hang', personCandidates(kb))).toBe('le-thi-thu-hang');
    expect(found('Rudenko', personCandidates(kb))).toBe('a-rudenko');
  });

  it('says when nothing matches and suggests the closest names', () => {
    const r = resolveName('Xylophone Smith', personCandidates(kb));
    expect(r.kind).toBe('none');
    const near = resolveName('Solbakkenova', personCandidates(kb));
    expect(near).toEqual({ kind: 'none', suggestions: expect.arrayContaining(['Hilde Solbakken']) });
  });
});

describe('ambiguous and unknown names through the commands', async () => {
  // Seeds plus the dev corpus: two deputy ministers called Hằng.
  const dir = mkdtempSync(join(tmpdir(), 'attache-both-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  cpSync(DEV_DIR, dir, { recursive: true });
  const { run } = await routerFor(dir);

  it('lists both people called Hằng instead of guessing', async () => {
    const r = await run('/person Hằng');
    expect(r.title).toBe('Which person?');
    expect(r.text).toContain('Lê Thị Thu Hằng');
    expect(r.text).toContain('Nguyễn Minh Hằng');
    expect(r.actions?.map((a) => a.command)).toEqual(expect.arrayContaining(['/person Lê Thị Thu Hằng', '/person Nguyễn Minh Hằng']));
  });

  it('keeps Lê Thị Thu Hằng and Nguyễn Minh Hằng apart', async () => {
    const r = await run('/person nguyen minh hang');
    expect(r.title).toBe('Nguyễn Minh Hằng');
    expect(r.fields.find((f) => f.name.startsWith('Articles'))!.value).not.toMatch(/Norway/);
  });

  it('says when no person has that name, with the closest names', async () => {
    const r = await run('/person Solbakkenova');
    expect(r.text).toMatch(/No person named “Solbakkenova” in the corpus\. Closest names: .*Hilde Solbakken/);
  });

  it('answers about countries and people that are not in the seeds', async () => {
    const fi = await run('/country Finland');
    expect(fi.title).toBe('Việt Nam – Finland');
    expect(fi.citations.length).toBeGreaterThan(0);
    const minh = await run('/person Pham Binh Minh');
    expect(minh.title).toMatch(/Ph(ạ|a)m B(ì|i)nh Minh/);
    expect(minh.fields.find((f) => f.name === 'Roles')!.value).toMatch(/Deputy Prime Minister|Foreign Minister/);
  });
});
