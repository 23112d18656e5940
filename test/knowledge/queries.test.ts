import { describe, expect, it } from 'vitest';
import { agreementsOf, dateInRange, dateRange, eventsWhere, mainRole, placeAndBlocs, placeName } from '../../src/knowledge/queries.ts';
import type { Agreement, KnowledgeBase } from '../../src/knowledge/types.ts';
import { eventLine, personLabel } from '../../src/knowledge/describe.ts';
import { inventedServices } from '../support/inventedCorpus.ts';

// Lookups over the invented corpus of test/support/inventedCorpus.ts (Chile, Kenya, Laos).
describe('knowledge-base lookups', async () => {
  const { kb } = await inventedServices();
  const personId = (name: string) => kb.people.find((p) => p.name === name)!.id;

  it('finds a partner’s events and a person’s, in date order, within a period', () => {
    expect(eventsWhere(kb, { country: 'CL' }).map((e) => `${e.date.iso} ${e.kind}`)).toEqual(['2026-03-03 reception']);
    expect(eventsWhere(kb, { person: personId('Pham Quoc Tuan') }).map((e) => e.kind)).toEqual(['political consultation']);
    const dates = eventsWhere(kb, {}).map((e) => e.date.iso ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(eventsWhere(kb, { from: '2026', to: '2026-03' }).map((e) => e.date.iso)).toEqual(['2026-03-03']);
  });

  it('reads periods at the precision given, and keeps an undated event out of any period', () => {
    const march3 = { provenance: 'resolved' as const, year: 2026, month: 3, day: 3, iso: '2026-03-03', basis: '' };
    expect(dateInRange(march3, '2026-03', '2026-03')).toBe(true);
    expect(dateInRange(march3, '2026-03-04')).toBe(false);
    expect(dateInRange({ provenance: 'partial', year: 2026, basis: '' }, '2026', '2026')).toBe(true);
    expect(dateInRange({ provenance: 'unknown', basis: '' }, '2020')).toBe(false);
    expect(dateInRange({ provenance: 'unknown', basis: '' })).toBe(true);
  });

  it('names places, people with their role, and the corpus’s span', () => {
    expect(placeName(kb, 'KE')).toBe('Kenya');
    expect(placeAndBlocs(kb, 'LA')).toContain('ASEAN');
    const fuentes = kb.people.find((p) => p.name === 'Maria Fuentes')!;
    expect(mainRole(fuentes)).toBe('Chilean Ambassador');
    expect(personLabel(kb, fuentes.id)).toBe('Maria Fuentes (Chilean Ambassador)');
    expect(dateRange(kb)).toEqual({ first: '2025-11-20', last: '2026-04-09' });
    expect(eventLine(kb, eventsWhere(kb, { country: 'CL' })[0]!)).toBe(
      '2026-03-03 · reception · Tran Van Binh (Deputy Minister of Foreign Affairs), Maria Fuentes (Chilean Ambassador) · Hanoi',
    );
  });
});

describe('agreements of a place', () => {
  const agreement = (id: string, parties: string[], by: string[] = []): Agreement => ({
    id,
    name: id,
    aliases: [],
    kind: 'agreement',
    parties,
    mentions: [{ articleId: 'a', quote: '', status: by.length ? 'signed' : 'mentioned', by, date: {} } as Agreement['mentions'][number]],
  });
  const kb = {
    gazetteer: { places: [{ code: 'EU', members: ['CY', 'DE'] }, { code: 'CY' }, { code: 'DE' }, { code: 'JP' }] },
    agreements: [
      agreement('investment protection', ['VN', 'EU'], ['CY', 'DE']),
      agreement('labour', ['VN', 'JP'], ['CY']),
      agreement('free trade', ['VN', 'EU']),
      agreement('visa', ['VN', 'DE']),
    ],
  } as unknown as KnowledgeBase;

  it('holds those it is a party to, those of its blocs, and those a mention says it is to ratify, in corpus order', () => {
    expect(agreementsOf(kb, 'DE').map((a) => a.id)).toEqual(['investment protection', 'free trade', 'visa']);
    expect(agreementsOf(kb, 'CY').map((a) => a.id)).toEqual(['investment protection', 'labour', 'free trade']);
    expect(agreementsOf(kb, 'JP').map((a) => a.id)).toEqual(['labour']);
    expect(agreementsOf(kb, 'EU').map((a) => a.id)).toEqual(['investment protection', 'free trade']);
  });
});
