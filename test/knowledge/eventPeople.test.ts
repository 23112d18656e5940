import { describe, expect, it } from 'vitest';
import { eventsOf } from '../support/eventsOf.ts';

// Who took part in events: short forms, titles, delegations, recollections.
// Sentences written for these tests; none is copied from the corpus.

describe('short forms', () => {
  it('does not read "Minh" in "Hồ Chí Minh City" as Ho Van Minh', () => {
    expect(
      eventsOf(
        'HÀ NỘI — Deputy Foreign Minister Ho Van Minh received Chilean Senator Rosa Quispe on Monday. Quispe travelled to Hồ Chí Minh City on Wednesday.',
        '2028-03-10',
      ),
    ).toEqual(['reception 2028-03-06 Minh+Quispe', 'visit 2028-03-08 Quispe']);
  });
});

describe('sides and agents', () => {
  it('reads ", and X also met Y" as a meeting of its own', () => {
    expect(
      eventsOf(
        'BERLIN — On 12 May, President Ho Van Minh began a state visit to Germany at the invitation of his host, Federal President Anna Keller. The two presidents held talks on 13 May at Bellevue Palace, and Minh also met with Chancellor Paul Weber.',
        '2029-05-14',
      ),
    ).toEqual(['visit 2029-05-12 Keller+Minh', 'talks 2029-05-13 Keller+Minh', 'talks 2029-05-13 Minh+Weber']);
  });

  it('reads a signing "by the two foreign ministers" with no one named as the two sides’', () => {
    expect(
      eventsOf(
        'VIENTIANE (VNA) — The Lao National Assembly ratified the Việt Nam–Laos agreement on border crossings on Tuesday. The agreement was signed by the two foreign ministers in Vientiane in January.',
        '2028-10-06',
      ),
    ).toEqual(['signing 2028-1']);
  });
});

describe('longer stories: proposals, hosts who recall, delegations on the move', () => {
  it('draws no meeting from a proposal, even a dated one', () => {
    expect(
      eventsOf(
        'CAIRO — Ambassador Ho Van Minh on Thursday met with Egyptian Assistant Foreign Minister Karim Adel. Adel proposed that the two foreign ministries hold their political consultation in Cairo in March.',
        '2028-12-08',
      ),
    ).toEqual(['talks 2028-12-07 Adel+Minh']);
  });

  it('knows a host by the surname the article uses alone ("Díaz-Canel" for Miguel Díaz-Canel Bermúdez), and "his visit" as his', () => {
    expect(
      eventsOf(
        'HAVANA — Party official Ho Van Minh was received by President Miguel Díaz-Canel Bermúdez on July 15. Díaz-Canel thanked Việt Nam for its support and recalled his state visit to Việt Nam in 2023.',
        '2029-07-19',
      ),
    ).toEqual(['reception 2029-07-15 Bermúdez+Minh', 'visit 2023 Bermúdez']);
  });

  it('gives "the delegation" to whoever "led a delegation", and "it" in a later clause to the delegation', () => {
    expect(
      eventsOf(
        'HÀ NỘI — Lao Minister of Planning Somphanh Vongsa led a delegation of the Lao government on a working visit to Việt Nam from July 14 to 17. On July 15, Deputy Prime Minister Ho Van Minh received Somphanh. The delegation then travelled to Hải Phòng, where it attended a seminar on July 16.',
        '2029-07-19',
      ),
    ).toEqual(['visit 2029-07-14 Vongsa', 'reception 2029-07-15 Minh+Vongsa', 'conference 2029-07-16 Vongsa']);
  });
});

describe('people named by one name', () => {
  it('knows "Indonesian Foreign Minister Sugiono" as a person of Indonesia, and not in a visit he only recalls', () => {
    expect(
      eventsOf(
        'JAKARTA — Deputy Prime Minister Ho Van Minh co-chaired the 10th meeting of the Joint Commission with Indonesian Foreign Minister Sugiono in Jakarta on Tuesday. In his speech, Sugiono recalled that President Tran Van Phap visited Indonesia in 2019.',
        '2029-08-31',
      ),
    ).toEqual(['political consultation 2029-08-28 Minh+Sugiono', 'visit 2019 Phap']);
  });
});

describe('delegations, ceremonies and parliaments by name', () => {
  it('gives "The delegation was received by X and held a working session with Y the same day" two meetings of its head', () => {
    expect(
      eventsOf(
        'BEIJING — A delegation led by its head Ho Van Minh paid a working visit to China from July 18 to 22. The delegation was received by Chinese Vice President Li Wei in Beijing on July 19 and held a working session with the International Department’s head Zhang Lin the same day.',
        '2028-07-24',
      ),
    ).toEqual(['visit 2028-07-18 Minh', 'reception 2028-07-19 Minh+Wei', 'talks 2028-07-19 Lin+Minh']);
  });

  it('reads a ceremony attended as a reception, a forum to address as an attendance, and "Chairman of the Mazhilis X" as X', () => {
    expect(
      eventsOf(
        'HÀ NỘI — Vice President Ho Thi Lan and Polish Ambassador Anna Nowak attended a ceremony in Hà Nội on Tuesday marking the anniversary of diplomatic relations.',
        '2029-02-14',
      ),
    ).toEqual(['reception 2029-02-13 Lan+Nowak']);
    expect(
      eventsOf(
        'ASTANA — National Assembly Chairman Ho Van Minh arrived in Astana on Monday at the invitation of Chairman of the Mazhilis Erlan Sadykov. Minh is scheduled to address a business forum on Tuesday.',
        '2029-09-18',
      ),
    ).toEqual(['visit 2029-09-17 Minh+Sadykov', 'conference 2029-09-18 Minh']);
  });
});

describe('handovers, recollections and consultations on two days', () => {
  it('reads rice handed over at a ceremony as a reception, and "his visit" in what the host recalls as the recalled one’s', () => {
    expect(
      eventsOf(
        'HAVANA — Vietnamese Ambassador Ho Van Minh handed over 2,000 tonnes of rice to Cuban Minister of Trade Rosa Diaz at a ceremony in Havana on Tuesday. Diaz thanked Việt Nam, recalling that General Secretary Tran Van Phap had announced the gift during his state visit to Cuba in September.',
        '2028-12-21',
      ),
    ).toEqual(['reception 2028-12-19 Diaz+Minh', 'visit 2028-9 Phap']);
  });

  it('reads "consultations with A in Nairobi on March 23 and with B in Dodoma on March 26" as two, each on its day', () => {
    expect(
      eventsOf(
        'NAIROBI — Deputy Minister Ho Van Minh held political consultations with Kenyan Principal Secretary John Kamau in Nairobi on March 23 and with Tanzanian Permanent Secretary Amina Juma in Dodoma on March 26.',
        '2029-03-28',
      ),
    ).toEqual(['political consultation 2029-03-23 Kamau+Minh', 'political consultation 2029-03-26 Juma+Minh']);
  });

  it('gives "…, and co-chaired the ASEAN–EU Ministerial Meeting with X" to the sentence’s subject too', () => {
    expect(
      eventsOf(
        'MANILA — Foreign Minister Ho Van Minh met his counterparts from the US and China on the sidelines, and co-chaired the ASEAN–EU Ministerial Meeting with EU High Representative Anna Berg on August 10.',
        '2029-08-13',
      ).at(-1),
    ).toBe('conference 2029-08-10 Berg+Minh');
  });
});

describe('a Sultan by his title, a plenary within a dialogue', () => {
  it('reads "during their talks", "The Sultan is paying a state visit", his last stay for a summit, and the press met as no talks', () => {
    expect(
      eventsOf(
        'HÀ NỘI — General Secretary Ho Van Minh and Sultan Haji Omar Saifuddin of Brunei agreed to upgrade ties during their talks in Hà Nội on Monday. The Sultan is paying a state visit to Việt Nam from October 28 to 30. He was last in Việt Nam for the APEC summit in Đà Nẵng in 2017. After the talks, the two leaders met the press.',
        '2029-10-30',
      ),
    ).toEqual(['talks 2029-10-29 Minh+Saifuddin', 'visit 2029-10-28 Saifuddin', 'conference 2017 Saifuddin']);
  });

  it('reads a plenary session within a dialogue’s days as part of the dialogue attended', () => {
    expect(
      eventsOf(
        'SINGAPORE — Defence Minister Ho Van Minh led a delegation to the Shangri-La Dialogue in Singapore from May 31 to June 2. Speaking at a plenary session on June 1, Minh outlined Việt Nam’s defence policy.',
        '2028-06-05',
      ),
    ).toEqual(['conference 2028-05-31 Minh']);
  });
});

describe('a head of state by a hyphenated surname', () => {
  it('gives "Cuban President Díaz-Canel’s state visit" to Díaz-Canel', () => {
    expect(
      eventsOf(
        'HÀ NỘI — Cuban Ambassador Rosa Diaz on Monday presented a copy of her credentials to Deputy Foreign Minister Ho Van Minh. Minh congratulated Diaz, recalling Cuban President Díaz-Canel’s state visit to Việt Nam in 2023.',
        '2029-09-04',
      ).at(-1),
    ).toBe('visit 2023 Díaz-Canel');
  });
});
