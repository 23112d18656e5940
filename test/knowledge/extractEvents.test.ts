import { describe, expect, it } from 'vitest';
import { eventsOf } from '../support/eventsOf.ts';

// Sentences written for these tests in the agencies' style; none is copied from the corpus.
describe('events drawn from an article', () => {
  it('reads a reception with both sides and its stated day', () => {
    expect(
      eventsOf(
        'Hanoi (VNA) – Deputy Minister of Foreign Affairs Tran Van Binh received Chilean Ambassador Maria Fuentes in Hanoi on March 10.',
      ),
    ).toEqual(['reception 2026-03-10 Binh+Fuentes']);
  });

  it('gives a visit told with a pronoun to the subject of the sentence before', () => {
    const events = eventsOf(
      'Hanoi (VNA) – Kenyan Foreign Minister Daniel Otieno arrived in Hanoi on March 11. He is on a three-day official visit to Vietnam at the invitation of Minister of Foreign Affairs Pham Quoc Tuan.',
    );
    expect(events.some((e) => /^visit 2026-03-1[01] .*Otieno/.test(e))).toBe(true);
    expect(events.filter((e) => e.startsWith('visit'))).toHaveLength(1);
  });

  it('dates a past visit mentioned in passing by its own date, never the article date', () => {
    const events = eventsOf(
      "Hanoi (VNA) – President Nguyen Van An received Peruvian Foreign Minister Carla Ramos on March 11. Ramos recalled President Luis Ortega's state visit to Hanoi in May 2019, which opened a new chapter in relations.",
    );
    expect(events).toContain('reception 2026-03-11 An+Ramos');
    expect(events.some((e) => /^visit 2019-5 .*Ortega/.test(e))).toBe(true);
  });

  it('reads attendance at a multilateral meeting, and "yesterday" and "on Monday" from the article date', () => {
    expect(
      eventsOf(
        'GENEVA — Deputy Foreign Minister Do Minh Khoa attended the ministerial meeting of the Human Rights Council in Geneva yesterday.',
      ),
    ).toEqual(['conference 2026-03-11 Khoa']);
    // 2026-03-12 is a Thursday: "on Monday" is 2026-03-09.
    expect(eventsOf('Hanoi (VNA) – Prime Minister Vo Thanh Long held talks with Ghanaian President Kofi Mensah on Monday.')).toEqual([
      'talks 2026-03-09 Long+Mensah',
    ]);
  });

  it('reads a date range as the day the event began', () => {
    expect(eventsOf('Hanoi (VNA) – Minister of Foreign Affairs Pham Quoc Tuan paid an official visit to Oman from March 2 to 4.')).toEqual([
      'visit 2026-03-02 Tuan',
    ]);
  });

  it('does not take an interview ahead of a visit, or a remark about the visit, for a visit', () => {
    const events = eventsOf(
      'Hanoi (VNA) – Ahead of the official visit to Vietnam, Maltese Prime Minister Paul Camilleri gave an interview to the Vietnam News Agency. Camilleri said the visit aims to open a new chapter in relations between the two countries.',
    );
    expect(events.filter((e) => e.startsWith('visit'))).toEqual([]);
  });

  it('does not tell the same meeting twice when later sentences speak of "the meeting" or "the two sides"', () => {
    const events = eventsOf(
      'Hanoi (VNA) – Deputy Minister of Foreign Affairs Tran Van Binh received Latvian State Secretary Andris Kalnins in Hanoi on March 10. At the meeting, Binh welcomed Kalnins back to Vietnam. The two sides agreed to hold the next political consultation in Riga.',
    );
    expect(events).toEqual(['reception 2026-03-10 Binh+Kalnins']);
  });

  it('tells apart two events of one sentence, each with the people of its own clause', () => {
    const events = eventsOf(
      'VIENTIANE — Foreign Minister Pham Quoc Tuan met Lao Prime Minister Somsak Vongsa on Thursday in Vientiane, where he is attending the ASEAN Foreign Ministers’ Meeting.',
    );
    expect(events).toContain('talks 2026-03-12 Tuan+Vongsa');
    expect(events).toContain('conference 2026-03-12 Tuan');
  });

  it('reads a year-end review listing visits by title and country as one past visit per country', () => {
    const events = eventsOf(
      'Hanoi (VNA) – Việt Nam welcomed nine African delegations last year, including visits by the Presidents of Kenya and Ghana and the Prime Ministers of Senegal and Namibia.',
      '2026-01-05',
    );
    expect(events.sort()).toEqual(['visit 2025 ', 'visit 2025 ', 'visit 2025 ', 'visit 2025 '].map((e) => e.trim()));
  });

  it('gives a nominal visit to its visitor only, and says nothing of a wish to sign', () => {
    const events = eventsOf(
      'Hanoi (VNA) – During her visit to Iceland on March 9, Deputy Foreign Minister Nguyen Thi Lan worked with Icelandic State Secretary Jon Gunnarsson. Iceland expressed its desire to sign a memorandum of understanding on fisheries.',
    );
    expect(events).toContain('visit 2026-03-09 Lan');
    expect(events).toContain('talks 2026-03-09 Gunnarsson+Lan');
    expect(events.filter((e) => e.startsWith('signing'))).toEqual([]);
  });

  it('finds a counterpart whose title ends in a list of regions, and keeps a joint working session one event', () => {
    const body =
      'Hanoi (VNA) – Deputy Foreign Minister Tran Van Binh paid a working visit to Latvia on March 10, during which he held a series of meetings with senior Latvian officials. At a working session with Latvia’s State Secretary Andris Kalnins and Director of the Department for Europe, the Americas and Oceania Ilze Ozola, the two sides reviewed relations.';
    const events = eventsOf(body);
    expect(events.filter((e) => e.startsWith('talks'))).toEqual(['talks 2026-03-10 Binh+Kalnins+Ozola']);
  });

  it('gives a visit written with a Vietnamese surname to its official, and leaves out the leader who sent the envoy', () => {
    const events = eventsOf(
      "BEIJING — Foreign Minister Tran Quoc Binh, Special Envoy of President Nguyen Van An, paid a courtesy call on Chinese Premier Li Wei in Beijing on March 10. Li welcomed Tran's ongoing visit to China as the Special Envoy of President Nguyen Van An.",
    );
    expect(events.some((e) => /^visit 2026-03-10 Binh$/.test(e))).toBe(true);
    expect(events.filter((e) => /\bAn\b/.test(e))).toEqual([]);
  });

  it('dates "during the visit" by the visit of the same people, not a past visit recalled just before', () => {
    const events = eventsOf(
      'Hanoi (VNA) – Peruvian President Luis Ortega is paying a state visit to Vietnam from March 10 to 12 at the invitation of President Nguyen Van An. It is the first visit by a Peruvian leader since the 2008 visit by President Alan Vega. During the visit, the two presidents witnessed the signing of an agreement on fisheries.',
    );
    expect(events).toContain('signing 2026-03-10 An+Ortega');
  });

  it("reads a numbered meeting recalled with its year as a past event without today's people", () => {
    const events = eventsOf(
      'Hanoi (VNA) – Deputy Minister of Foreign Affairs Tran Van Binh held talks with Peruvian Deputy Foreign Minister Carla Ramos in Hanoi on March 10. The two sides reviewed relations since the fifth meeting of the joint committee in 2022 and discussed trade.',
    );
    expect(events).toContain('talks 2026-03-10 Binh+Ramos');
    expect(events).toContain('political consultation 2022');
  });

  it("in a review of last year, gives a leader's visit told in passing that year, apart from the visits listed by country", () => {
    const events = eventsOf(
      'Hanoi (VNA) – Việt Nam welcomed nine African delegations last year, including visits by the Presidents of Kenya and Ghana and the Prime Ministers of Senegal and Namibia. Vietnamese leaders also paid five visits to Africa, among them President Nguyen Van An’s state visit to Egypt.',
      '2026-01-05',
    );
    expect(events.filter((e) => e === 'visit 2025')).toHaveLength(4);
    expect(events).toContain('visit 2025 An');
    expect(events.some((e) => e.startsWith('visit 2026'))).toBe(false);
  });

  it('reads past events joined by "and" after "following", each with its own date and people', () => {
    const events = eventsOf(
      'Hanoi (VNA) – Deputy Minister of Foreign Affairs Tran Van Binh held talks with Latvian State Secretary Andris Kalnins in Hanoi on March 10. Both sides welcomed the progress in relations, particularly following the official visit to Vietnam by Latvian Prime Minister Janis Ozols in May 2024 and the meeting between Vietnamese President Nguyen Van An and Latvian President Edgars Berzins in October 2025.',
    );
    expect(events).toContain('visit 2024-5 Ozols');
    expect(events).toContain('talks 2025-10 An+Berzins');
    expect(events).toContain('talks 2026-03-10 Binh+Kalnins');
  });

  it('takes "during the visit" after a visit told for its frame, but a first "during her visit to X" for the visit, and a list of counterparts for separate meetings', () => {
    const framed = eventsOf(
      'Hanoi (VNA) – Deputy Minister Tran Van Binh paid a working visit to Latvia from March 8 to 11. During the visit, having talks with Latvian State Secretary Andris Kalnins on March 9, Binh proposed closer trade ties.',
    );
    expect(framed.filter((e) => e.startsWith('visit'))).toEqual(['visit 2026-03-08 Binh']);
    expect(framed).toContain('talks 2026-03-09 Binh+Kalnins');
    const first = eventsOf(
      'COPENHAGEN — During her visit to Denmark, on March 9, Deputy Foreign Minister Tran Thi Lan worked with Mr. Anders Holm, Permanent Secretary of State for Foreign Affairs of Denmark; and Ms. Mette Lund, Director of the Department for Asia.',
    );
    expect(first.some((e) => /^visit 2026-03-09 .*Lan/.test(e))).toBe(true);
    expect(first).toContain('talks 2026-03-09 Holm+Lan');
    expect(first).toContain('talks 2026-03-09 Lan+Lund');
  });

  it('reads a numbered meeting held in a past year, and a meeting planned for a stated year, but not a plan without one', () => {
    const events = eventsOf(
      'LIMA — Deputy Foreign Minister Tran Van Binh and Peruvian Vice Minister Carla Ramos co-chaired the fourth Vietnam–Peru joint committee in Lima on March 10. Vietnamese and Peruvian ministries reviewed cooperation since their third meeting, which was held in Hanoi in 2019. The two sides agreed to hold a meeting of the Vietnam–Peru subcommittee on trade in 2027, and to hold regular consultations.',
    );
    expect(events).toContain('political consultation 2019');
    expect(events.some((e) => e.startsWith('political consultation 2027'))).toBe(true);
    expect(
      eventsOf('Hanoi (VNA) – The two sides agreed to hold a meeting of the Vietnam–Peru subcommittee on trade.').filter((e) =>
        e.startsWith('political'),
      ),
    ).toEqual([]);
  });

  it('gives an event an institution hosted the officials who speak right after it', () => {
    const events = eventsOf(
      'SANTIAGO — The Ministry of Foreign Affairs of Chile hosted a banquet in Santiago on March 10 to mark the anniversary of diplomatic ties. Foreign Minister Ana Soto said the two countries had much to celebrate. Trade has grown tenfold in two decades.',
    );
    expect(events).toEqual(['reception 2026-03-10 Soto']);
  });

  it('reads a multilateral meeting named with its own date as a conference, with no one said to attend it', () => {
    const events = eventsOf(
      "Hanoi (VNA) – Deputy Foreign Minister Le Van Tam received Chilean Ambassador Maria Fuentes on March 10. They noted the outcomes of the ASEAN Conference on Ocean Plastics in October 2024. Tam also briefed her on the preparations for the 12th ASEAN Coastal Ministers' Meeting, scheduled to take place in Vientiane from June 3-5.",
    );
    expect(events).toContain('reception 2026-03-10 Fuentes+Tam');
    expect(events).toContain('conference 2024-10');
    expect(events).toContain('conference 2026-06-03');
  });

  it('does not take a body named before its acronym for a person', () => {
    const events = eventsOf(
      'Hanoi (VNA) – The meeting of the Executive Committee of the Mekong River Basin Water Authority (MRBWA) took place in Vientiane on March 10 with delegates from five countries.',
    );
    expect(events.join(' ')).not.toMatch(/Authority|Water/);
  });

  it('dates a meeting the sides agreed to hold by its year, without the officials who agreed to it, even in an undated article', () => {
    const parsed = eventsOf(
      'Hanoi (VNA) – Deputy Foreign Minister Le Van Tam held talks with Kenyan Deputy Minister Grace Wanjiru on March 10. The two sides agreed to hold a meeting of the Vietnam – Kenya subcommittee on agriculture in 2027.',
    );
    expect(parsed).toContain('political consultation 2027');
    const undated = eventsOf(
      'Hanoi (VNA) – Deputy Foreign Minister Le Van Tam held talks with Kenyan Deputy Minister Grace Wanjiru. The two sides agreed to hold a meeting of the Vietnam – Kenya subcommittee on agriculture in 2027.',
      null,
    );
    expect(undated).toContain('political consultation 2027');
  });

  it('does not make the one who speaks of an event still ahead its participant', () => {
    const events = eventsOf(
      "Hanoi (VNA) – Vietnamese Foreign Minister Tran Quoc Hai met Lao Foreign Minister Somsack Vongsa on March 10. He affirmed Laos' support for Vietnam in hosting the 3rd Mekong Future Forum, slated for early 2027.",
    );
    expect(events.filter((e) => e.startsWith('conference'))).toEqual(['conference 2027']);
  });

  it('dates "last May", "last month" and "earlier this month" from the article date', () => {
    // The article is dated 2026-03-12.
    const events = eventsOf(
      "Hanoi (VNA) – The two sides reviewed the outcomes of Ecuadorian President Rafael Mora's state visit to Vietnam last May. Earlier this month, Minister of Foreign Affairs Pham Quoc Tuan hosted Uruguayan Foreign Minister Ana Pereyra in Hanoi. Last month, Tuan also received Paraguayan Ambassador Jorge Benitez.",
    );
    expect(events).toContain('visit 2025-5 Mora');
    expect(events).toContain('reception 2026-3 Pereyra+Tuan');
    expect(events).toContain('reception 2026-2 Benitez+Tuan');
  });

  it('gives the visit of a relative clause ("received X, who is on a visit") to X, dated by its own range', () => {
    expect(
      eventsOf(
        'Hanoi (VNA) – Deputy Prime Minister Hoang Van Quang yesterday received Zambian Foreign Minister Grace Banda, who is paying an official visit to Vietnam from March 9 to 12.',
      ),
    ).toEqual(['reception 2026-03-11 Banda+Quang', 'visit 2026-03-09 Banda']);
  });

  it('keeps calls with two partners on the same day as two events', () => {
    const events = eventsOf(
      'Hanoi (VNA) – President Nguyen Van An held phone talks with Kenyan President David Kamau on March 10. He also spoke by phone with Tanzanian President Amina Juma the same day.',
    );
    expect(events).toEqual(['phone call 2026-03-10 An+Kamau', 'phone call 2026-03-10 An+Juma']);
  });

  it('gives "the two prime ministers will hold talks" to the two holders of that office', () => {
    const events = eventsOf(
      'Hanoi (VNA) – Cambodian Prime Minister Sok Vanna arrived in Hanoi on March 11 for an official visit at the invitation of Prime Minister Vo Thanh Long. Deputy Foreign Minister Do Minh Khoa welcomed him at the airport. The two prime ministers will hold talks on March 12.',
    );
    expect(events).toContain('talks 2026-03-12 Long+Vanna');
  });

  it('reads a meeting as past when "upcoming" only names what was discussed', () => {
    const events = eventsOf(
      'VIENNA — Deputy Foreign Minister Do Minh Khoa attended the ministerial council of the organisation in Vienna on March 10. On the sidelines, Khoa met with Austrian State Secretary Lena Huber, discussing preparations for upcoming high-level exchanges.',
    );
    expect(events.filter((e) => e.startsWith('talks'))).toEqual(['talks 2026-03-10 Huber+Khoa']);
  });

  it('dates the events of an undated story by the year its words settle, and by none when they do not', () => {
    const anniversary =
      'Deputy Foreign Minister Do Minh Khoa and Qatari Assistant Minister Salem Al Thani co-chaired the third political consultation in Doha on November 4. The consultation came as the two countries celebrate the 30th anniversary of diplomatic relations, established in 1993.';
    expect(eventsOf(anniversary, null)).toEqual(['political consultation 2023-11-04 Khoa+Thani']);
    const gap =
      'Prime Minister Vo Thanh Long received Irish Prime Minister Sean Walsh in Hanoi on 5 to 7 June. It was the first visit by an Irish leader in 12 years, following the 2011 visit by President Mary Byrne.';
    expect(eventsOf(gap, null)[0]).toMatch(/^reception 2023-06-05 /);
    // Two clues that disagree settle nothing: the day stays without a year.
    const clash = `${gap} The visit came as the two countries celebrate the 25th anniversary of diplomatic relations, set up in 1996.`;
    expect(eventsOf(clash, null)[0]).toMatch(/^reception 6-5 /);
  });

  it('gives each event of a sentence the date told right after the words that name it', () => {
    const events = eventsOf(
      'Hanoi (VNA) – President Nguyen Van An was received by Danish Prime Minister Mette Holm in Copenhagen on March 10, as part of his official visit to Denmark from March 9 to 11.',
    );
    expect(events).toContain('reception 2026-03-10 An+Holm');
    expect(events).toContain('visit 2026-03-09 An');
  });

  it('takes a farewell visit or presented credentials for a reception, never a journey', () => {
    expect(
      eventsOf(
        'Hanoi (VNA) – Prime Minister Vo Thanh Long on March 10 received Swedish Ambassador Erik Lund, who paid a farewell visit at the end of his term.',
      ),
    ).toEqual(['reception 2026-03-10 Long+Lund']);
    expect(eventsOf('Ambassador Tran Van Minh presented his credentials to Peruvian President Rosa Quispe on March 3.', null)).toEqual([
      'reception 3-3 Minh+Quispe',
    ]);
  });

  it('gives "the guest, who…" to the guest, and "the dialogue was co-chaired by" to the dialogue already told', () => {
    const guest = eventsOf(
      'Hanoi (VNA) – Minister Pham Quoc Tuan and Thai Commerce Minister Somchai Rattana signed a trade agreement in Hanoi on March 10. Earlier the same day, Prime Minister Vo Thanh Long received the guest, who is paying a working visit to Vietnam.',
    );
    expect(guest).toContain('reception 2026-03-10 Long+Rattana');
    expect(guest.filter((e) => e.startsWith('visit'))).toEqual(['visit 2026-03-10 Rattana']);
    const dialogue = eventsOf(
      'Vietnam and Canada held their fifth Strategic Dialogue in Ottawa on March 9. The dialogue was co-chaired by Deputy Foreign Minister Do Minh Khoa and Canadian Deputy Minister Claire Martin.',
    );
    expect(dialogue).toEqual(['political consultation 2026-03-09 Khoa+Martin']);
  });

  it('reads "agreed to hold the next dialogue next year" as a meeting of that year, without the speakers after it', () => {
    const events = eventsOf(
      'Deputy Foreign Minister Do Minh Khoa and Canadian Deputy Minister Claire Martin held talks in Ottawa on March 9. The two sides agreed to hold the sixth dialogue in Hanoi next year. Khoa also thanked Canada for its support.',
    );
    expect(events).toEqual(['talks 2026-03-09 Khoa+Martin', 'political consultation 2027']);
  });

  it('gives a visit by someone the article does not name ("the Egyptian President\'s visit") no one else', () => {
    const events = eventsOf(
      "Hanoi (VNA) – Prime Minister Vo Thanh Long received Moroccan Foreign Minister Karim Idrissi on March 10. Long recalled the Moroccan King's visit to Vietnam in 2018, which opened a new page in relations.",
    );
    expect(events).toEqual(['reception 2026-03-10 Idrissi+Long', 'visit 2018']);
  });

  it('reads a state welcome as a reception, and the talks and signing after it on the same day', () => {
    const events = eventsOf(
      'Hanoi (VNA) – President Nguyen Van An hosted an official welcome ceremony in Hanoi on March 10 for Irish President Sean Walsh, who is paying a state visit to Vietnam from March 9 to 12. Following the ceremony, the two Presidents held talks, during which they agreed to upgrade relations. They later witnessed the exchange of cooperation documents on education.',
    );
    expect(events).toEqual([
      'reception 2026-03-10 An+Walsh',
      'visit 2026-03-09 Walsh',
      'talks 2026-03-10 An+Walsh',
      'signing 2026-03-10 An+Walsh',
    ]);
  });

  it('keeps a guest meeting each host apart, told together or on the same day', () => {
    const events = eventsOf(
      'Hanoi (VNA) – Prime Minister Vo Thanh Long held talks with Irish Prime Minister Sean Walsh in Hanoi on March 10. On the same day, Walsh met National Assembly Chairman Tran Van Binh. The Irish Prime Minister is scheduled to meet President Nguyen Van An and Deputy Prime Minister Hoang Van Quang on March 11.',
    );
    expect(events).toEqual([
      'talks 2026-03-10 Long+Walsh',
      'talks 2026-03-10 Binh+Walsh',
      'talks 2026-03-11 An+Walsh',
      'talks 2026-03-11 Quang+Walsh',
    ]);
  });

  it('reads one meeting per leader when leaders of several countries are met on the sidelines', () => {
    const events = eventsOf(
      'NEW YORK — Prime Minister Vo Thanh Long attended the general debate of the 81st session of the UN General Assembly in New York on March 10. On the sidelines, Long met with Irish Prime Minister Sean Walsh, Chilean President Maria Fuentes and Kenyan President David Kamau.',
    );
    expect(events).toEqual([
      'conference 2026-03-10 Long',
      'talks 2026-03-10 Long+Walsh',
      'talks 2026-03-10 Fuentes+Long',
      'talks 2026-03-10 Kamau+Long',
    ]);
  });

  it('does not take a consultation mechanism for a consultation held', () => {
    expect(
      eventsOf(
        'Deputy Foreign Minister Do Minh Khoa received Irish Secretary General Sean Walsh in Hanoi on March 10. The two officials reviewed the implementation of the Memorandum of Understanding on the Political Consultation Mechanism.',
      ),
    ).toEqual(['reception 2026-03-10 Khoa+Walsh']);
  });

  it('reads a tour of two countries as two visits, and "two days later" from the event before', () => {
    const events = eventsOf(
      'Foreign Minister Pham Quoc Tuan concluded a tour of Ghana and Nigeria on March 11. In Accra on March 7, Tuan held talks with Ghanaian Foreign Minister Kofi Mensah. Two days later in Abuja, he met with Nigerian Foreign Minister Amina Bello.',
    );
    // (The tour ended on March 11: it began before the talks of March 7, on a day the story does not give.)
    expect(events).toEqual(['visit 2026-3 Tuan', 'visit 2026-3 Tuan', 'talks 2026-03-07 Mensah+Tuan', 'talks 2026-03-09 Bello+Tuan']);
  });

  it('reads "In 2025, Vietnam welcomed state visits by the Presidents of A and B" as one visit per country', () => {
    const events = eventsOf(
      'In 2025, Vietnam welcomed state visits by the Presidents of Chile and Peru and an official visit by the Prime Minister of Ireland.',
      '2025-12-30',
    );
    expect(events).toEqual(['visit 2025', 'visit 2025', 'visit 2025']);
  });

  it('gives "the delegation" to the head it was introduced with, and "At the reception" to the reception', () => {
    const events = eventsOf(
      "Hanoi (VNA) – Politburo member Tran Van Binh received a delegation of the Cambodian People's Party led by Sok Vanna in Hanoi on March 10. Deputy Foreign Minister Do Minh Khoa held talks with Vanna the same day. At the reception, Binh praised the two parties' ties. The Cambodian delegation is paying a working visit to Vietnam from March 9 to 12.",
    );
    expect(events).toEqual(['reception 2026-03-10 Binh+Vanna', 'talks 2026-03-10 Khoa+Vanna', 'visit 2026-03-09 Vanna']);
  });

  it('does not lend a clause with its own subject ("and the two foreign ministers met…") the sentence\'s people', () => {
    const events = eventsOf(
      'Prime Minister Vo Thanh Long and Irish Prime Minister Sean Walsh held phone talks in October 2025, and the two foreign ministers met in Dublin last July.',
    );
    expect(events).toEqual(['phone call 2025-10 Long+Walsh', 'talks 2025-7']);
  });

  it('reads remarks made at a reception as a reception, and a forum "co-chaired by" an institution as no meeting', () => {
    expect(
      eventsOf('The remarks were made by Vietnamese Ambassador to Chile Tran Van Minh at a reception in Santiago on March 8.'),
    ).toEqual(['reception 2026-03-08 Minh']);
    expect(
      eventsOf(
        'Prime Minister Vo Thanh Long held talks with Irish Prime Minister Sean Walsh in Hanoi on March 10. The same afternoon, the guest attended a business forum co-chaired by the Ministry of Finance and the Irish Chamber of Commerce.',
      ),
    ).toEqual(['talks 2026-03-10 Long+Walsh', 'conference 2026-03-10 Walsh']);
  });

  it('gives "the minister\'s visit" to the minister the sentence refers to, not to the speaker', () => {
    const events = eventsOf(
      "Deputy Foreign Minister Do Minh Khoa met Chilean Minister of Foreign Affairs Maria Fuentes in Hanoi on March 10. Khoa said he believed the minister's visit to Vietnam on March 9-11 would create new momentum for ties.",
    );
    expect(events.filter((e) => e.startsWith('visit'))).toEqual(['visit 2026-03-09 Fuentes']);
  });

  it('dates the story by the day its photo caption gives its people, when the lead gives none', () => {
    const events = eventsOf(
      'Deputy Foreign Minister Do Minh Khoa (left) and Irish Minister of State Sean Walsh in Dublin on March 9. — VNA Photo\n\nDUBLIN — Deputy Foreign Minister Do Minh Khoa has held talks with Irish Minister of State Sean Walsh.',
    );
    expect(events).toEqual(['talks 2026-03-09 Khoa+Walsh']);
  });

  it('reads a review of the year: trips by country, attendance, meetings "twice", lists without a day', () => {
    const events = eventsOf(
      'In 2025, Vietnamese leaders travelled widely.\n\nPresident Nguyen Van An visited Ghana and Kenya in November, combining the trip with his attendance at the Africa Business Week.\n\nIn June, Foreign Minister Pham Quoc Tuan travelled to Lima.\n\nThe two defence ministers also met twice during the year, in Hanoi in April and in Lima in October.\n\nVietnam also received state visits from the leaders of Chile, Peru and Ireland, while the Prime Minister held phone talks with his counterparts from Ghana and Kenya.',
      '2025-12-30',
    );
    expect(events).toEqual([
      'conference 2025-11 An',
      'visit 2025-11 An',
      'visit 2025-11 An',
      'visit 2025-6 Tuan',
      'talks 2025-4',
      'talks 2025-10',
      'visit 2025',
      'visit 2025',
      'visit 2025',
      'phone call 2025',
      'phone call 2025',
    ]);
  });

  it('opens the talks a speaker speaks at, keeps the day a later sentence gives a visit, and reads "last week"', () => {
    const events = eventsOf(
      'Speaking at the talks, President Nguyen Van An said the visit by Irish President Sean Walsh would open a new chapter. Walsh is paying a state visit to Vietnam from March 23 to 26. The two presidents welcomed the outcomes of the visit to Ireland by Deputy Prime Minister Hoang Van Quang last week.',
      '2026-03-25',
    );
    // "Last week" from 25 March is 12–24 March: March for sure (from 12 March it would straddle two months: the year).
    expect(events).toEqual(['talks 2026-03-25 An+Walsh', 'visit 2026-03-23 Walsh', 'visit 2026-3 Quang']);
  });

  it('gives "then" and "earlier in the day" the day of the talks, not the first day of the visit', () => {
    const events = eventsOf(
      "Hanoi (VNA) – Prime Minister Vo Thanh Long and Irish Prime Minister Sean Walsh held talks in Dublin on March 10, during Long's official visit to Ireland from March 9 to 11. The two leaders then witnessed the signing of five cooperation documents. Earlier in the day, Long was received by Irish President Mary Byrne.",
    );
    expect(events).toEqual([
      'talks 2026-03-10 Long+Walsh',
      'visit 2026-03-09 Long',
      'signing 2026-03-10 Long+Walsh',
      'reception 2026-03-10 Byrne+Long',
    ]);
  });

  it('reads a numbered partnership dialogue, a forum "under the co-chair of", and a speech at a general debate', () => {
    expect(
      eventsOf(
        'Vietnam and Chile held their fifth Strategic Partnership Dialogue in Santiago on Monday. The dialogue was co-chaired by Deputy Foreign Minister Do Minh Khoa and Chilean Undersecretary Maria Fuentes.',
      ),
    ).toEqual(['political consultation 2026-03-09 Fuentes+Khoa']);
    expect(
      eventsOf(
        'The forum took place in Lima on March 9 under the co-chair of Deputy Foreign Minister Do Minh Khoa and Peruvian Deputy Minister Rosa Quispe.',
      ),
    ).toEqual(['political consultation 2026-03-09 Khoa+Quispe']);
    const un = eventsOf(
      'New York (VNA) – President Nguyen Van An arrived in New York on March 9, beginning his trip to attend the general debate of the UN General Assembly. An is scheduled to deliver a speech at the general debate on March 13.',
    );
    expect(un.filter((e) => e.startsWith('conference'))).toEqual(['conference 2026-03-13 An']);
  });

  it('keeps a co-chair named as such, an invitation and a visit recalled with its year out of the meeting told', () => {
    const events = eventsOf(
      "Vietnam and Oman held the first meeting of their joint committee in Muscat on March 9. Speaking at the meeting, Minister Pham Quoc Tuan said ties had great potential. The Omani co-chair, Minister of Commerce Salim Al Habsi, agreed. The meeting followed Prime Minister Vo Thanh Long's official visit to Oman in October 2024. Tuan also invited Al Habsi to pay an official visit to Vietnam at a convenient time.",
    );
    expect(events).toEqual(['political consultation 2026-03-09 Habsi+Tuan', 'visit 2024-10 Long']);
  });

  it('finds a head of delegation titled in lower case, and dates the delegation\'s visit by the story, not by a year after "after"', () => {
    const events = eventsOf(
      "Deputy Foreign Minister Do Minh Khoa on March 11 received a delegation of the Andean Parliament, led by its chair Rosa Quispe. Khoa welcomed the delegation's first visit to Vietnam after the Andean Parliament's election in 2024.",
    );
    expect(events).toEqual(['reception 2026-03-11 Khoa+Quispe', 'visit 2026-03-11 Quispe']);
  });

  it('reads "received the Ambassadors of A, B and C" as one reception per country, and "Marcos Jr." as Marcos', () => {
    const events = eventsOf(
      'Hanoi (VNA) – Deputy Foreign Minister Do Minh Khoa on March 10 received newly-accredited Ambassadors of Chile, Peru and Kenya, who came to present copies of their credentials.',
    );
    expect(events).toEqual(['reception 2026-03-10 Khoa', 'reception 2026-03-10 Khoa', 'reception 2026-03-10 Khoa']);
    const recalled = eventsOf(
      'President Nguyen Van An held talks with Philippine President Ferdinand Marcos Jr. in Manila on March 10. Marcos recalled his state visit to Vietnam in January 2026.',
    );
    expect(recalled).toContain('visit 2026-1 Marcos');
  });

  it('reads a delegation led to a ministerial meeting, a named meeting its people spoke at, and counterparts by country', () => {
    const events = eventsOf(
      'Lima (VNA) – Foreign Minister Pham Quoc Tuan led the Vietnamese delegation to the 33rd APEC Ministerial Meeting in Lima from March 7 to 9. At the APEC–Pacific Alliance Ministerial Meeting on March 8, Tuan and Chilean Foreign Minister Maria Fuentes exchanged views on trade. On the sidelines, Tuan held bilateral meetings with his counterparts from Peru, Mexico and Colombia.',
    );
    expect(events).toEqual([
      'conference 2026-03-07 Tuan',
      'conference 2026-03-08 Fuentes+Tuan',
      'talks 2026-03-07 Tuan',
      'talks 2026-03-07 Tuan',
      'talks 2026-03-07 Tuan',
    ]);
  });

  it('gives "co-chaired the session" to the session told, and "the two sides" to the sides the sentence names', () => {
    const events = eventsOf(
      'HÀ NỘI — Prime Minister Vo Thanh Long on Tuesday received visiting Chilean Minister Maria Fuentes, who is co-chairing the fifth session of the intergovernmental committee in Hà Nội. Earlier the same day, Fuentes and Minister of Construction Tran Van Binh co-chaired the session, during which the two sides signed several cooperation documents.',
    );
    expect(events).toEqual([
      'reception 2026-03-10 Fuentes+Long',
      'political consultation 2026-03-10 Binh+Fuentes',
      'signing 2026-03-10 Binh+Fuentes',
    ]);
  });

  it('reads a ceremony an embassy held with a guest attending as a reception', () => {
    expect(
      eventsOf(
        'The Vietnamese Embassy in Chile held a ceremony in Santiago on March 9, with the attendance of Chilean Senator Rosa Quispe.',
      ),
    ).toEqual(['reception 2026-03-09 Quispe']);
  });

  it('reads a chaired multilateral meeting once, with its co-chair', () => {
    expect(
      eventsOf(
        "Deputy Prime Minister Hoang Van Quang chaired the 9th Mekong–Ganga Cooperation Foreign Ministers' Meeting in Hanoi on March 10, with the participation of ministers from India, Laos and Thailand. Quang and Indian External Affairs Minister Arjun Rao co-chaired the meeting.",
      ),
    ).toEqual(['conference 2026-03-10 Quang+Rao']);
  });

  it('reads a call received as a call, days before and after the event told, and a site visited as no visit', () => {
    const events = eventsOf(
      'Foreign Minister Pham Quoc Tuan received a phone call from Chilean Foreign Minister Maria Fuentes on March 9. A day later, Tuan held talks with visiting Peruvian Foreign Minister Rosa Quispe in Hanoi. The previous day, Quispe visited the Temple of Literature complex.',
    );
    expect(events).toEqual(['phone call 2026-03-09 Fuentes+Tuan', 'talks 2026-03-10 Quispe+Tuan']);
  });

  it('dates a past visit by its visitor\'s name and year, and a past signing by "the two sides" without today\'s people', () => {
    const events = eventsOf(
      "HÀ NỘI — Prime Minister Vo Thanh Long held talks with Irish Prime Minister Sean Walsh in Hà Nội on March 10. It was the first visit to Việt Nam by an Irish prime minister since Enda Kenny's trip in 2016. The two sides signed a framework agreement on education in 2012.",
    );
    expect(events).toEqual(['talks 2026-03-10 Long+Walsh', 'visit 2016 Kenny', 'signing 2012']);
  });

  it('gives each deed of a series ("held talks with X, met Y, and attended the forum") only its own people', () => {
    const events = eventsOf(
      'Lima (VNA) – During his official visit to Peru on March 10, President Nguyen Van An held talks with Peruvian President Rosa Quispe, met with Congress President Luis Torres, and attended the Vietnam–Peru Business Forum.',
    );
    expect([...events].sort()).toEqual([
      'conference 2026-03-10 An',
      'talks 2026-03-10 An+Quispe',
      'talks 2026-03-10 An+Torres',
      'visit 2026-03-10 An',
    ]);
  });

  it('does not take "the signed agreements" for a signing', () => {
    expect(
      eventsOf(
        'Deputy Foreign Minister Do Minh Khoa received Chilean Ambassador Maria Fuentes in Hanoi on March 10. The two officials also reached consensus on close coordination to carry out the signed agreements between the two ministries.',
      ),
    ).toEqual(['reception 2026-03-10 Fuentes+Khoa']);
  });

  it('gives the visit "by the delegation of" a foreign party to its head, and reads a deputy ministerial dialogue', () => {
    const visit = eventsOf(
      'On 10 March in Ha Noi, Comrade Tran Van Binh received H.E. Maria Fuentes, head of the International Department of the Socialist Party of Chile. Binh welcomed the visit to Viet Nam by the high-ranking delegation of the Socialist Party of Chile from March 9-12.',
    );
    expect(visit).toContain('visit 2026-03-09 Fuentes');
    expect(
      eventsOf(
        'The first Vietnam–Peru deputy ministerial dialogue took place in Lima on March 9, co-chaired by Deputy Foreign Minister Do Minh Khoa and Peruvian Vice Minister Rosa Quispe.',
      ),
    ).toEqual(['political consultation 2026-03-09 Khoa+Quispe']);
  });

  it('reads "held a series of bilateral meetings, including with A, B and C" as a meeting with each', () => {
    const events = eventsOf(
      'LIMA — President Nguyen Van An attended the APEC Summit in Lima on March 10 and held a series of bilateral meetings, including with Chilean President Maria Fuentes, Peruvian President Rosa Quispe and Kenyan President David Kamau.',
    );
    expect(events.filter((e) => e.startsWith('talks')).sort()).toEqual([
      'talks 2026-03-10 An+Fuentes',
      'talks 2026-03-10 An+Kamau',
      'talks 2026-03-10 An+Quispe',
    ]);
  });

  it('reads a review of the year told as lists, summits "respectively", meetings co-chaired and deeds of two subjects', () => {
    const events = eventsOf(
      [
        'Hanoi (VNA) – In 2025, Vietnam deepened its ties with Africa.',
        'President Nguyen Van An attended the 38th and 39th African Union Summits in Addis Ababa in February and July respectively.',
        'Vietnamese leaders also paid official visits to Ghana, Kenya and Nigeria, while receiving the leaders of Egypt, Angola and Senegal in Hanoi.',
        'Foreign Minister Pham Quoc Tuan co-chaired the Vietnam–Africa Ministerial Meeting in Nairobi in August.',
        'Kenyan President David Kamau paid a state visit to Vietnam in April, and Prime Minister Vo Thanh Long visited Egypt in September.',
        'Their defence ministers held phone talks twice, in March and November.',
        'Deputy Prime Minister Hoang Van Quang co-chaired the 5th meeting of the Vietnam–Kenya Joint Commission in Hanoi in October.',
      ].join('\n\n'),
      '2025-12-30',
    );
    expect([...events].sort()).toEqual(
      [
        'conference 2025-2 An',
        'conference 2025-7 An',
        ...Array.from({ length: 6 }, () => 'visit 2025'),
        'conference 2025-8 Tuan',
        'visit 2025-4 Kamau',
        'visit 2025-9 Long',
        'phone call 2025-3',
        'phone call 2025-11',
        'political consultation 2025-10 Quang',
      ].sort(),
    );
  });

  it('keeps a leader named as the maker of listed visits ("To Lam paid state visits to the UK and Bulgaria in October")', () => {
    const events = eventsOf(
      'In 2025, Vietnam deepened its ties with Europe.\n\nPresident Nguyen Van An paid state visits to Ireland and Portugal in October.',
      '2025-12-30',
    );
    expect(events).toEqual(['visit 2025-10 An', 'visit 2025-10 An']);
  });

  it('reads a review listing visits by person and month, meetings attended and consultations by country', () => {
    const events = eventsOf(
      [
        'HÀ NỘI — In 2025, Việt Nam welcomed more than 20 heads of state.',
        'Among the most notable were the state visits of Chilean President Maria Fuentes in March and Kenyan President David Kamau in October.',
        'Vietnamese leaders attended major multilateral events, including the G20 Summit in South Africa and the APEC Economic Leaders’ Meeting in Peru.',
        'The country also held political consultations with Ireland, Portugal and Ghana at the deputy ministerial level.',
        'Peruvian President Rosa Quispe paid an official visit to Vietnam in February, followed by a visit to Lima by National Assembly Chairman Tran Van Binh in June.',
      ].join('\n\n'),
      '2025-12-29',
    );
    expect([...events].sort()).toEqual(
      [
        'visit 2025-3 Fuentes',
        'visit 2025-10 Kamau',
        'conference 2025',
        'conference 2025',
        'political consultation 2025',
        'political consultation 2025',
        'political consultation 2025',
        'visit 2025-2 Quispe',
        'visit 2025-6 Binh',
      ].sort(),
    );
  });

  it('keeps "the phone talks between X and the Russian President in August" one item of an including-list', () => {
    const events = eventsOf(
      "They noted the outcomes of recent exchanges, including Kenyan President David Kamau's state visit in June last year, the phone talks between President Nguyen Van An and the Kenyan President in August, and Tran Van Binh's trip to Kenya in September.",
    );
    expect(events).toContain('phone call 2025-8 An');
  });

  it('reads an annual meeting held and chaired, and two people\'s attendance joined by "and"', () => {
    const events = eventsOf(
      [
        'In 2025, the friendship between Vietnam and Laos continued to flourish.',
        'The two parties held their annual meeting in Vientiane in January, chaired by General Secretary Tran Van Binh and his Lao counterpart Somsack Vongsa.',
        "Highlights included President Nguyen Van An's attendance at the UN General Assembly in September and Prime Minister Vo Thanh Long's participation in the ASEAN Summit in Manila in October.",
      ].join('\n\n'),
      '2025-12-26',
    );
    expect([...events].sort()).toEqual(['conference 2025-10 Long', 'conference 2025-9 An', 'talks 2025-1 Binh+Vongsa']);
  });

  it('reads monarchs by one name, an audience, a business mission and the previous round of a dialogue', () => {
    const royal = eventsOf(
      'HÀ NỘI — President Nguyen Van An hosted a state banquet on Wednesday evening in honour of King Olav of Norway, who is on a state visit to Việt Nam. Earlier in the day, the President and the King held talks. During his stay, the King also had an audience with the Party leader Tran Van Binh.',
    );
    expect(royal).toContain('visit 2026-03-11 Olav');
    expect(royal).toContain('talks 2026-03-11 An+Olav');
    const dialogue = eventsOf(
      'Vietnam and Chile held their fifth strategic dialogue in Santiago on March 9, co-chaired by Deputy Foreign Minister Do Minh Khoa and Chilean Undersecretary Maria Fuentes. The previous round of the dialogue was held in Hanoi in 2024. Fuentes said a business mission to Vietnam from April 13 to 16 would bring 50 Chilean companies.',
    );
    expect(dialogue).toEqual(['political consultation 2026-03-09 Fuentes+Khoa', 'political consultation 2024', 'visit 2026-04-13 Fuentes']);
  });

  it("does not take a parliament's Subcommittee for a meeting of a mechanism", () => {
    expect(
      eventsOf(
        "Deputy Foreign Minister Do Minh Khoa on March 10 received a delegation of the Andean Parliament's Subcommittee on Human Rights led by its chair Rosa Quispe.",
      ),
    ).toEqual(['reception 2026-03-10 Khoa+Quispe']);
  });

  it('reads a meeting on the sidelines of a summit as talks of the two ministers, one a counterpart, not an attendance', () => {
    const events = eventsOf(
      'Hanoi (VNA) – Minister of Foreign Affairs Dao Quang Vinh held talks with his Chilean counterpart Lucia Parra in Hanoi on March 10. The two ministers first met on the sidelines of the G20 Summit in Johannesburg in November 2025.',
    );
    expect(events).toContain('talks 2025-11 Parra+Vinh');
    expect(events.filter((e) => e.startsWith('conference'))).toEqual([]);
  });

  it('gives the visit in "led by X, <office>, who is on a visit" to X', () => {
    expect(
      eventsOf(
        'Hanoi (VNA) – Deputy Foreign Minister Ha Minh Chau on March 10 received a delegation of the Socialist Party of Chile led by Rodrigo Fuentealba, secretary of its foreign affairs commission, who is on a working visit to Vietnam from March 8 to 12.',
      ).filter((e) => e.startsWith('visit')),
    ).toEqual(['visit 2026-03-08 Fuentealba']);
  });

  it('reads a summit "held … with the participation of" a leader as the leader’s attendance', () => {
    expect(
      eventsOf(
        'Hanoi (VNA) – The fifth Mekong–Korea Summit was held in Seoul in October 2025, with the participation of Prime Minister Tran Duc Hai.',
      ),
    ).toEqual(['conference 2025-10 Hai']);
  });

  it('lets a surname two people share name neither of them', () => {
    const events = eventsOf(
      'Hanoi (VNA) – Deputy Foreign Minister Do Hung Viet held talks with Indian Secretary Arun Kumar Singh in Hanoi on March 10. They reviewed the agreement signed in May 2023 during the visit by then Indian Minister Jaswant Singh.',
    );
    expect(events).toContain('visit 2023-5 Jaswant');
    expect(events.filter((e) => e.startsWith('visit'))).toEqual(['visit 2023-5 Jaswant']);
  });

  it('does not date an event by the year a relative clause gives something else', () => {
    const events = eventsOf(
      'Hanoi (VNA) – President Vo Minh Quan received Mexican Ambassador Laura Ortiz on March 10. Receiving Ortiz, the President praised the Comprehensive Partnership, which was set up in 2013.',
    );
    expect(events.filter((e) => e.includes('2013'))).toEqual([]);
  });

  it('reads a farewell call as a reception', () => {
    expect(
      eventsOf(
        'Hanoi (VNA) – Outgoing Peruvian Ambassador Jorge Salas paid a farewell call on Deputy Prime Minister Ha Van Minh on March 10.',
      ),
    ).toEqual(['reception 2026-03-10 Minh+Salas']);
  });

  it('reads "the third dialogue was held" as an earlier meeting of the series told', () => {
    expect(
      eventsOf(
        'Hanoi (VNA) – The fourth Vietnam–Chile Political Consultation took place in Hanoi on March 10, co-chaired by Deputy Foreign Minister Vu Quoc Thang and Chilean Deputy Minister Paula Rojas. The third consultation was held in Santiago in October 2024.',
      ),
    ).toContain('political consultation 2024-10');
  });

  it('keeps a visit recalled with its year inside a sentence of plans', () => {
    expect(
      eventsOf(
        'Hanoi (VNA) – Deputy Prime Minister Ha Van Minh held talks with Kenyan Prime Minister Samuel Kiptoo on March 10. The two sides agreed to launch talks on an investment treaty, which Kenya proposed during Kiptoo’s visit to Vietnam in 2024.',
      ),
    ).toContain('visit 2024 Kiptoo');
  });

  it('gives a tour just begun one visit, to its first stop', () => {
    expect(
      eventsOf(
        'Nairobi (VNA) – Deputy Prime Minister Ha Van Minh arrived in Nairobi on March 10, beginning an official tour of Kenya, Tanzania and Uganda that will last until March 18.',
      ).filter((e) => e.startsWith('visit')),
    ).toEqual(['visit 2026-03-10 Minh']);
  });

  it('names no signer for a document "signed in <date> during the visit by X"', () => {
    const events = eventsOf(
      'Hanoi (VNA) – The sixth Vietnam–Chile Defence Policy Dialogue took place in Hanoi on March 10. The two sides reviewed the Defence Cooperation Memorandum, signed in April 2021 during the visit to Hanoi by then Chilean Minister Pedro Vidal.',
    );
    expect(events).toContain('signing 2021-4');
    expect(events).toContain('visit 2021-4 Vidal');
  });

  it('reads an embassy reception, and a visit recalled by a speaker at it as a visit of its own', () => {
    const events = eventsOf(
      'Canberra (VNA) – The Vietnamese Embassy in Chile held a reception in Santiago on March 10 to mark the 50th anniversary of ties, attended by Chilean Deputy Minister Rosa Aguirre. Speaking at the reception, Ambassador Do Van Khoa recalled the visit to Chile by President Le Van Son in May 2024.',
    );
    expect(events).toContain('reception 2026-03-10 Aguirre+Khoa');
    expect(events).toContain('visit 2024-5 Son');
  });

  it('dates a visit told on two of its days by the first, as one visit', () => {
    expect(
      eventsOf(
        'Santiago (VNA) – On the second day of his official visit to Chile, Prime Minister Ha Van Minh on March 11 met with President Carlos Mena. The visit began on March 10 with talks between Minh and his Chilean counterpart Elena Vidal.',
      ).filter((e) => e.startsWith('visit')),
    ).toEqual([expect.stringMatching(/^visit 2026-03-10 .*Minh/)]);
  });

  it('does not date a meeting by the year of a visit the sentence recalls', () => {
    const events = eventsOf(
      'Santiago (VNA) – Deputy Foreign Minister Vu Quoc Thang and Chilean Deputy Minister Paula Rojas held the fifth political consultation in Santiago on March 10. The consultation came a year after the visit to Chile by National Assembly Chairman Do Van Hai in 2025.',
    );
    expect(events).toContain('visit 2025 Hai');
    expect(events.filter((e) => e.startsWith('political consultation'))).toEqual(['political consultation 2026-03-10 Rojas+Thang']);
  });

  it('reads a weekday that opens a sentence, and "the next day" after an event’s words from that day', () => {
    const events = eventsOf(
      'Hanoi (VNA) – It was a busy week. On Monday, Minister of Foreign Affairs Dao Quang Vinh received Chilean Foreign Minister Lucia Parra, who came for the first session of the Vietnam–Chile Joint Committee, which the two ministers co-chaired the next day. On Wednesday, Deputy Prime Minister Ha Van Minh held phone talks with his Peruvian counterpart Jorge Salas.',
      '2026-03-15',
    );
    expect(events).toContain('reception 2026-03-09 Parra+Vinh');
    expect(events.some((e) => /^political consultation 2026-03-10 .*Parra/.test(e))).toBe(true);
    expect(events).toContain('phone call 2026-03-11 Minh+Salas');
  });

  it('reads "called on" an official as a courtesy call, and "called on all parties to" as no event', () => {
    expect(
      eventsOf(
        'Hanoi (VNA) – Deputy Foreign Minister Vu Quoc Thang and Chilean Deputy Minister Paula Rojas co-chaired the third political consultation in Hanoi on March 10. The day before the consultation, Rojas called on Minister of Foreign Affairs Dao Quang Vinh.',
      ),
    ).toContain('reception 2026-03-09 Rojas+Vinh');
    expect(
      eventsOf('Hanoi (VNA) – Spokesperson Tran Thu Ha on March 10 called on all parties to respect the ceasefire agreement.'),
    ).toEqual([]);
  });
});
