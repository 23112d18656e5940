import { describe, expect, it } from 'vitest';
import { checkIsoDate, findDateMentions, resolveMention } from '../../src/corpus/dates.ts';

// Sentences written for these tests; the article is dated Thursday 12 March 2026 unless said otherwise.
const REF = { year: 2026, iso: '2026-03-12' };
const resolve = (sentence: string, ref: { year?: number; iso?: string } = REF, future = false) => {
  const m = findDateMentions(sentence)[0];
  if (!m) return undefined;
  const d = resolveMention(m, ref, sentence, { future });
  return { iso: d.iso, year: d.year, month: d.month, day: d.day, endDay: d.endDay, provenance: d.provenance };
};

describe('dates in sentences', () => {
  it('reads a full date in either order, and a range as its first day with its last', () => {
    expect(resolve('Ties were established on November 25, 1971.')).toMatchObject({ iso: '1971-11-25', provenance: 'resolved' });
    expect(resolve('The forum opened on 8 April 2025 in Oslo.')).toMatchObject({ iso: '2025-04-08' });
    expect(resolve('The talks took place from June 21 to 23.')).toMatchObject({ iso: '2025-06-21', endDay: 23 });
    expect(resolve('The meetings were held on May 27-28.')).toMatchObject({ day: 27, endDay: 28 });
  });

  it('takes the year of a date without one from the article: the latest such day up to shortly after it', () => {
    expect(resolve('He arrived in Hanoi on March 10.')).toMatchObject({ iso: '2026-03-10' });
    // "in August" in a March article happened the year before.
    expect(resolve('The delegation visited Oslo on August 3.')).toMatchObject({ iso: '2025-08-03' });
    // A plan may lie ahead.
    expect(resolve('The envoy will visit on August 3.', REF, true)).toMatchObject({ iso: '2026-08-03' });
  });

  it('counts "yesterday" and weekdays from the article date, and says so when the article has none', () => {
    expect(resolve('The minister met the ambassador yesterday.')).toMatchObject({ iso: '2026-03-11' });
    expect(resolve('The two sides held talks on Monday.')).toMatchObject({ iso: '2026-03-09' });
    expect(resolve('The two sides will meet again on Monday.', REF, true)).toMatchObject({ iso: '2026-03-16' });
    expect(resolve('The minister met the ambassador yesterday.', {})).toMatchObject({ provenance: 'unknown' });
  });

  it('counts "last May", "last month" and "this month" from the article month', () => {
    expect(resolve('The president visited Hanoi last May.')).toMatchObject({ year: 2025, month: 5, day: undefined });
    expect(resolve('The president visited Hanoi last February.')).toMatchObject({ year: 2026, month: 2 });
    // In a March article, "last March" is a year back.
    expect(resolve('The forum was held last March.')).toMatchObject({ year: 2025, month: 3 });
    expect(resolve('He received the envoy late last month.')).toMatchObject({ year: 2026, month: 2 });
    expect(resolve('He received the envoy earlier this month.')).toMatchObject({ year: 2026, month: 3 });
    expect(resolve('Talks were held last month.', { year: 2026, iso: '2026-01-05' })).toMatchObject({ year: 2025, month: 12 });
    expect(resolve('Talks were held last month.', {})).toMatchObject({ provenance: 'unknown' });
    // "Last week" from Thursday 12 March is 27 February to 11 March: only the year is sure.
    expect(resolve('The envoy visited Oslo last week.')).toMatchObject({ year: 2026, month: undefined });
    expect(resolve('The envoy visited Oslo last week.', { year: 2026, iso: '2026-03-25' })).toMatchObject({ year: 2026, month: 3 });
    expect(resolve('The talks were held In June.')).toMatchObject({ year: 2025, month: 6 });
    // "May" the verb is not a month.
    expect(findDateMentions('The sides may meet again at last.')).toEqual([]);
  });

  it('leaves the year unknown when nothing gives it', () => {
    expect(resolve('The talks took place on March 14.', {})).toMatchObject({ month: 3, day: 14, provenance: 'partial', year: undefined });
  });

  it('does not make a day that does not exist', () => {
    expect(resolve('The visit began on February 29, 2025.')).toMatchObject({ year: 2025, month: 2, day: undefined, iso: undefined });
    expect(checkIsoDate('2025-02-29')).toMatchObject({ part: 'day', year: 2025 });
    expect(checkIsoDate('2025-13-01')).toMatchObject({ part: 'month' });
    expect(checkIsoDate('2026-01-08')).toEqual({ iso: '2026-01-08' });
  });
});
