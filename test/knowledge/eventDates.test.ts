import { describe, expect, it } from 'vitest';
import { eventsOf } from '../support/eventsOf.ts';

// When events happened: days and years counted, ends and starts, plans.
// Sentences written for these tests; none is copied from the corpus.

describe('days and years counted from what the story told', () => {
  it('counts "a day earlier" and "the previous evening" back from the event told before', () => {
    expect(
      eventsOf(
        'HÀ NỘI — Defence Minister Ho Van Minh and Thai Defence Minister Somchai Kittikun co-chaired a defence policy dialogue on Thursday. A day earlier, Minh hosted an official welcome ceremony for Somchai, after which the two ministers held talks.',
        '2029-04-20',
      ),
    ).toEqual(['political consultation 2029-04-19 Kittikun+Minh', 'reception 2029-04-18 Kittikun+Minh', 'talks 2029-04-18 Kittikun+Minh']);
    expect(
      eventsOf(
        'Prime Minister Ho Van Minh met Thai Prime Minister Somchai Kittikun on October 27 on the sidelines of the summit. Minh also spoke with other leaders at a gala dinner hosted by the Lao Prime Minister the previous evening.',
        '2028-10-28',
      ),
    ).toEqual(['talks 2028-10-27 Kittikun+Minh', 'reception 2028-10-26 Minh']);
  });

  it('reads "two years ago" and "last year" right after a visit as its year, apart from the visit told before it', () => {
    expect(
      eventsOf(
        'LIMA — Ambassador Tran Van Phap recalled the state visit to Việt Nam by Peruvian President Rosa Quispe in May 2019, and Prime Minister Ho Van Minh’s visit to Lima two years ago.',
        '2028-10-27',
      ),
    ).toEqual(['visit 2019-5 Quispe', 'visit 2026 Minh']);
  });

  it('gives a visit recalled with "when he met then-President X" to its visitor, and the meeting to both', () => {
    expect(
      eventsOf(
        'ASTANA — General Secretary Ho Van Minh held talks with Kazakh President Arman Seitkali on Sunday. Seitkali last travelled to Việt Nam in 2026, when he met then-President Tran Van Phap.',
        '2029-03-12',
      ),
    ).toEqual(['talks 2029-03-11 Minh+Seitkali', 'visit 2026 Seitkali', 'talks 2026 Phap+Seitkali']);
  });

  it('dates a visit announced in December for January in the next year, and the meetings planned in it by the month', () => {
    expect(
      eventsOf(
        'TOKYO — Japanese Foreign Minister Sato Kenji will visit Vietnam from January 5 to 8, the Foreign Ministry said Friday. In Hanoi, Sato is expected to hold talks with his Vietnamese counterpart Ho Van Minh and pay a courtesy call on Prime Minister Tran Van Phap.',
        '2028-12-16',
      ),
    ).toEqual(['visit 2029-01-05 Kenji', 'talks 2029-1 Kenji+Minh', 'reception 2029-1 Kenji+Phap']);
  });
});

describe('sessions recalled and planned', () => {
  it('gives an earlier session recalled in passing no people, not even the speakers that follow', () => {
    expect(
      eventsOf(
        'NEW DELHI — Foreign Minister Ho Van Minh and Indian Minister Arjun Mehta co-chaired the 19th meeting of the Joint Commission in New Delhi on Thursday. Reviewing the outcomes of the 18th meeting, held in Hà Nội in October 2027, the two ministers noted that trade had grown. Minh invited Indian firms to invest in Việt Nam.',
        '2029-02-23',
      ),
    ).toEqual(['political consultation 2029-02-22 Mehta+Minh', 'political consultation 2027-10']);
  });

  it('draws no talks from meeting businesses, and dates a meeting agreed "in the fourth quarter" by the article’s year', () => {
    expect(
      eventsOf(
        'BRASÍLIA — On May 17, Deputy Prime Minister Ho Van Minh held talks with Brazilian Foreign Minister Paulo Mendes, and they agreed to hold the next meeting of the joint commission in Hà Nội in the fourth quarter. Later that day, Minh met with Brazilian businesses operating in Việt Nam.',
        '2028-05-19',
      ),
    ).toEqual(['talks 2028-05-17 Mendes+Minh', 'political consultation 2028']);
  });
});

describe('a video call, an old treaty, a visit expected next year', () => {
  it('reads a video call as a call, and a treaty "which was signed" decades ago as no deed of today’s two leaders', () => {
    expect(
      eventsOf(
        'HÀ NỘI, April 15 (VNA) — President Ho Van Minh held a video call with Lao President Khamla Vongsa on April 15. The two leaders agreed to mark the anniversary of the Treaty of Amity and Cooperation, which was signed in Vientiane in July 1977.',
        '2029-04-16',
      ),
    ).toEqual(['phone call 2029-04-15 Minh+Vongsa', 'signing 1977-7']);
  });

  it('keeps the two presidents who "first met" years ago as that meeting’s people', () => {
    expect(
      eventsOf(
        'President Ho Van Minh held talks with Philippine President Jose Reyes on Monday. The two presidents first met on the sidelines of the APEC Summit in Lima in November 2024.',
        '2026-03-12',
      ),
    ).toEqual(['talks 2026-03-09 Minh+Reyes', 'talks 2024-11 Minh+Reyes']);
  });

  it('reads a visit "expected in the first quarter of next year" as that year’s, even named after "ahead of"', () => {
    expect(
      eventsOf(
        'BUDAPEST — Deputy Foreign Minister Ho Van Minh and Hungarian State Secretary Peter Szabo co-chaired the fifth political consultation in Budapest on Friday. The consultation was held ahead of the visit to Việt Nam by Hungarian Prime Minister Laszlo Kovacs, expected in the first quarter of next year.',
        '2029-11-26',
      ),
    ).toEqual(['political consultation 2029-11-23 Minh+Szabo', 'visit 2030 Kovacs']);
  });
});

describe('a trip told from its end, receptions held, agreements recalled', () => {
  it('reads ", having met with X on March 21" as a meeting, a summit spoken at, and deals of firms as no signing', () => {
    expect(
      eventsOf(
        'CANBERRA — Deputy Prime Minister Ho Van Minh wrapped up a trip to Australia on Sunday, having met with Australian Treasurer Jim Walsh in Canberra on March 21. In Sydney, Minh also spoke at the Australia–Việt Nam Business Summit on March 22, where more than 20 memoranda were signed between firms of the two countries.',
        '2028-03-27',
      ),
    ).toEqual(['visit 2028-3 Minh', 'talks 2028-03-21 Minh+Walsh', 'conference 2028-03-22 Minh']);
  });

  it('reads "A reception was held" with the guests the next sentence names, and "The original agreement was signed in 1996"', () => {
    expect(
      eventsOf(
        'BERN — A reception was held in Bern on Wednesday evening to mark the anniversary of Việt Nam–Switzerland diplomatic relations. Swiss State Secretary Anna Keller and Vietnamese Ambassador Ho Van Minh attended the event. The original agreement on trade was signed in 1996.',
        '2028-10-16',
      ),
    ).toEqual(['reception 2028-10-11 Keller+Minh', 'signing 1996']);
  });
});

describe('trips told from their end', () => {
  it('reads "met with A on March 21 and B on March 24" as two meetings on their days, in a trip to two countries ended in March', () => {
    expect(
      eventsOf(
        'CANBERRA — Deputy Prime Minister Ho Van Minh wrapped up a week-long trip to Australia and New Zealand on Sunday, having met with Australian Treasurer Jim Walsh in Canberra on March 21 and New Zealand Trade Minister Emma Clarke in Wellington on March 24.',
        '2028-03-27',
      ),
    ).toEqual(['visit 2028-3 Minh', 'visit 2028-3 Minh', 'talks 2028-03-21 Minh+Walsh', 'talks 2028-03-24 Clarke+Minh']);
  });
});

describe('"the next day" is no plan', () => {
  it('reads "The next day, X met Y" as a meeting the day after the one told before', () => {
    expect(
      eventsOf(
        'PRAGUE — Deputy Prime Minister Ho Van Minh held talks with Czech Deputy Prime Minister Jan Novak in Prague on May 21. The next day, Minh met with Slovak Deputy Prime Minister Peter Kral.',
        '2029-05-23',
      ),
    ).toEqual(['talks 2029-05-21 Minh+Novak', 'talks 2029-05-22 Kral+Minh']);
  });
});

describe('retreats and audiences', () => {
  it('reads a joint cabinet retreat co-chaired, the previous one, the next one agreed without its people, and an audience by a king', () => {
    expect(
      eventsOf(
        'BANGKOK — Prime Minister Ho Van Minh and Thai Prime Minister Somchai Kittikun co-chaired the fifth Việt Nam–Thailand Joint Cabinet Retreat in Bangkok on November 4. The previous retreat was held in Hà Nội in 2026. On the same occasion, Minh was granted an audience by King Rama Chakri. The two prime ministers agreed that the sixth retreat would take place in Việt Nam in 2030.',
        '2028-11-06',
      ),
    ).toEqual([
      'political consultation 2028-11-04 Kittikun+Minh',
      'political consultation 2026',
      'reception 2028-11-04 Chakri+Minh',
      'political consultation 2030',
    ]);
  });
});

describe('weeks counted from the article', () => {
  it('reads "will travel to Tokyo this weekend for the Summit, media reported on Monday" as an attendance that month', () => {
    expect(
      eventsOf(
        'HÀ NỘI — Prime Minister Ho Van Minh will travel to Tokyo this weekend for the ASEAN–Japan Summit, Japanese media reported on Monday.',
        '2029-12-03',
      ),
    ).toEqual(['conference 2029-12 Minh']);
  });

  it('reads "earlier this week" as this month, and the spokeswoman who announces a meeting as no one at it', () => {
    expect(
      eventsOf(
        'PHNOM PENH — Deputy Foreign Minister Ho Van Minh and Cambodian Senior Minister Sok Chea held talks in Phnom Penh earlier this week.',
        '2028-06-30',
      ),
    ).toEqual(['talks 2028-6 Chea+Minh']);
    expect(
      eventsOf(
        'HÀ NỘI — Deputy Prime Minister Ho Van Minh will attend the G20 Foreign Ministers’ Meeting in Johannesburg next week, spokeswoman Tran Thi Mai announced on Thursday.',
        '2029-06-14',
      ),
    ).toEqual(['conference 2029-6 Minh']);
  });
});
