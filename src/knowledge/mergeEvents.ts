import type { DateInfo } from '../corpus/types.ts';
import type { ArticlePerson } from './articlePeople.ts';
import type { ArticleEvent } from './reading.ts';
import type { Gazetteer } from './gazetteer.ts';

/**
 * The events one article's sentences told, as events: the same meeting told twice is one (its people and place
 * gathered), a visit to two countries is two visits, and separate meetings with three counterparts are three.
 */
export function mergeEvents(events: ArticleEvent[], people: ArticlePerson[], gazetteer: Gazetteer): ArticleEvent[] {
  return splitByCounterpart(splitByDestination(dedupe(events, people), people, gazetteer), people);
}

function sameDay(a: DateInfo, b: DateInfo): boolean {
  return a.iso ? a.iso === b.iso : a.month === b.month && a.day === b.day && a.year === b.year;
}

/** Whether a agrees with b and says more (a day where b has a month or a year). */
function moreExact(a: DateInfo, b: DateInfo): boolean {
  const detail = (d: DateInfo) => (d.day ? 3 : d.month ? 2 : d.year ? 1 : 0);
  return b.provenance !== 'unknown' && compatible(a, b) && detail(a) > detail(b);
}

/** Compatible dates: the same day, or one is less precise and agrees with the other as far as it goes. */
function compatible(a: DateInfo, b: DateInfo): boolean {
  if (a.provenance === 'unknown' || b.provenance === 'unknown') return true;
  if (a.year !== b.year) return false;
  if (a.month && b.month && a.month !== b.month) return false;
  if (a.day && b.day && a.day !== b.day) return false;
  return true;
}

/** Days a visit told on two of its days may lie apart ("began on May 6", "on the second day of his visit, on May 7"). */
const VISIT_DAYS = 7;

/** Two days of one visit: the same visitor's visit, told with days less than a week apart. */
function sameVisit(a: ArticleEvent, b: ArticleEvent, samePeople: boolean): boolean {
  if (a.kind !== 'visit' || b.kind !== 'visit' || !samePeople || !a.date.iso || !b.date.iso) return false;
  const days = Math.abs(Date.parse(a.date.iso) - Date.parse(b.date.iso)) / 86_400_000;
  return days > 0 && days < VISIT_DAYS;
}

/**
 * "…the Shangri-La Dialogue from May 31 to June 2. Speaking at a plenary session on June 1, X…": a day within a
 * meeting's span, for its people, is a part of that meeting.
 */
function withinSpan(o: ArticleEvent, e: ArticleEvent, samePeople: boolean): boolean {
  if (o.kind !== 'conference' || e.kind !== 'conference' || !samePeople || !o.date.iso || !e.date.iso || !o.date.endDay) return false;
  // (Only a part of it, not a meeting named apart: "the ASEAN–China Foreign Ministers' Meeting on June 2".)
  if (!/\b(?:plenary|session|opening|closing)\b/i.test(e.quote)) return false;
  const end = `${o.date.year}-${String(o.date.endMonth ?? o.date.month).padStart(2, '0')}-${String(o.date.endDay).padStart(2, '0')}`;
  return e.date.iso > o.date.iso && e.date.iso <= end;
}

/** One event per kind, date and people: later sentences about the same meeting add nothing new. */
function dedupe(events: ArticleEvent[], people: ArticlePerson[]): ArticleEvent[] {
  const out: ArticleEvent[] = [];
  const countryOf = new Map(people.map((p) => [p.key, p.country]));
  for (const e of events) {
    const overlap = (o: ArticleEvent) => e.participants.some((p) => o.participants.includes(p));
    const twin = out.find(
      (o) =>
        // A list of visits by country names no one: a visit told with its people is another one.
        (!(o.listed && e.participants.length) &&
          !otherCounterparts(o, e, countryOf) &&
          (o.kind === e.kind || sameMeeting(o, e)) &&
          (sameDay(o.date, e.date) ||
            (compatible(o.date, e.date) && overlap(o)) ||
            sameVisit(o, e, overlap(o)) ||
            withinSpan(o, e, overlap(o))) &&
          (e.participants.length === 0 || o.participants.length === 0 || overlap(o)) &&
          sameCountries(o, e)) ||
        // A later undated sentence about the same people ("Hằng and Rudenko reaffirmed…") is the same meeting.
        ((o.kind === e.kind || e.kind === 'talks') &&
          e.date.provenance === 'unknown' &&
          e.participants.length > 0 &&
          e.participants.every((p) => o.participants.includes(p))),
    );
    if (twin) {
      for (const p of e.participants) if (!twin.participants.includes(p)) twin.participants.push(p);
      twin.place ??= e.place;
      // "…the visit by X would open a new chapter. X is paying a state visit from May 19 to 21": the day, not the year.
      if ((twin.date.provenance === 'unknown' && e.date.provenance !== 'unknown') || moreExact(e.date, twin.date)) twin.date = e.date;
      // (A visit told on two of its days is dated by its first.)
      else if (sameVisit(twin, e, true) && e.date.iso! < twin.date.iso!) twin.date = e.date;
      continue;
    }
    out.push(e);
  }
  return out;
}

/**
 * "…held phone talks with the Japanese Prime Minister. He also spoke by phone with the Australian Prime Minister the
 * same day": one side met two partners, each a meeting of its own. Bilateral kinds only; a conference is one.
 */
function otherCounterparts(a: ArticleEvent, b: ArticleEvent, countryOf: Map<string, string | undefined>): boolean {
  if (a.kind === 'conference' || a.kind === 'visit') return false;
  const foreign = (e: ArticleEvent) => new Set(e.participants.map((k) => countryOf.get(k)).filter((c) => c && c !== 'VN'));
  const fa = foreign(a);
  const fb = foreign(b);
  if (fa.size > 0 && fb.size > 0 && ![...fa].some((c) => fb.has(c))) return true;
  // "…held talks with the President. On the same day, Stubb met the General Secretary": one guest, two hosts of
  // one country, each met apart.
  const shared = a.participants.filter((p) => b.participants.includes(p));
  const onlyA = a.participants.filter((p) => !shared.includes(p));
  const onlyB = b.participants.filter((p) => !shared.includes(p));
  if (!shared.length || !onlyA.length || !onlyB.length) return false;
  // (A host whose country the article does not give is still not of the guest's: "President Tamás Sulyok".)
  const hosts = new Set([...onlyA, ...onlyB].map((k) => countryOf.get(k)).filter((c) => c !== undefined));
  const guests = new Set(shared.map((k) => countryOf.get(k)));
  return hosts.size <= 1 && !guests.has(undefined) && ![...hosts].some((c) => guests.has(c));
}

/** "Quang and Rao co-chaired the meeting": the multilateral meeting just told, not a mechanism's of its own. */
const sameMeeting = (o: ArticleEvent, e: ArticleEvent) =>
  o.kind === 'conference' && e.kind === 'political consultation' && /\bco-chair(?:ed|s)? the (?:meeting|session)\b/.test(e.quote);

/** Country-only events (no participants) are different events when they name different partners. */
function sameCountries(a: ArticleEvent, b: ArticleEvent): boolean {
  if (a.participants.length && b.participants.length) return true;
  return a.countries.some((c) => b.countries.includes(c));
}

/**
 * "State visits by President X to Egypt and Angola" are two visits: one per destination, each with the host of
 * that country when the article names one.
 */
function splitByDestination(events: ArticleEvent[], people: ArticlePerson[], gazetteer: Gazetteer): ArticleEvent[] {
  return events.flatMap((e) => {
    // (A visit of a list by country is one country's already.)
    if (e.kind !== 'visit' || e.listed) return [e];
    // "visits to Egypt and Angola", "a tour of Kenya and Tanzania", "visited Chile and Peru", "a trip to A and B".
    const m = /\b(?:(?:visits?|trips?)\b[^.;]{0,60}?\bto|tour of|visited)\s+([^.;]{2,80})/i.exec(e.quote);
    if (!m) return [e];
    const dest = [...new Set(gazetteer.find(m[1]!.split(/\s+(?:at|from|on|in|for|with)\s+/)[0]!).map((x) => x.code))].filter(
      (c) => c !== 'VN',
    );
    if (dest.length < 2) return [e];
    // ("arrived in Cairo on August 16, beginning a tour of Egypt, Morocco and Algeria": the day is the first stop's;
    // the stops still ahead are not visits yet.)
    const begun = /\b(?:beginning|starting|began|begins|kicking off|kicked off)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}tour\b/i.test(
      e.quote,
    );
    return (begun ? dest.slice(0, 1) : dest).map((c) => {
      const byCountry = (k: string) => people.find((p) => p.key === k)?.country;
      return {
        ...e,
        countries: [c],
        participants: e.participants.filter((k) => !byCountry(k) || byCountry(k) === 'VN' || byCountry(k) === c),
      };
    });
  });
}

/**
 * "Held meetings with A, B and C", "separate meetings with the foreign ministers of the UK, the US and Brazil":
 * one meeting per counterpart (or per partner country when none is named), each with the home side.
 */
function splitByCounterpart(events: ArticleEvent[], people: ArticlePerson[]): ArticleEvent[] {
  return events.flatMap((e) => {
    const byCountry = ambassadorsOf(e, people);
    if (byCountry) return byCountry;
    const calls = e.kind === 'reception' && /\b(?:courtesy|farewell) calls on\b/i.test(e.quote);
    if (e.kind !== 'talks' && !calls) return [e];
    // "worked with A, …; B, …": counterparts listed apart, each with a title of their own, are met apart.
    const listed = /\b(?:separate\s+)?(?:meetings|talks|working sessions)\s+with\b|\bseparate(?:ly)?\b|;/i.test(e.quote);
    const country = (k: string) => people.find((p) => p.key === k)?.country;
    const home = e.participants.filter((k) => country(k) === 'VN');
    const guests = e.participants.filter((k) => country(k) !== 'VN');
    // "Separate meetings" are one per counterpart however they are named; otherwise only when the meetings sentence
    // lists them: people a later sentence adds ("At a working session with A and B") met the home side together.
    const named = (k: string) => {
      const p = people.find((x) => x.key === k);
      return Boolean(p && [p.name, ...p.shortForms].some((n) => n.length >= 3 && e.quote.includes(n)));
    };
    const perGuest = () => guests.map((g) => ({ ...e, participants: [...home, g], countries: country(g) ? [country(g)!] : e.countries }));
    // ("paid courtesy calls on Senate President A and Foreign Minister B": one call on each, whichever side calls.)
    if (calls && guests.length >= 2 && guests.every(named) && home.length <= 1) return perGuest();
    if (calls && guests.length === 1 && home.filter(named).length >= 2)
      return home.filter(named).map((h) => ({ ...e, participants: [h, ...guests] }));
    if (calls) return [e];
    if (listed && guests.length >= 2 && (/\bseparate(?:ly)?\b/i.test(e.quote) || guests.filter(named).length >= 2)) return perGuest();
    // ("bilateral meetings with his counterparts from Japan, Korea and India": one per country, each with the home side.)
    if (
      guests.length === 0 &&
      e.countries.length >= 2 &&
      (/\bseparate\b/i.test(e.quote) || /\bcounterparts\s+(?:from|of)\b/i.test(e.quote))
    )
      return e.countries.map((c) => ({ ...e, countries: [c] }));
    // "On the sidelines, Chính met with the Prime Ministers of New Zealand, Hungary and Cuba": leaders of several
    // countries met one by one, unless the meeting is said to be joint.
    const countries = new Set(guests.filter(named).map(country).filter(Boolean));
    if (home.length <= 1 && countries.size >= 2 && guests.every(named) && !/\b(?:trilateral|joint|three-way)\b/i.test(e.quote))
      return perGuest();
    // "The Finnish President is scheduled to meet the Prime Minister and the Chairman": a guest calls on each host.
    const hostsMet = home.filter(named);
    if (
      guests.length === 1 &&
      hostsMet.length >= 2 &&
      hostsMet.every((k) =>
        metAfterVerb(
          e.quote,
          people.find((p) => p.key === k)!,
        ),
      )
    )
      return hostsMet.map((h) => ({ ...e, participants: [h, ...guests] }));
    return [e];
  });
}

/**
 * "received newly-accredited Ambassadors of Argentina, Belgium and Nepal": one reception per country, each with the
 * host and the envoy of that country when the article names them.
 */
function ambassadorsOf(e: ArticleEvent, people: ArticlePerson[]): ArticleEvent[] | undefined {
  if ((e.kind !== 'reception' && e.kind !== 'talks') || e.countries.length < 2) return undefined;
  if (!/\b(?:Ambassadors|ambassadors|envoys|Envoys)\s+(?:of|from)\b/.test(e.quote)) return undefined;
  const country = (k: string) => people.find((p) => p.key === k)?.country;
  return e.countries.map((c) => ({
    ...e,
    countries: [c],
    participants: e.participants.filter((k) => country(k) === 'VN' || country(k) === c),
  }));
}

/** Whether a person is named after "meet" or "met" in a sentence: the one met, not the one meeting. */
function metAfterVerb(quote: string, p: ArticlePerson): boolean {
  const verb = /\b(?:meet|met|meets|meeting with|call on|called on)\b/.exec(quote);
  return verb !== null && [p.name, ...p.shortForms].some((n) => quote.indexOf(n) > verb.index);
}
