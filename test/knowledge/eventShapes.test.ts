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

describe('words that start, end or frame an event', () => {
  it('reads a visit from its arrival when the story tells its end first, and a meeting with the community as no talks', () => {
    expect(
      eventsOf(
        'MADRID — Vice President Dang Thi Lan concluded her official visit to Spain on June 9. Earlier, on arrival in Madrid on June 6, Lan laid flowers at a memorial and met with the Vietnamese community in the city.',
        '2027-06-10',
      ),
    ).toEqual(['visit 2027-06-06 Lan']);
  });

  it('does not date an attendance by the day its meeting runs until', () => {
    expect(
      eventsOf(
        'Deputy Prime Minister Ho Van Minh arrived in Geneva on March 2 for a working trip to attend the Human Rights Council session, which runs until April 4.',
        '2027-03-03',
      ),
    ).toEqual(['visit 2027-03-02 Minh']);
  });

  it('gives "his visit" to who recalls it, not to whom he was meeting', () => {
    expect(
      eventsOf(
        'Prime Minister Ho Van Minh met Chilean President Ana Rojas in Santiago on May 3. Meeting Rojas, Minh recalled his official visit to Chile in March 2024.',
        '2027-05-04',
      ),
    ).toEqual(['talks 2027-05-03 Minh+Rojas', 'visit 2024-3 Minh']);
  });

  it('reads a signing the ministers witnessed online, and a copy of credentials presented abroad', () => {
    expect(
      eventsOf(
        'Foreign Minister Ho Van Minh and Irish Foreign Minister Sean Walsh held online talks on May 8. The two ministers then witnessed the virtual signing of a memorandum of understanding.',
        '2027-05-09',
      ),
    ).toEqual(['talks 2027-05-08 Minh+Walsh', 'signing 2027-05-08 Minh+Walsh']);
    expect(
      eventsOf(
        'LIMA — Vietnamese Ambassador to Peru Tran Van Phap presented a copy of his credentials to Peruvian Foreign Minister Rosa Quispe on July 1.',
        '2027-07-02',
      ),
    ).toEqual(['reception 2027-07-01 Phap+Quispe']);
  });

  it('reads "looked forward to receiving X" as a wish, not a reception', () => {
    expect(
      eventsOf(
        'Peruvian Foreign Minister Rosa Quispe received Vietnamese Ambassador Tran Van Phap on July 1. Quispe looked forward to receiving Deputy Prime Minister Ho Van Minh in Lima later this year.',
        '2027-07-02',
      ),
    ).toEqual(['reception 2027-07-01 Phap+Quispe']);
  });

  it('gives "the delegation" the head it was introduced with, a title before the name', () => {
    expect(
      eventsOf(
        'HUẾ — A delegation of Luang Prabang led by Governor of Luang Prabang Province Khamphan Sitthideth is paying a working visit to Huế from May 3 to 6. Receiving the delegation on Tuesday, Chairman of the city People’s Committee Nguyen Van Hai praised the long-standing friendship.',
        '2027-05-06',
      ),
    ).toEqual(['visit 2027-05-03 Sitthideth', 'reception 2027-05-04 Hai+Sitthideth']);
  });

  it('dates a visit recalled "in early 2025" by that year, not by the day of the meeting', () => {
    expect(
      eventsOf(
        'HÀ NỘI — Party Secretary Tran Thi Mai received Lao Ambassador Khamla Vongsa on Tuesday. They recalled Mai’s trip to Vientiane in early 2025.',
        '2027-10-13',
      ),
    ).toEqual(['reception 2027-10-12 Mai+Vongsa', 'visit 2025 Mai']);
  });

  it('reads a meeting still ahead by its month, in the year that month next comes', () => {
    expect(
      eventsOf(
        'Deputy Foreign Minister Tran Van Binh met Indonesian Ambassador Dewi Lestari on November 19. The two sides agreed to coordinate closely at the ASEAN Regional Forum, to be held in Jakarta in March.',
        '2027-11-20',
      ),
    ).toEqual(['talks 2027-11-19 Binh+Lestari', 'conference 2028-3']);
  });
});

describe('reviews, agendas and series', () => {
  it('reads "Việt Nam welcomed X in June and Y in September" as two visits, each in its month', () => {
    expect(
      eventsOf(
        'HÀ NỘI — 2028 was a busy year for ties with Latin America. Việt Nam welcomed Chilean President Ana Rojas in June and Peruvian Vice President Luis Quispe in September.',
        '2028-12-28',
      ),
    ).toEqual(['visit 2028-6 Rojas', 'visit 2028-9 Quispe']);
  });

  it('does not give a people-less meeting to the officials of the next item of an agenda, who deal with another partner', () => {
    expect(
      eventsOf(
        'HÀ NỘI — The main diplomatic activities of the week: Việt Nam and Chile held their fifth political consultation in Santiago (March 7). President Tran Van Phap sent a message of congratulations to Ghanaian President Kofi Mensah on Independence Day (March 6).',
        '2028-03-10',
      ),
    ).toEqual(['political consultation 2028-03-07']);
  });

  it('reads "held their 14th … dialogue, co-chaired by X and Y" and the one before "in June last year"', () => {
    expect(
      eventsOf(
        'BRUSSELS — Việt Nam and the European Union held their 14th human rights dialogue in Brussels on November 18, co-chaired by Deputy Foreign Minister Ho Van Minh and Deputy Secretary General of the European External Action Service Anna Lindqvist. The 13th dialogue took place in Hà Nội in June last year.',
        '2028-11-19',
      ),
    ).toEqual(['political consultation 2028-11-18 Lindqvist+Minh', 'political consultation 2027-6']);
  });

  it('gives a visit named in a relative clause ("who asked them to prepare for the visit by X later this year") to X', () => {
    expect(
      eventsOf(
        'VIENTIANE — Foreign Minister Ho Van Minh was received by Lao Prime Minister Khamla Vongsa on Wednesday, who asked the two ministries to prepare well for the visit to Laos by General Secretary Tran Van Phap later this year.',
        '2029-06-15',
      ),
    ).toEqual(['reception 2029-06-13 Minh+Vongsa', 'visit 2029 Phap']);
  });

  it('keeps a call told in the past on its day although the visit it prepares is "later this month"', () => {
    expect(
      eventsOf(
        'Foreign Minister Ho Van Minh had a phone conversation with his Thai counterpart Somchai Kittikun on Monday to discuss preparations for the Prime Minister’s visit to Thailand later this month.',
        '2026-06-10',
      ),
    ).toEqual(['phone call 2026-06-08 Kittikun+Minh', 'visit 2026-6']);
  });
});

describe('attendances', () => {
  it('reads taking part in an open debate as an attendance, and a meeting on its sidelines as talks', () => {
    expect(
      eventsOf(
        'NEW YORK — Ambassador Ho Van Minh, Permanent Representative to the United Nations, took part in the UN Security Council open debate on children in armed conflict on Tuesday. On the sidelines of the debate, Minh met with UN Under-Secretary-General Anna Lindqvist.',
        '2028-02-21',
      ),
    ).toEqual(['conference 2028-02-15 Minh', 'talks 2028-02-15 Lindqvist+Minh']);
  });

  it('dates "This morning, X is scheduled to attend a forum" by the article’s own day', () => {
    expect(
      eventsOf(
        'HÀ NỘI — Deputy Prime Minister Ho Van Minh yesterday received Irish Minister of State Sean Walsh. This morning, Walsh is scheduled to attend a business forum in Hồ Chí Minh City.',
        '2029-08-20',
      ),
    ).toEqual(['reception 2029-08-19 Minh+Walsh', 'conference 2029-08-20 Walsh']);
  });
});

describe('summits, condolences and ships', () => {
  it('reads an online summit of two leaders as their talks, and a leaders’ meeting they agree to hold later this year', () => {
    expect(
      eventsOf(
        'HÀ NỘI, March 5 (VNA) — Prime Minister Ho Van Minh and his New Zealand counterpart Emma Clarke held an online summit today. The two leaders agreed to hold an in-person annual leaders’ meeting in Wellington later this year.',
        '2029-03-05',
      ),
    ).toEqual(['talks 2029-03-05 Clarke+Minh', 'talks 2029']);
  });

  it('reads a funeral attended and condolences offered, without the one mourned', () => {
    expect(
      eventsOf(
        'SINGAPORE — Deputy Prime Minister Ho Van Minh led a Vietnamese delegation to attend the state funeral of former Singaporean President Lim Kah Seng in Singapore on Sunday. On the sidelines, Minh offered condolences to Prime Minister Daniel Tan and met with Senior Minister Rachel Koh.',
        '2028-07-13',
      ),
    ).toEqual(['conference 2028-07-09 Minh', 'talks 2028-07-09 Minh+Tan', 'talks 2028-07-09 Koh+Minh']);
  });

  it('does not take ships named after people for people', () => {
    expect(
      eventsOf(
        'VLADIVOSTOK — Two ships of the Vietnam People’s Navy, the frigates Tran Hung Dao and Ly Thai To, arrived in Vladivostok on Saturday for a friendly visit to Russia.',
        '2029-06-25',
      ),
    ).toEqual(['visit 2029-06-23']);
  });
});

describe('ceremonies, talks in two formats, forums and meetings agreed', () => {
  it('reads an inauguration attended, and meetings "on the occasion" with two leaders of two countries', () => {
    expect(
      eventsOf(
        'JAKARTA — Vice President Ho Thi Lan attended the inauguration of Indonesian President Adi Wibowo in Jakarta on October 20. On the occasion, Lan met with Wibowo and with Philippine President Jose Reyes, who was also in Jakarta for the ceremony.',
        '2029-10-21',
      ),
    ).toEqual(['conference 2029-10-20 Lan+Wibowo', 'talks 2029-10-20 Lan+Wibowo', 'talks 2029-10-20 Lan+Reyes']);
  });

  it('reads private talks followed by expanded talks as the talks, on the day of the welcome ceremony', () => {
    expect(
      eventsOf(
        'HÀ NỘI (VNA) — President Ho Van Minh presided over a welcome ceremony in Hà Nội on Tuesday morning for Finnish President Erik Laine, who is on a state visit to Việt Nam. Following the welcome ceremony, the two presidents held private talks, followed by expanded talks between the two delegations.',
        '2028-06-14',
      ),
    ).toEqual(['reception 2028-06-13 Laine+Minh', 'visit 2028-06-13 Laine', 'talks 2028-06-13 Laine+Minh']);
  });

  it('reads "was in Osaka on March 4 for the … Forum" as an attendance', () => {
    expect(
      eventsOf(
        'HÀ NỘI — Minister of Industry and Trade Ho Van Minh was in Osaka on March 4 for the Japan–Việt Nam Investment Forum.',
        '2029-03-07',
      ),
    ).toEqual(['conference 2029-03-04 Minh']);
  });

  it('dates a meeting two leaders agree to hold "in May" in the coming May', () => {
    expect(
      eventsOf(
        'Prime Minister Ho Van Minh held a phone call with Kazakh Prime Minister Asel Nurlanova on the afternoon of April 8. The two Prime Ministers agreed to meet on the sidelines of the summit in Kuala Lumpur in May.',
        '2029-04-09',
      ),
    ).toEqual(['phone call 2029-04-08 Minh+Nurlanova', 'talks 2029-5 Minh+Nurlanova']);
  });
});

describe('calls on two hosts, and a royal visit scheduled', () => {
  it('reads "paid courtesy calls on A and B" as one call on each', () => {
    expect(
      eventsOf(
        'SANTIAGO — Vietnamese Ambassador Ho Van Minh presented his credentials to Chilean President Ana Rojas on January 31. The following day, the ambassador paid courtesy calls on Senate President Luis Soto and Foreign Minister Maria Vidal.',
        '2028-02-02',
      ),
    ).toEqual(['reception 2028-01-31 Minh+Rojas', 'reception 2028-02-01 Minh+Soto', 'reception 2028-02-01 Minh+Vidal']);
  });

  it('dates "the Crown Prince’s visit, scheduled for next year" by that year, with no one named', () => {
    expect(
      eventsOf(
        'RIYADH — Deputy Minister Ho Van Minh and Saudi Vice Minister Faisal Saud co-chaired the first political consultation in Riyadh on December 10. The two sides agreed that the Saudi Crown Prince’s visit to Việt Nam, scheduled for next year, would be a milestone.',
        '2029-12-12',
      ),
    ).toEqual(['political consultation 2029-12-10 Minh+Saud', 'visit 2030']);
  });
});

describe('a leader at the UN, and a working breakfast', () => {
  const un =
    'NEW YORK (VNA) — Addressing the general debate of the UN General Assembly in New York on September 23, President Ho Van Minh called on countries to uphold international law.\n\n"No country can tackle global challenges alone," he said.\n\nHe said Việt Nam would work with partners to build a peaceful region.\n\nOn the sidelines, Minh met with Kenyan President Grace Wanjiru.\n\nBefore returning home, he will visit Canada from September 25 to 27 at the invitation of Prime Minister Paul Tremblay.';

  it('reads addressing a debate as attending it, and meetings "On the sidelines," as within it, however late they are told', () => {
    expect(eventsOf(un, '2028-09-25').slice(0, 2)).toEqual(['conference 2028-09-23 Minh', 'talks 2028-09-23 Minh+Wanjiru']);
  });

  it('gives a visit still ahead to "he", after a leading phrase, with the host who invited him', () => {
    expect(eventsOf(un, '2028-09-25').at(-1)).toBe('visit 2028-09-25 Minh+Tremblay');
  });

  it('reads a working breakfast of two leaders as their talks', () => {
    expect(
      eventsOf(
        'SINGAPORE — Prime Minister Ho Van Minh and Singaporean Prime Minister Daniel Tan held a working breakfast on Sunday morning.',
        '2029-06-04',
      ),
    ).toEqual(['talks 2029-06-03 Minh+Tan']);
  });
});

describe('two visits recalled in one breath', () => {
  it('reads "X’s visit to Japan in May last year and the Japanese Emperor’s state visit in September 2027" as two visits', () => {
    expect(
      eventsOf(
        'HÀ NỘI — Foreign Minister Ho Van Minh on January 8 received Japanese Ambassador Sato Kenji, who came to bid farewell. Minh praised his contributions to Prime Minister Tran Van Phap’s official visit to Japan in May last year and the Japanese Emperor’s state visit to Việt Nam in September 2027.',
        '2029-01-09',
      ),
    ).toEqual(['reception 2029-01-08 Kenji+Minh', 'visit 2028-5 Phap', 'visit 2027-9']);
  });
});

describe('a visit concluded elsewhere, a session that ends with a signing', () => {
  it('dates "…concluded his visit in Hồ Chí Minh City on Wednesday, where he met X and attended a forum" by that Wednesday', () => {
    expect(
      eventsOf(
        'HỒ CHÍ MINH CITY — Italian President Marco Rossi concluded his five-day state visit to Việt Nam in Hồ Chí Minh City on Wednesday, where he met with Secretary of the city Party Committee Ho Van Minh and attended a business forum.',
        '2028-04-20',
      ),
    ).toEqual(['visit 2028-4 Rossi', 'talks 2028-04-19 Minh+Rossi', 'conference 2028-04-19 Rossi']);
  });

  it('reads "The session ended with the signing of its minutes" as a signing of the article’s partners', () => {
    expect(
      eventsOf(
        'PRAGUE — Vice Minister Ho Van Minh and Czech Deputy Minister Jan Novak co-chaired the eighth session of the Joint Committee in Prague on Monday. The session ended with the signing of its minutes.',
        '2028-11-29',
      ),
    ).toEqual(['political consultation 2028-11-27 Minh+Novak', 'signing 2028-11-27']);
  });
});
