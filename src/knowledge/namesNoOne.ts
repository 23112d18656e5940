import { INSTITUTION_WORDS } from './institutionWords.ts';
import type { Tok } from './tokenizeNames.ts';

/** A name-shaped run of words and where it stands in its sentence's tokens. */
export interface NameInContext {
  sentence: string;
  toks: Tok[];
  chain: Tok[];
  name: Tok[];
  role: Tok[];
  /** The token after the chain. */
  after: number;
  /** The chain's first token. */
  start: number;
}

/** Whether a name-shaped run names no person: an organisation, a place, a body, a ship. */
export function namesNoOne(n: NameInContext): boolean {
  return (
    introducesAcronym(n.sentence, n.chain, n.name) ||
    namesAPlace(n.toks, n.role, n.after, n.start) ||
    namesABody(n.toks[n.after]) ||
    SHIPS.has(n.toks[n.start - 1]?.key ?? '')
  );
}

/**
 * "the Southeast Asia Nuclear Weapon-Free Zone (SEANWFZ)": words followed by the acronym they make are the name of
 * an organisation; people are not given acronyms. The acronym starts with the initial of a word of the chain and
 * ends with the initial of the name's last word ("Gennady Zyuganov (CPRF)" is a person and his party).
 */
function introducesAcronym(sentence: string, chain: Tok[], name: Tok[]): boolean {
  const acronym = /^\s*\(([A-Z][A-Z0-9]{2,})\b/.exec(sentence.slice(name[name.length - 1]!.end))?.[1];
  if (!acronym) return false;
  const initials = chain.flatMap((t) => t.text.split('-')).map((w) => w[0]!.toUpperCase());
  const lastWord = name[name.length - 1]!.text.split('-').at(-1)!;
  return initials.includes(acronym[0]!) && acronym.at(-1) === lastWord[0]!.toUpperCase();
}

/**
 * "the UN General Assembly in New York", "in Ha Noi", "Ho Chi Minh City": a name after "in" or "at", or before
 * "City", is a place the gazetteer does not hold, not a person.
 */
function namesAPlace(toks: Tok[], role: Tok[], after: number, start: number): boolean {
  const last = role.at(-1);
  if (last && !last.cap && (last.key === 'in' || last.key === 'at')) return true;
  // ("On 15 March in Ha Noi, Comrade X…": an untitled name right after "in" or "at" is where, not who.)
  const before = toks[start - 1];
  if (!role.length && before && !before.cap && (before.key === 'in' || before.key === 'at')) return true;
  const next = toks[after];
  return Boolean(next?.joined && next.cap && (next.key === 'city' || next.key === 'province'));
}

/** "the frigates Tran Hung Dao and Quang Trung": ships are named after people, and are no one. */
const SHIPS = new Set(['ship', 'ships', 'frigate', 'frigates', 'corvette', 'corvettes', 'vessel', 'vessels', 'submarine', 'submarines']);

/**
 * "Chairman of the Lạc Sơn People's Committee Dang Quoc Hung": a name joined to an institution's word is what the
 * body is named after (a province, a city), not a person.
 */
function namesABody(next: Tok | undefined): boolean {
  return Boolean(next?.joined && next.cap && INSTITUTION_WORDS.has(next.key));
}
