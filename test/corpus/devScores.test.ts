import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.ts';
import { devKnowledge, ratio, sameSource, sameTitle, show, type Score } from '../support/devCorpus.ts';

// The parser and extractors scored against the dev corpus ground truth. Unseen articles are scored the same
// way, so these floors are the promise, and the printed figures show how far above them we are.
describe('dev corpus scored against index.json', () => {
  const { kb, truth } = devKnowledge();
  const byFile = new Map(kb.articles.map((a) => [a.file, a]));
  const score = (): Score => ({ right: 0, total: 0, misses: [] });
  const titles = score(),
    dates = score(),
    sources = score(),
    countries = score(),
    officials = score(),
    partnerPrecision = score();

  // Every labelled article must load: one that is skipped scores as a miss on everything, not as nothing.
  const missing = truth.filter((t) => !byFile.has(t.file)).map((t) => t.file);
  for (const t of truth) {
    const a = byFile.get(t.file);
    if (!a) continue;
    if (t.title) {
      titles.total++;
      if (sameTitle(a.title, t.title)) titles.right++;
      else titles.misses.push(`${t.file}: "${a.title}"`);
    }
    if (t.date) {
      dates.total++;
      if (a.date.iso === t.date) dates.right++;
      else dates.misses.push(`${t.file}: ${a.date.iso ?? a.date.provenance}`);
    }
    sources.total++;
    if (sameSource(a.source.agency, t.source)) sources.right++;
    else sources.misses.push(`${t.file}: ${a.source.agency}`);

    const ours = kb.partners[a.id] ?? [];
    for (const name of t.countries) {
      countries.total++;
      const code = kb.gazetteer.resolve(name);
      if (code && ours.includes(code)) countries.right++;
      else countries.misses.push(`${t.file}: ${name}`);
    }
    const expected = t.countries.map((n) => kb.gazetteer.resolve(n));
    for (const code of ours) {
      partnerPrecision.total++;
      if (expected.includes(code)) partnerPrecision.right++;
      else partnerPrecision.misses.push(`${t.file}: ${code}`);
    }

    const names = kb.people.filter((p) => p.articleIds.includes(a.id)).flatMap((p) => [p.name, ...p.aliases].map(fold));
    for (const o of t.officials) {
      officials.total++;
      if (names.includes(fold(o.name))) officials.right++;
      else officials.misses.push(`${t.file}: ${o.name}`);
    }
  }

  it('prints the scores', () => {
    console.log(
      [
        'dev corpus scores:',
        show('titles', titles),
        show('dates', dates),
        show('sources', sources),
        show('countries recall', countries),
        show('countries precision', partnerPrecision),
        show('officials recall', officials),
      ].join('\n  '),
    );
    expect(missing).toEqual([]);
    expect(sources.total).toBe(truth.length);
  });
  it('gets at least 95% of titles right', () => expect(ratio(titles)).toBeGreaterThanOrEqual(0.95));
  it('gets at least 95% of dates right', () => expect(ratio(dates)).toBeGreaterThanOrEqual(0.95));
  it('names the source agency of at least 95%', () => expect(ratio(sources)).toBeGreaterThanOrEqual(0.95));
  it('finds at least 95% of partner countries', () => expect(ratio(countries)).toBeGreaterThanOrEqual(0.95));
  it('finds at least 90% of officials', () => expect(ratio(officials)).toBeGreaterThanOrEqual(0.9));
  it('marks truncated texts as the index does for at least 90%', () => {
    const right = truth.filter((t) => byFile.get(t.file)!.truncated === t.truncated).length;
    expect(right / truth.length).toBeGreaterThanOrEqual(0.9);
  });
  it('never presents a date without a year as explicit', () => {
    for (const a of kb.articles) if (a.date.provenance === 'explicit') expect(a.date.year).toBeDefined();
  });
});
