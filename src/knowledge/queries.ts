import { dateKey } from './showDate.ts';
import type { DateInfo } from '../corpus/types.ts';
import type { Agreement, DiplomaticEvent, Evidence, KnowledgeBase, Person, StatusMention } from './types.ts';
import { lookupMaps } from './lookupMaps.ts';

/** A place's common name ("Norway"), or its code when unknown. */
export function placeName(kb: KnowledgeBase, code: string): string {
  return kb.gazetteer.get(code)?.name ?? code;
}

export function personById(kb: KnowledgeBase, id: string): Person | undefined {
  return lookupMaps(kb).person.get(id);
}

const mainRoles = new WeakMap<Person, string | undefined>();

/**
 * The role a person is best known by: the one named most often, the earliest named on ties. Kept per person (a
 * person's roles do not change once the knowledge base is built): an official of a 10k archive has thousands.
 */
export function mainRole(person: Person): string | undefined {
  if (mainRoles.has(person)) return mainRoles.get(person);
  const counts = new Map<string, number>();
  for (const r of person.roles) counts.set(r.role, (counts.get(r.role) ?? 0) + 1);
  let best: string | undefined;
  for (const [role, n] of counts) if (best === undefined || n > counts.get(best)!) best = role;
  mainRoles.set(person, best);
  return best;
}

/** Countries a person is linked to: their own and those of the events they took part in. */
export function countriesOfPerson(kb: KnowledgeBase, person: Person): string[] {
  const codes = new Set<string>();
  if (person.country) codes.add(person.country);
  for (const e of eventsWhere(kb, { person: person.id })) for (const c of e.countries) codes.add(c);
  return [...codes];
}

/** Codes that stand for a place: itself and the blocs it belongs to (Norway → EFTA). */
export function placeAndBlocs(kb: KnowledgeBase, code: string): string[] {
  return [code, ...kb.gazetteer.places.filter((p) => p.members?.includes(code)).map((p) => p.code)];
}

export interface EventFilter {
  country?: string;
  person?: string;
  /** Inclusive bounds as YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
}

/** Whether a date falls within inclusive bounds (YYYY, YYYY-MM or YYYY-MM-DD); undated is outside any bound. */
export function dateInRange(date: DateInfo, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date.year) return false;
  const key = dateKey(date).replace(/-00/g, '');
  if (from && key < from) return false;
  if (to && key.slice(0, to.length) > to) return false;
  return true;
}

interface EventIndex {
  sorted: DiplomaticEvent[];
  byCountry: Map<string, DiplomaticEvent[]>;
  byPerson: Map<string, DiplomaticEvent[]>;
}
const eventIndexes = new WeakMap<KnowledgeBase, EventIndex>();

/**
 * The events in date order (undated last), and per partner and per person, built once per knowledge base: a
 * lookup at 10k articles reads its partner's events, not every event of the corpus.
 */
function eventIndex(kb: KnowledgeBase): EventIndex {
  let index = eventIndexes.get(kb);
  if (index) return index;
  const sorted = [...kb.events].sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || a.id.localeCompare(b.id));
  const byCountry = new Map<string, DiplomaticEvent[]>();
  const byPerson = new Map<string, DiplomaticEvent[]>();
  const add = (map: Map<string, DiplomaticEvent[]>, key: string, e: DiplomaticEvent) => {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (list.at(-1) !== e) list.push(e);
  };
  for (const e of sorted) {
    // A partner's events: those naming it, and those of its officials.
    for (const c of e.countries) add(byCountry, c, e);
    for (const p of e.participants) {
      add(byPerson, p, e);
      const c = personById(kb, p)?.country;
      if (c && !e.countries.includes(c)) add(byCountry, c, e);
    }
  }
  index = { sorted, byCountry, byPerson };
  eventIndexes.set(kb, index);
  return index;
}

/** Events matching a filter, in date order (undated last). */
export function eventsWhere(kb: KnowledgeBase, f: EventFilter): DiplomaticEvent[] {
  const index = eventIndex(kb);
  const base = f.country ? (index.byCountry.get(f.country) ?? []) : f.person ? (index.byPerson.get(f.person) ?? []) : index.sorted;
  return base.filter((e) => (!f.person || e.participants.includes(f.person)) && dateInRange(e.date, f.from, f.to));
}

/** The acronym an agreement goes by ("EVFTA"), if it has one. */
export function shortName(a: Agreement): string | undefined {
  return a.aliases.find((x) => /^[A-Z]{3,}$/.test(x));
}

const histories = new WeakMap<Agreement, StatusMention[]>();

/**
 * Mentions in date order (undated last), one per article and status (the fullest one, with who is to ratify); kept
 * per agreement, which does not change once built. Callers must not change the array.
 */
export function statusHistory(a: Agreement): StatusMention[] {
  const kept = histories.get(a);
  if (kept) return kept;
  const best = new Map<string, StatusMention>();
  for (const m of a.mentions) {
    const key = `${m.articleId}|${m.status}`;
    const prev = best.get(key);
    if (!prev || m.by.length > prev.by.length) best.set(key, m);
  }
  const history = [...best.values()].sort((x, y) => dateKey(x.date).localeCompare(dateKey(y.date)));
  histories.set(a, history);
  return history;
}

/**
 * The latest status said of an agreement; a bare "mentioned" never hides a real status, and a mention whose year is
 * unknown ("15–16 October") never hides a dated one: it cannot be known to be later.
 */
export function latestStatus(a: Agreement): StatusMention | undefined {
  const history = statusHistory(a);
  const real = history.filter((m) => m.status !== 'mentioned');
  const pool = real.length ? real : history;
  const dated = pool.filter((m) => m.date.year !== undefined);
  return (dated.length ? dated : pool).at(-1);
}

const agreementsByPlace = new WeakMap<KnowledgeBase, AgreementIndex>();

interface AgreementIndex {
  /** Per place, the positions (in kb.agreements) of the agreements it is a party to. */
  parties: Map<string, number[]>;
  /** Per place, the positions of the agreements a mention says it is to ratify or sign. */
  named: Map<string, number[]>;
}

/** Every agreement filed under its parties and the places its mentions name; one pass, kept per knowledge base. */
function agreementIndex(kb: KnowledgeBase): AgreementIndex {
  let index = agreementsByPlace.get(kb);
  if (index) return index;
  index = { parties: new Map(), named: new Map() };
  const file = (map: Map<string, number[]>, code: string, at: number) => {
    const list = map.get(code);
    if (!list) map.set(code, [at]);
    else if (list.at(-1) !== at) list.push(at);
  };
  kb.agreements.forEach((a, at) => {
    for (const c of a.parties) file(index!.parties, c, at);
    for (const m of a.mentions) for (const c of m.by) file(index!.named, c, at);
  });
  agreementsByPlace.set(kb, index);
  return index;
}

/** Agreements that bind a place directly or through its blocs, or that a mention says it is to ratify; kb order. */
export function agreementsOf(kb: KnowledgeBase, code: string): Agreement[] {
  const { parties, named } = agreementIndex(kb);
  const at = new Set([...placeAndBlocs(kb, code).flatMap((c) => parties.get(c) ?? []), ...(named.get(code) ?? [])]);
  return [...at].sort((x, y) => x - y).map((i) => kb.agreements[i]!);
}

/** The corpus's date range over articles with a known year. */
export function dateRange(kb: KnowledgeBase): { first?: string; last?: string } {
  const keys = kb.articles
    .filter((a) => a.date.iso)
    .map((a) => a.date.iso!)
    .sort();
  return { first: keys[0], last: keys.at(-1) };
}

/** Every passage that tells an event: its own and those of the other articles that tell it too. */
export function eventEvidence(e: DiplomaticEvent): Evidence[] {
  return [e, ...(e.also ?? [])];
}
