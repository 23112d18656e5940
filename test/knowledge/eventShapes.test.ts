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
