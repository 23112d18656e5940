import { describe, expect, it } from 'vitest';
import { seedId, seedKnowledge } from '../support/seedKnowledge.ts';

describe('facts read from the five seed articles', async () => {
  const kb = await seedKnowledge();
  const person = (id: string) => kb.people.find((p) => p.id === id);
  const event = (iso: string, kind: string) => kb.events.find((e) => e.date.iso === iso && e.kind === kind);

  it('loads all five seeds', () => {
    expect(kb.articles).toHaveLength(5);
    expect(kb.skipped).toEqual([]);
  });

  it('reads Việt Nam–Norway ties established on 1971-11-25 as stated (002)', () => {
    const ties = kb.milestones.find((m) => m.kind === 'ties established' && m.country === 'NO');
    expect(ties?.date.iso).toBe('1971-11-25');
    expect(ties?.computed).toBe(false);
    expect(ties?.articleId).toBe(seedId(kb, '002'));
    expect(ties?.quote).toContain('November 25, 1971');
  });

  it('computes Việt Nam–Russia ties as 1950 from the 75th anniversary in 2025, marked computed (003)', () => {
    const ties = kb.milestones.find((m) => m.kind === 'ties established' && m.country === 'RU' && m.articleId === seedId(kb, '003'));
    expect(ties?.date.year).toBe(1950);
    expect(ties?.computed).toBe(true);
    expect(ties?.basis).toMatch(/75th anniversary/);
  });

  it('merges Lê Thị Thu Hằng across 000–003 with her role', () => {
    const hang = person('le-thi-thu-hang')!;
    expect(hang.name).toBe('Lê Thị Thu Hằng');
    expect(hang.articleIds.map((id) => id.slice(0, 3)).sort()).toEqual(['000', '001', '002', '003']);
    expect(hang.roles.map((r) => r.role).join(' ')).toMatch(/Deputy (Foreign )?Minister/);
    expect(hang.aliases).toEqual(expect.arrayContaining(['Le Thi Thu Hang', 'Hằng']));
    expect(kb.people.filter((p) => /hang$/i.test(p.id))).toHaveLength(1);
  });

  it('finds the 2026-01-08 reception of Norwegian Ambassador Hilde Solbakken by Hằng (002)', () => {
    const e = event('2026-01-08', 'reception')!;
    expect(e.participants).toEqual(expect.arrayContaining(['le-thi-thu-hang', 'hilde-solbakken']));
    expect(e.countries).toContain('NO');
    expect(person('hilde-solbakken')?.roles[0]?.role).toMatch(/Norwegian Ambassador/);
  });

  it('finds the 2025-02-21 political consultation in Hà Nội and the same-day reception by Nguyễn Minh Vũ (003)', () => {
    const pc = event('2025-02-21', 'political consultation')!;
    expect(pc.participants).toEqual(expect.arrayContaining(['le-thi-thu-hang', 'a-rudenko']));
    expect(pc.place).toBe('Hà Nội');
    const rec = event('2025-02-21', 'reception')!;
    expect(rec.participants).toEqual(expect.arrayContaining(['nguyen-minh-vu', 'a-rudenko']));
  });

  it('dates past events named in passing from the article date (003: June and August 2024)', () => {
    const id = seedId(kb, '003');
    const putin = kb.events.find((e) => e.articleId === id && e.participants.includes('vladimir-putin'));
    expect(putin).toMatchObject({ kind: 'visit', date: { year: 2024, month: 6 } });
    const call = kb.events.find((e) => e.articleId === id && e.kind === 'phone call');
    expect(call).toMatchObject({ date: { year: 2024, month: 8 } });
  });

  it('finds the 2026-02-10 reception of Åsmund Aukrust by Lê Hoài Trung (004)', () => {
    const e = event('2026-02-10', 'reception')!;
    expect(e.participants).toEqual(expect.arrayContaining(['le-hoai-trung', 'asmund-aukrust']));
  });

  it('keeps the year of the Estonia visit of 27–28 May as not stated (000)', () => {
    const visit = kb.events.find((e) => e.articleId === seedId(kb, '000') && e.kind === 'visit')!;
    expect(visit.countries).toContain('EE');
    expect(visit.date).toMatchObject({ month: 5, day: 27, endDay: 28 });
    expect(visit.date.provenance).toBe('partial');
    expect(visit.date.basis).toMatch(/year not stated/);
    expect(visit.date.year).toBeUndefined();
  });

  it('reads EVIPA as awaiting ratification by Cyprus, Poland and Germany (001)', () => {
    const evipa = kb.agreements.find((a) => a.aliases.includes('EVIPA'))!;
    const m = evipa.mentions.find((x) => x.status === 'awaiting ratification' && x.by.length > 0)!;
    expect([...m.by].sort()).toEqual(['CY', 'DE', 'PL']);
    expect(m.articleId).toBe(seedId(kb, '001'));
  });

  it('reads the EFTA–Việt Nam FTA as under negotiation in 002 and 004', () => {
    const efta = kb.agreements.find((a) => a.parties.includes('EFTA'))!;
    const negotiating = efta.mentions.filter((m) => m.status === 'negotiating').map((m) => m.articleId.slice(0, 3));
    expect(new Set(negotiating)).toEqual(new Set(['002', '004']));
  });

  it('takes no facts from the See-more teasers of 000 and 002', () => {
    const teaserWords = /Ambassador to the US|US Ambassador|Lao People|congress/i;
    for (const id of [seedId(kb, '000'), seedId(kb, '002')]) {
      const texts = [
        ...kb.passages.filter((p) => p.articleId === id).map((p) => p.text),
        ...kb.events.filter((e) => e.articleId === id).map((e) => e.quote),
        ...kb.milestones.filter((m) => m.articleId === id).map((m) => m.quote),
      ];
      for (const t of texts) expect(t).not.toMatch(teaserWords);
    }
    expect(kb.partners[seedId(kb, '000')]).toEqual(['EE']);
    expect(kb.partners[seedId(kb, '002')]).toEqual(['NO']);
    expect(kb.people.some((p) => p.country === 'US' || p.country === 'LA')).toBe(false);
    for (const name of ['Tran Cam Tu', 'Le Quoc Hung', 'Vilay Lakhamfong']) {
      expect(kb.people.some((p) => p.aliases.some((a) => a.includes(name)))).toBe(false);
    }
  });

  it('names topics with their countries: green transition with Norway', () => {
    const green = kb.topics.find((t) => t.name === 'green transition')!;
    expect(green.countries).toContain('NO');
    expect(green.mentions.every((m) => kb.passages.some((p) => p.id === m.passageId))).toBe(true);
  });

  it('gives every fact a passage that exists and contains its quote', () => {
    const passages = new Map(kb.passages.map((p) => [p.id, p.text]));
    const facts = [...kb.events, ...kb.milestones, ...kb.agreements.flatMap((a) => a.mentions), ...kb.topics.flatMap((t) => t.mentions)];
    expect(facts.length).toBeGreaterThan(20);
    for (const f of facts) expect(passages.get(f.passageId)).toContain(f.quote);
  });
});
