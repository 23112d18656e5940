import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../support/devCorpus.ts';
import { refsOn, routerFor, textOf } from '../support/router.ts';

describe('commands over the seed corpus', async () => {
  const { run } = await routerFor(SEEDS_DIR);

  it('/country Norway shows ties, anniversary, officials, agreements, partnership and dated events, each cited', async () => {
    const r = await run('/country Norway');
    const t = textOf(r);
    expect(r.title).toBe('Việt Nam – Norway');
    expect(t).toContain('Diplomatic ties established 1971-11-25');
    expect(t).toContain('55th anniversary of diplomatic ties in 2026');
    expect(t).toMatch(/Hilde Solbakken — Norwegian Ambassador/);
    expect(t).toContain('Åsmund Aukrust');
    expect(t).toMatch(/European Free Trade Association–Việt Nam Free Trade Agreement — under negotiation/);
    expect(t).toMatch(/Green strategic partnership: under negotiation/);
    const events = r.fields.find((f) => f.name === 'Events')!.value.split('\n');
    // Aukrust's visit (labelled in events-dev.json) and the reception during it are two events of one day.
    expect(events.map((l) => l.slice(0, 10))).toEqual(['2026-01-08', '2026-02-10', '2026-02-10']);
    expect(events.filter((l) => l.includes('Aukrust')).map((l) => l.split(' · ')[1])).toEqual(['reception', 'visit']);
    for (const needle of ['1971-11-25', '55th anniversary', 'Hilde Solbakken —', 'under negotiation (', '2026-01-08 ·', '2026-02-10 ·']) {
      const refs = refsOn(r, needle);
      expect(refs.length).toBeGreaterThan(0);
      for (const n of refs) expect(r.citations[n - 1]?.n).toBe(n);
    }
    // The ties citation quotes the sentence that states the date.
    expect(r.citations[refsOn(r, '1971-11-25')[0]! - 1]!.quote).toContain('November 25, 1971');
    expect(r.citations.every((c) => c.url?.startsWith('https://'))).toBe(true);
  });

  it('/country accepts demonyms and Vietnamese names', async () => {
    expect((await run('/country norwegian')).title).toBe('Việt Nam – Norway');
    expect((await run('/country Na Uy')).title).toBe('Việt Nam – Norway');
    expect((await run('/country Nga')).title).toBe('Việt Nam – Russia');
  });

  it('/person Le lists the two Lê officials instead of guessing a name with an extra letter', async () => {
    const r = await run('/person Le');
    expect(r.title).toBe('Which person?');
    expect(r.text).toContain('Lê Thị Thu Hằng');
    expect(r.text).toContain('Lê Hoài Trung');
  });

  it('/country never takes a name for a neighbour several letters away, and explains Việt Nam itself', async () => {
    const atlantis = await run('/country Atlantis');
    expect(atlantis.title).toBe('Not found');
    expect(atlantis.text).toMatch(/No country named “Atlantis”.*Closest names:/);
    expect((await run('/country Estonai')).title).toBe('Việt Nam – Estonia');
    const vn = await run('/country Vietnam');
    expect(vn.title).toBe('Việt Nam');
    expect(vn.text).toMatch(/relations with one partner\. Try \/country with a partner \(.*Norway/);
  });

  it('/person le thi thu hang and /person Hằng give the same person with her four articles', async () => {
    const a = await run('/person le thi thu hang');
    const b = await run('/person Hằng');
    expect(a.title).toBe('Lê Thị Thu Hằng');
    expect(textOf(b)).toBe(textOf(a));
    expect(a.fields.find((f) => f.name.startsWith('Articles'))!.name).toBe('Articles (4)');
    expect(a.text).toMatch(/Deputy Minister of Foreign Affairs/);
  });

  it('/timeline country:Russia lists Russia events oldest first with dates', async () => {
    const r = await run('/timeline country:Russia');
    const lines = r.text.split('\n').slice(1);
    expect(lines.some((l) => l.startsWith('2025-02-21 · political consultation') && l.includes('A. Rudenko'))).toBe(true);
    expect(lines.some((l) => l.startsWith('2025-02-21 · reception') && l.includes('Nguyễn Minh Vũ'))).toBe(true);
    expect(lines.findIndex((l) => l.startsWith('June 2024'))).toBeLessThan(lines.findIndex((l) => l.startsWith('2025-02-21')));
    for (const l of lines) expect(l).toMatch(/\[\d+\]$/);
  });

  it('/timeline filters by dates and says what was searched when nothing matches', async () => {
    const r = await run('/timeline country:Norway from:2026-02');
    expect(
      r.text
        .split('\n')
        .slice(1)
        .map((l) => l.slice(0, 10)),
    ).toEqual(['2026-02-10', '2026-02-10']);
    const none = await run('/timeline country:Norway to:2020');
    expect(none.text).toMatch(/No events found for country Norway, to 2020/);
  });

  it('/agreements lists each agreement with its status and where it was said', async () => {
    const r = await run('/agreements');
    const names = r.fields.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^EVFTA — .*: in force$/),
        'EVIPA — EU–Việt Nam Investment Protection Agreement: awaiting ratification by Cyprus, Poland, Germany',
        expect.stringMatching(/^UKVFTA — /),
        expect.stringMatching(/^Eurasian Economic Union–Việt Nam Free Trade Agreement: in force$/),
        expect.stringMatching(/^European Free Trade Association–Việt Nam Free Trade Agreement: under negotiation$/),
        expect.stringMatching(/^JETP — /),
      ]),
    );
    for (const f of r.fields) expect(f.value).toMatch(/\[\d+\]/);
    const efta = r.fields.find((f) => f.name.startsWith('European Free Trade'))!;
    expect(efta.value.split('\n')).toHaveLength(2);
  });

  it('/agreements with a country or an agreement name narrows the list', async () => {
    const norway = await run('/agreements Norway');
    expect(norway.fields.map((f) => f.name).join('\n')).toMatch(/European Free Trade Association/);
    expect(norway.fields.map((f) => f.name).join('\n')).not.toMatch(/EVFTA/);
    const evfta = await run('/agreements evfta');
    expect(evfta.fields).toHaveLength(1);
    expect(evfta.fields[0]!.name).toMatch(/^EVFTA/);
    // An organisation's agreement is found by the acronym the press writes it with.
    const efta = await run('/agreements EFTA–Việt Nam FTA');
    expect(efta.fields.map((f) => f.name)).toEqual([
      expect.stringMatching(/^European Free Trade Association–Việt Nam Free Trade Agreement/),
    ]);
  });

  it('/topic green transition names Norway with passages', async () => {
    const r = await run('/topic green transition');
    expect(r.fields.find((f) => f.name === 'Countries')!.value).toMatch(/Norway \[\d+\]/);
    expect(r.fields.find((f) => f.name === 'Passages')!.value).toMatch(/green/i);
    // The Europe review names green transition for "Europe", not for Russia or Germany, which it lists elsewhere.
    expect(r.fields.find((f) => f.name === 'Countries')!.value).not.toMatch(/Russia|Germany/);
  });

  it('/agreements never calls a partnership "in force": JETP is being implemented', async () => {
    const r = await run('/agreements');
    expect(r.fields.map((f) => f.name)).toContain('JETP — Just Energy Transition Partnership: being implemented');
  });

  it('/search visa exemption ranks 002 and 003 first, with marked words', async () => {
    const r = await run('/search visa exemption');
    const ids = r.fields
      .slice(0, 2)
      .map((f) => /· (\S+)\n/.exec(f.value)![1]!.slice(0, 3))
      .sort();
    expect(ids).toEqual(['002', '003']);
    expect(r.fields[0]!.value).toMatch(/\*\*visa\*\* \*\*exemption\*\*/);
  });

  it('/search "Norwegian ambassador" finds the Norway articles through the demonym', async () => {
    const r = await run('/search Norwegian ambassador');
    expect(r.fields[0]!.value).toMatch(/· 002_/);
  });

  it('/about shows the counts and the date range', async () => {
    const r = await run('/about');
    const t = textOf(r);
    expect(t).toMatch(/Articles\n5/);
    expect(t).toContain('2025-02-22 to 2026-02-10');
    expect(t).toMatch(/VNS \(3\), VNA \(2\)/);
  });

  it('/article shows metadata, provenance of a resolved date and clean text', async () => {
    const r = await run('/article 002');
    expect(r.title).toBe('Vietnam, Norway step up cooperation in green transition, circular economy');
    expect(r.fields.find((f) => f.name === 'Date')!.value).toMatch(/^2026-01-08 \(resolved: .*1971–2026/);
    expect(r.text).not.toMatch(/See more|Tran Cam Tu/);
  });

  it('/help lists every command with an example', async () => {
    const r = await run('/help');
    for (const c of ['/country', '/person', '/timeline', '/agreements', '/topic', '/search', '/article', '/about', '/help']) {
      expect(r.fields.some((f) => f.name.startsWith(c))).toBe(true);
    }
    // Each /article and /person example works on the corpus the bot holds.
    const examples = r.fields.filter((f) => /^\/(article|person) /.test(f.name)).flatMap((f) => f.value.split('e.g. ')[1]!.split(' · '));
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const line of examples) expect((await run(line)).status ?? 'ok', line).toBe('ok');
    // The console's own commands are listed there.
    expect(r.fields.find((f) => f.name === 'In this console')?.value).toMatch(/\/sources[\s\S]*\/quit/);
  });

  it('shows article text with one full stop where VNA ends a story with " /."', async () => {
    for (const id of ['000', '002']) expect(textOf(await run(`/article ${id}`))).not.toMatch(/[^.]\.\.(?!\.)/);
  });

  it('shows a date without a year as such, never with a guessed year', async () => {
    const r = await run('/country Estonia');
    expect(textOf(r)).toContain('27–28 May, year not stated');
  });
});

describe('bad command input gets a usage hint', async () => {
  const { run } = await routerFor(SEEDS_DIR);
  it.each([
    ['/country', /name is missing[\s\S]*Usage: \/country <name>/],
    ['/nosuch thing', /There is no \/nosuch command[\s\S]*\/help/],
    [`/country ${'x'.repeat(10_000)}`, /at most 2000/],
    [`/country ${'x'.repeat(500)}`, /longer than 300 characters/],
    ['/country Nor\u0007way', /control characters/],
    ['/timeline from:yesterday', /from must be a date/],
    ['/timeline from:2026 to:2025', /after to/],
    ['/about everything', /does not take/],
  ])('%s', async (line, message) => {
    const r = await run(line);
    expect(r.status).toBe('usage');
    expect(r.text).toMatch(message);
    expect(r.text).not.toMatch(/at .*\.ts:\d+/);
  });
});
