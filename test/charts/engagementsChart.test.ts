import { describe, expect, it } from 'vitest';
import { engagementsChart } from '../../src/charts/engagementsChart.ts';

describe('the engagements chart of a list of events', () => {
  it('counts each kind per year over the years spanned, and marks the milestones that changed the relationship', () => {
    const ev = (kind: string, year: number) =>
      ({
        id: `${kind}${year}`,
        kind,
        date: { provenance: 'resolved', year },
        participants: [],
        countries: ['CL'],
        articleId: 'a',
        passageId: 'a#0',
        quote: '',
      }) as never;
    const ms = (kind: string, year: number, status?: string) =>
      ({
        id: `${kind}${year}`,
        kind,
        country: 'CL',
        date: { provenance: 'resolved', year },
        computed: false,
        basis: 'stated',
        level: 'comprehensive partnership',
        status,
        articleId: 'a',
        passageId: 'a#0',
        quote: '',
      }) as never;
    const chart = engagementsChart(
      'Chile',
      [ev('visit', 2022), ev('talks', 2024), ev('visit', 2024), ev('statement', 2024)],
      [ms('partnership', 2023, 'established'), ms('partnership', 2024, 'current'), ms('anniversary', 2024)],
    )!;
    expect(chart.years).toEqual([2022, 2023, 2024]);
    expect(chart.series).toEqual([
      { kind: 'visit', counts: [1, 0, 1] },
      { kind: 'talks', counts: [0, 0, 1] },
    ]);
    expect(chart.marks).toEqual([{ year: 2023, label: 'comprehensive partnership established' }]);
    expect(chart.alt).toMatch(/3 events from 2022 to 2024/);
    expect(engagementsChart('Chile', [ev('visit', 2024), ev('talks', 2024), ev('visit', 2024)])).toBeUndefined();
  });
});
