import { describe, expect, it } from 'vitest';
import { bestOf } from '../../src/search/bestOf.ts';

describe('bestOf', () => {
  it('keeps the highest positive scores, the lower place first on a tie', () => {
    const scores = [0, 3, 1, 3, -2, 5, 2];
    expect(bestOf(scores.length, (at) => scores[at]!, 3)).toEqual([5, 1, 3]);
    expect(bestOf(scores.length, (at) => scores[at]!, 10)).toEqual([5, 1, 3, 6, 2]);
  });
});
