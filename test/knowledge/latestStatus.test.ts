import { describe, expect, it } from 'vitest';
import { latestStatus } from '../../src/knowledge/queries.ts';
import type { Agreement, AgreementStatus, StatusMention } from '../../src/knowledge/types.ts';
import type { DateInfo } from '../../src/corpus/types.ts';

const mention = (articleId: string, status: AgreementStatus, date: DateInfo): StatusMention => ({
  status,
  by: [],
  date,
  articleId,
  passageId: `${articleId}#0`,
  quote: '…',
});
const agreement = (mentions: StatusMention[]): Agreement => ({
  id: 'fta',
  name: 'Test FTA',
  aliases: [],
  kind: 'trade agreement',
  parties: ['VN', 'EU'],
  mentions,
});

describe('latestStatus', () => {
  it('is the status of the latest dated mention, not of one whose year is unknown', () => {
    const a = agreement([
      mention('a', 'awaiting ratification', { provenance: 'resolved', year: 2018, month: 11, day: 14, iso: '2018-11-14', basis: 'stated' }),
      mention('b', 'in force', { provenance: 'resolved', year: 2024, month: 6, day: 8, iso: '2024-06-08', basis: 'stated' }),
      mention('c', 'awaiting ratification', { provenance: 'partial', month: 10, day: 15, basis: 'day and month stated, year not stated' }),
    ]);
    expect(latestStatus(a)?.status).toBe('in force');
  });

  it('falls back to an undated mention when none is dated, and never lets "mentioned" hide a status', () => {
    const a = agreement([
      mention('a', 'negotiating', { provenance: 'unknown', basis: 'no date' }),
      mention('b', 'mentioned', { provenance: 'resolved', year: 2025, basis: 'stated' }),
    ]);
    expect(latestStatus(a)?.status).toBe('negotiating');
  });
});
