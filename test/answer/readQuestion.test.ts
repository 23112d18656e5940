import { describe, expect, it } from 'vitest';
import { answerType } from '../../src/answer/answerType.ts';
import { cleanQuestion, MAX_QUESTION_CHARS, readQuestion } from '../../src/answer/readQuestion.ts';
import { readTime } from '../../src/answer/readTime.ts';
import { readRole } from '../../src/answer/readRole.ts';

const NOW = new Date('2026-06-15T00:00:00Z');

describe('reading a question', () => {
  it('strips mentions and pings and caps the length instead of refusing', () => {
    expect(cleanQuestion('@everyone <@123> <!channel> who met   the envoy?')).toBe('who met the envoy?');
    expect(cleanQuestion('x'.repeat(5000))).toHaveLength(MAX_QUESTION_CHARS);
  });

  it('gives lemmas, parts of speech, the question word and the head noun', () => {
    const q = readQuestion('Which envoys visited Nairobi in March?', NOW);
    expect(q.qword).toBe('which');
    expect(q.head).toBe('envoy');
    expect(q.tokens.find((t) => t.folded === 'visited')?.lemma).toBe('visit');
    expect(q.verbs).toContain('visit');
  });

  it('reads "according to" as framing a source, not as the noun "accord"', () => {
    const q = readQuestion('Which sectors does Chile hope to expand, according to its ambassador?', NOW);
    expect(q.tokens.some((t) => t.lemma === 'accord')).toBe(false);
    expect(readQuestion('When was the Paris accord signed?', NOW).tokens.some((t) => t.lemma === 'accord')).toBe(true);
  });

  it('keeps Vietnamese names whole', () => {
    const q = readQuestion('What has Vietnam discussed with Đan Mạch?', NOW);
    expect(q.tokens.map((t) => t.folded)).toEqual(expect.arrayContaining(['dan', 'mach']));
  });

  it('reads "up to" and "since" a year as an open range, not that year alone', () => {
    expect(readTime('Vietnam–Chile relations up to the 2019 summit', NOW)).toMatchObject({ years: [], to: '2019' });
    expect(readTime('what has Vietnam done with Peru since 2010', NOW)).toMatchObject({ years: [], from: '2010' });
    expect(readTime('Vietnam–Chile relations up to the 2019 summit', NOW).from).toBeUndefined();
  });

  it('reads years, months and relative years', () => {
    expect(readTime('what happened in February 2026', NOW)).toMatchObject({ from: '2026-02', to: '2026-02' });
    expect(readTime('meetings last year', NOW)).toMatchObject({ years: [2025], from: '2025' });
    expect(readTime('visits from 2019 to 2021', NOW)).toMatchObject({ from: '2019', to: '2021' });
    expect(readTime('may I ask about trade', NOW).months).toEqual([]);
    expect(readTime('in early 2024', NOW)).toMatchObject({ from: '2024-01', to: '2024-06' });
  });

  it('reads the office asked about, its rank and country', () => {
    expect(readRole(readQuestion("Who is Vietnam's foreign minister?", NOW), [])).toEqual({
      office: 'foreign minister',
      deputy: false,
      of: 'VN',
    });
    expect(readRole(readQuestion('Who is the deputy foreign minister of Vietnam?', NOW), [])).toMatchObject({ deputy: true, of: 'VN' });
    expect(readRole(readQuestion('Who is the Chilean envoy to Vietnam?', NOW), ['CL'])).toMatchObject({
      office: 'ambassador',
      of: 'CL',
      to: 'VN',
    });
    expect(readRole(readQuestion('Who is Vietnam’s ambassador to Chile?', NOW), ['CL'])).toMatchObject({
      office: 'ambassador',
      of: 'VN',
      to: 'CL',
    });
  });
});

describe('the answer type, from the table', () => {
  const type = (s: string) => answerType(readQuestion(s, NOW));
  it.each([
    ['Who signed the memorandum?', 'person'],
    ['Which minister opened the forum?', 'person'],
    ['In which city was the forum held?', 'place'],
    ['Where did the talks take place?', 'place'],
    ['On what date did the envoy arrive?', 'date'],
    ['When was the embassy opened?', 'date'],
    ['kenya minister visit dates', 'date'],
    ['List Vietnam’s meetings with Kenya in the news', 'events'],
    ['Which meetings did the minister attend in Nairobi?', 'items'],
    ['How much did exports grow?', 'amount'],
    ['How long did the visit last?', 'duration'],
    ['Which anniversary of ties was marked?', 'ordinal'],
    ['What framework governs the two countries’ ties?', 'level'],
    ['Which countries joined the initiative?', 'countries'],
    ['What sectors did they agree to develop?', 'items'],
    ['Why did the minister travel to Nairobi?', 'reason'],
    ['What was the purpose of the trip?', 'reason'],
    ['Timeline of contacts with Chile', 'events'],
    ['How are relations with Kenya?', 'overview'],
    ['chile vietnam relations', 'overview'],
    ['Was there a summit in 2024?', 'fact'],
  ])('%s → %s', (q, t) => expect(type(q)).toBe(t));
});
