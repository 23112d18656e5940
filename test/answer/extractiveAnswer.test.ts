import { describe, expect, it } from 'vitest';
import { extractiveAnswer, type RankedSentence } from '../../src/answer/extractiveAnswer.ts';
import { WEIGHTS } from '../../src/answer/scoreSentence.ts';

const FEATURES = { cover: 1, window: 1, entity: 1, passage: 1, time: 1, rank: 1, title: 0 };
function sentence(articleId: string, passage: number, text: string, score: number, typed: boolean): RankedSentence {
  return { articleId, passageId: `${articleId}#${passage}`, text, at: 0, features: FEATURES, context: text, score, typed };
}

describe('the extractive answer', () => {
  it('answers a reason told over several sentences of one article with each of them', () => {
    const ranked = [
      sentence('a', 0, 'The visit aims to open new markets for rice.', 2.4, true),
      sentence('b', 3, 'Kenya and Vietnam held talks in Nairobi.', 1.5, false),
      sentence('a', 2, 'The minister said closer ties reflect the role of Asian partners.', 1.3, true),
    ];
    const answer = extractiveAnswer('reason', ranked, WEIGHTS);
    expect(answer.quotes.map((q) => q.quote)).toEqual([
      'The visit aims to open new markets for rice.',
      'The minister said closer ties reflect the role of Asian partners.',
    ]);
  });

  it('says nothing below the threshold', () => {
    const answer = extractiveAnswer(
      'reason',
      [sentence('a', 0, 'The visit aims to open new markets.', WEIGHTS.threshold - 0.1, true)],
      WEIGHTS,
    );
    expect(answer.notCovered).toMatch(/below/);
    expect(answer.quotes).toEqual([]);
  });
});
