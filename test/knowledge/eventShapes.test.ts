import { describe, expect, it } from 'vitest';
import { eventsOf } from '../support/eventsOf.ts';

// More shapes of diplomatic news, in sentences written for these tests; none is copied from the corpus.
describe('events told in a series of deeds', () => {
  it('reads "he paid a courtesy call on X and met with Y" as two calls by the one "he" means, on the day told', () => {
    expect(
      eventsOf(
        'OSLO — Vice President Dang Thi Lan held talks with Norwegian Parliament President Ola Berg on April 2. On the same day, she paid a courtesy call on Prime Minister Kari Dahl and met with Crown Prince Sverre Haakon.',
        '2027-04-04',
      ),
    ).toEqual(['talks 2027-04-02 Berg+Lan', 'reception 2027-04-02 Dahl+Lan', 'talks 2027-04-02 Haakon+Lan']);
  });
});
