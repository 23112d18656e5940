import { describe, expect, it } from 'vitest';
import { termKey } from '../../src/answer/nlp.ts';
import { synonymKeys } from '../../src/answer/synonyms.ts';

describe('synonyms of diplomatic news', () => {
  it('match a question word to the word the press uses for it, and nothing unrelated', () => {
    expect(synonymKeys(termKey('backed'))).toContain(termKey('support'));
    expect(synonymKeys(termKey('candidacy'))).toContain(termKey('bid'));
    expect(synonymKeys(termKey('envoy'))).toContain(termKey('ambassador'));
    expect(synonymKeys(termKey('fourth'))).toContain('4th');
    expect(synonymKeys(termKey('candidacy'))).not.toContain(termKey('support'));
    expect(synonymKeys(termKey('copper'))).toEqual([termKey('copper')]);
  });
});
