import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';

describe('sentences of a paragraph', () => {
  it('split at sentence ends, not after initials, titles or abbreviations', () => {
    const p = 'Deputy FM A. Rudenko met Gen. Tran Van Binh on Jan. 3 in Hanoi. The two sides agreed to meet again.They will sign a plan.';
    expect(splitSentences(p).map((s) => s.text)).toEqual([
      'Deputy FM A. Rudenko met Gen. Tran Van Binh on Jan. 3 in Hanoi.',
      'The two sides agreed to meet again.',
      'They will sign a plan.',
    ]);
  });

  it('give each caller its own sentences, however often a paragraph is split', () => {
    const first = splitSentences('One sentence here. Another one there.');
    first[0]!.text = 'changed';
    first.pop();
    expect(splitSentences('One sentence here. Another one there.').map((s) => s.text)).toEqual([
      'One sentence here.',
      'Another one there.',
    ]);
  });
});
