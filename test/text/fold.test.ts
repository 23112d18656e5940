import { describe, expect, it } from 'vitest';
import { fold, foldWord, foldWords, foldedWordsOf } from '../../src/text/fold.ts';

describe('folding word by word', () => {
  it('gives the words foldWords gives, for Vietnamese, decomposed marks, apostrophes, dashes and digits', () => {
    for (const text of [
      'Thủ tướng Phạm Minh Chính’s visit to Đà Nẵng on 3/9/2025 – “a milestone”.',
      'Vie\u0302\u0323t Nam and the U.S. signed the 2+2 deal; Ha Noi (VNA) — 30th anniversary!',
      "Norway's ambassador, H.E. Hilde Solbakken, met ĐẶNG Hoàng Giang",
    ])
      expect(foldedWordsOf(text)).toEqual(foldWords(text).split(' '));
  });

  it('remembers a word’s folded form and gives fold()’s', () => {
    expect(foldWord('Nẵng')).toBe(fold('Nẵng'));
    expect(foldWord('Nẵng')).toBe('nang');
  });
});
