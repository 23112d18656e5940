import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.ts';
import { buildKnowledge } from '../../src/knowledge/buildKnowledge.ts';
import { eventEvidence } from '../../src/knowledge/queries.ts';

const article = (file: string, source: string, body: string) => {
  const parsed = parseArticle(`---\nsource: ${source}\ndate: 2026-03-11\ntitle: ${file}\n---\n${body}`, { file });
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.article;
};

// Two agencies' reports of one meeting, and a third of another meeting the same day, written for this test.
const VNA = article(
  'vna.txt',
  'VNA',
  'Hanoi (VNA) – Deputy Minister of Foreign Affairs Tran Van Binh received Chilean Ambassador Maria Fuentes in Hanoi on March 10. Binh proposed closer trade ties.',
);
const VNS = article(
  'vns.txt',
  'VNS',
  'HÀ NỘI — Chilean Ambassador Maria Fuentes was received by Deputy Foreign Minister Tran Van Binh in Hà Nội on March 10, where the two discussed copper and wine trade.',
);
const VOV = article(
  'vov.txt',
  'VOV',
  'Hanoi (VOV) – Deputy Minister of Foreign Affairs Tran Van Binh received Peruvian Ambassador Carla Ramos in Hanoi on March 10.',
);

describe('one event told by several articles', () => {
  it('is one event with each article as evidence, and a different meeting the same day stays apart', () => {
    const kb = buildKnowledge([VNA, VNS, VOV]);
    const receptions = kb.events.filter((e) => e.kind === 'reception');
    expect(receptions).toHaveLength(2);
    const chile = receptions.find((e) => e.countries.includes('CL'))!;
    expect(
      eventEvidence(chile)
        .map((x) => x.articleId)
        .sort(),
    ).toEqual([VNA.id, VNS.id].sort());
    expect(receptions.find((e) => e.countries.includes('PE'))!.also).toBeUndefined();
  });
});

describe('events held during a visit', () => {
  it('belong to the visit: talks on a day of the trip with one of its people', () => {
    const trip = article(
      'trip.txt',
      'VNA',
      'LIMA — Deputy Foreign Minister Tran Van Binh paid a working visit to Peru from March 8 to 11. On March 9, Binh held talks with Peruvian Vice Minister Carla Ramos in Lima.',
    );
    const kb = buildKnowledge([trip]);
    const visit = kb.events.find((e) => e.kind === 'visit')!;
    const talks = kb.events.find((e) => e.kind === 'talks')!;
    expect(talks.during).toBe(visit.id);
    expect(visit.during).toBeUndefined();
  });
});
