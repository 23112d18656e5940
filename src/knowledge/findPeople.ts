import type { Gazetteer } from './gazetteer.ts';
import {
  CALENDAR_WORDS,
  CONNECTORS,
  FORMS_OF_ADDRESS,
  NAME_PARTICLES,
  PERSON_TRIGGERS,
  ROLE_WORDS,
  VIETNAMESE_SURNAMES,
} from './lexicon.ts';
import { INSTITUTION_WORDS } from './institutionWords.ts';
import { namesNoOne } from './namesNoOne.ts';
import { ABBREV, tokenize, type Tok } from './tokenizeNames.ts';

/** A person named in full in a sentence, with the role phrase written next to the name. */
export interface PersonMention {
  name: string;
  index: number;
  end: number;
  role?: string;
  /** Country code from the role ("Norwegian Ambassador", "Minister … of Denmark") or a Vietnamese name. */
  country?: string;
}

const isRole = (t: Tok) => ROLE_WORDS.has(t.key) || t.key.split('-').some((k) => ROLE_WORDS.has(k));
const isInstitution = (t: Tok) => INSTITUTION_WORDS.has(t.key);
const isRolePart = (t: Tok) => isRole(t) || isInstitution(t) || t.place !== undefined;

/** Titles a monarch is named by with one name: "King Willem-Alexander", "Emperor Naruhito", "Queen Máxima". */
const MONARCHS = new Set(['king', 'queen', 'emperor', 'empress', 'sultan', 'prince', 'princess']);
/** "King Philippe": one capitalised name after a monarch's title is a person's. */
function royal(role: Tok[], name: Tok[]): boolean {
  const title = role.at(-1);
  return (
    name.length === 1 &&
    Boolean(title && MONARCHS.has(title.key)) &&
    name[0]!.cap &&
    name[0]!.place === undefined &&
    name[0]!.text.length > 2
  );
}

function nameLike(toks: Tok[]): boolean {
  if (toks.length < 2 || toks.length > 6) return false;
  if (!toks[0]!.cap || !toks[toks.length - 1]!.cap) return false;
  return toks.every(
    (t) =>
      (t.cap || NAME_PARTICLES.has(t.key)) &&
      !CALENDAR_WORDS.has(t.key) &&
      !/\d/.test(t.text) &&
      t.place === undefined &&
      !isInstitution(t),
  );
}

function isVietnameseName(toks: Tok[]): boolean {
  return (
    toks.length >= 2 &&
    toks.length <= 5 &&
    VIETNAMESE_SURNAMES.has(toks[0]!.key) &&
    toks.every((t) => t.cap && !t.initial && t.text.length <= 6)
  );
}

function roleText(sentence: string, toks: Tok[]): string {
  if (toks.length === 0) return '';
  return sentence
    .slice(toks[0]!.index, toks[toks.length - 1]!.end)
    .replace(/\s+/g, ' ')
    .replace(/\s*[,(]\s*$/, '')
    .trim();
}

function countryOf(toks: Tok[], name: Tok[]): string | undefined {
  // A demonym or "X's" before the title names the official's country; "Ambassador to Vietnam" names the posting.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.place) continue;
    const before = toks[i - 1]?.key;
    if (before === 'to' || before === 'in' || before === 'at') continue;
    return t.place;
  }
  return isVietnameseName(name) ? 'VN' : undefined;
}

/**
 * The office a list of regions belongs to: walking back from `start` over capitalised words, connectors and the
 * commas of a list, up to a run holding a role word; that run from its start. Undefined when anything else intervenes.
 */
function roleBeforeList(toks: Tok[], start: number, sentence: string): Tok[] | undefined {
  let p = start - 1;
  for (let steps = 0; p >= 0 && steps < 16; steps++, p--) {
    const t = toks[p]!;
    const gap = sentence.slice(t.end, toks[p + 1]!.index);
    if (!/^\s*,?\s*$/.test(gap)) return undefined;
    if (isRole(t)) break;
    if (!(t.cap || CONNECTORS.has(t.key))) return undefined;
  }
  if (p < 0 || !isRole(toks[p]!)) return undefined;
  // The role run: back from the role word while joined and still role-like.
  let from = p;
  const roleLike = (t: Tok) => (isRolePart(t) && t.cap) || CONNECTORS.has(t.key);
  while (from > 0 && toks[from]!.joined && roleLike(toks[from - 1]!) && !toks[from - 1]!.possessive) from--;
  while (from < p && CONNECTORS.has(toks[from]!.key)) from++;
  return toks.slice(from, start);
}

/** People named in full in one sentence, each with the role and country the sentence gives them. */
export function findPeople(sentence: string, gazetteer: Gazetteer): PersonMention[] {
  const toks = tokenize(sentence, gazetteer);
  const out: PersonMention[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!(toks[i]!.cap || toks[i]!.initial)) {
      i++;
      continue;
    }
    const start = i;
    const { chain, end: j } = growChain(toks, i);
    i = j;
    const { name: posted, role } = postedIn(splitChain(chain));
    // "H.E. Li Shulei": His Excellency is a form of address, not part of the name.
    const name = posted.length > 2 && /^H\.E\.?$/.test(posted[0]!.text) ? posted.slice(1) : posted;
    if (!(nameLike(name) || royal(role, name)) || namesNoOne({ sentence, toks, chain, name, role, after: j, start })) continue;
    const r = readRole(sentence, toks, chain, name, role, j);
    if (!r.accepted) continue;
    const nameText = sentence.slice(name[0]!.index, name[name.length - 1]!.end).replace(/\s+/g, ' ');
    const country = countryOf(r.roleToks, name);
    let roleStr = r.roleStr;
    // "Mr." or "H.E." is a form of address, not an office.
    if (roleStr && roleStr.replace(/[.\s]/g, '').length > 0 && roleStr.split(/\s+/).every((w) => ABBREV.test(w.replace(/\.$/, ''))))
      roleStr = '';
    out.push({
      name: nameText,
      index: name[0]!.index,
      end: name[name.length - 1]!.end,
      ...(roleStr ? { role: roleStr } : {}),
      ...(country ? { country } : {}),
    });
  }
  return out;
}

/** A chain of capitalised words joined by spaces from `start`; lower-case connectors only while still in the role. */
function growChain(toks: Tok[], start: number): { chain: Tok[]; end: number } {
  const chain: Tok[] = [toks[start]!];
  let inName = !isRolePart(toks[start]!);
  let j = start + 1;
  while (j < toks.length && toks[j]!.joined && !chain[chain.length - 1]!.possessive) {
    const t = toks[j]!;
    if (t.cap || t.initial) {
      // ("Governor of Primorsky Krai Oleg Kozhemyako": a name followed by a body's word was the body's name, and the
      // role goes on.)
      if (inName && isInstitution(t) && !isRole(t) && !t.place) {
        inName = false;
        chain.push(t);
        j++;
        continue;
      }
      if (inName && isRolePart(t) && !t.place) break;
      if (!isRolePart(t)) inName = true;
      chain.push(t);
      j++;
      continue;
    }
    // Look past a run of connectors ("of the") to the next capitalised word.
    let n = j + 1;
    while (n < toks.length && toks[n]!.joined && !toks[n]!.cap && CONNECTORS.has(toks[n]!.key) && n - j < 3) n++;
    const next = toks[n];
    const joinsNext = next?.joined && (next.cap || next.initial);
    if (joinsNext && !inName && CONNECTORS.has(t.key) && (t.key !== 'and' || isRolePart(next))) {
      chain.push(t);
      j++;
      continue;
    }
    if (joinsNext && inName && NAME_PARTICLES.has(t.key) && !isRolePart(next)) {
      chain.push(t);
      j++;
      continue;
    }
    break;
  }
  return { chain, end: j };
}

/**
 * "Consul General in Houston Nguyen Viet Thao": after a title's "in", the place comes first and a Vietnamese name
 * follows; the place joins the title.
 */
function postedIn({ name, role }: { name: Tok[]; role: Tok[] }): { name: Tok[]; role: Tok[] } {
  const last = role.at(-1);
  if (!last || last.cap || (last.key !== 'in' && last.key !== 'at') || name.length < 3) return { name, role };
  const k = name.findIndex((t, i) => i > 0 && VIETNAMESE_SURNAMES.has(t.key) && name.length - i >= 2);
  return k > 0 ? { name: name.slice(k), role: [...role, ...name.slice(0, k)] } : { name, role };
}

/** The name is the run at the end of the chain that is neither role, institution, place nor connector. */
function splitChain(chain: Tok[]): { name: Tok[]; role: Tok[] } {
  let k = chain.length;
  while (k > 0) {
    const t = chain[k - 1]!;
    if (isRolePart(t) || (CONNECTORS.has(t.key) && !t.cap)) break;
    k--;
  }
  while (k < chain.length && NAME_PARTICLES.has(chain[k]!.key) && !chain[k]!.cap) k++;
  return { name: chain.slice(k), role: chain.slice(0, k) };
}

interface RoleReading {
  /** Whether the name is a person's: a role names them, or the sentence's shape does. */
  accepted: boolean;
  roleToks: Tok[];
  roleStr: string;
}

/** Whether a name is a person's, and the role the sentence gives them: before it, after a comma, or by a trigger. */

function readRole(sentence: string, toks: Tok[], chain: Tok[], name: Tok[], role: Tok[], after: number): RoleReading {
  const r: RoleReading = {
    accepted: role.some(isRole) || (isVietnameseName(name) && name.length >= 3),
    roleToks: role,
    roleStr: roleText(sentence, role),
  };
  const first = toks.indexOf(chain[0]!);
  const before = toks[first - 1];
  if (!r.accepted && before && PERSON_TRIGGERS.has(before.key) && !before.cap) {
    r.accepted = before.key !== 'by' || name.length >= 2;
    if (before.key.startsWith('counterpart')) {
      const demonym = toks[toks.indexOf(before) - 1];
      r.roleStr = demonym?.place ? `${demonym.text} counterpart` : 'counterpart';
      r.roleToks = demonym?.place ? [demonym] : [];
    }
  }
  const appos = appositiveRole(sentence, toks, name, after);
  if (appos) {
    r.accepted = true;
    // ("Comrade Tran Cam Tu, Politburo member and …": a form of address gives way to the office after the comma.)
    if (!role.some((t) => isRole(t) && !FORMS_OF_ADDRESS.has(t.key)))
      Object.assign(r, { roleStr: roleText(sentence, appos), roleToks: appos });
  }
  // "since Werner Faymann's trip in 2015": a name that makes a visit is a person's.
  if (
    !r.accepted &&
    /^[’']s\s+(?:[\w-]+\s+){0,2}(?:visits?|trip|tour)\b/.test(sentence.slice(name[name.length - 1]!.end)) &&
    name.length >= 2
  )
    r.accepted = true;
  if (!r.accepted && role.length === 0) {
    const prior = roleBeforeComma(sentence, toks, chain[0]!, first - 1);
    if (prior) Object.assign(r, { accepted: true, roleToks: prior, roleStr: roleText(sentence, prior) });
  }
  // "Director General of the Department for Asia, the Pacific, the Middle East and Africa Kristi Karelsohn": the
  // role's last words are a list of regions, so the chain before the name holds places but no office.
  if (!r.accepted && role.length && role.every((t) => t.place !== undefined || CONNECTORS.has(t.key) || !isRole(t))) {
    const prior = roleBeforeList(toks, first, sentence);
    if (prior) Object.assign(r, { accepted: true, roleToks: [...prior, ...role], roleStr: roleText(sentence, [...prior, ...role]) });
  }
  return r;
}

/** "Aslaug Sem-Jacobsen, Vice Chair of the Norwegian Parliament's …": a role after a comma, when it holds an office. */
function appositiveRole(sentence: string, toks: Tok[], name: Tok[], j: number): Tok[] | undefined {
  const after = toks[j];
  if (!after || after.joined || !/^\s*,\s*$/.test(sentence.slice(name[name.length - 1]!.end, after.index))) return undefined;
  if (!(isRole(after) || ['politburo'].includes(after.key))) return undefined;
  const appos: Tok[] = [];
  let a = j;
  while (
    a < toks.length &&
    (a === j || toks[a]!.joined) &&
    // ("member of the Political Bureau and head of the Publicity Department of …": a lower-case office goes on.)
    (toks[a]!.cap || toks[a]!.initial || CONNECTORS.has(toks[a]!.key) || toks[a]!.key === 'member' || isRole(toks[a]!))
  ) {
    appos.push(toks[a]!);
    a++;
  }
  while (appos.length && CONNECTORS.has(appos[appos.length - 1]!.key)) appos.pop();
  return appos.some(isRole) ? appos : undefined;
}

/** "Costa Rica's Minister of Foreign Affairs and Religion, Manual Gonzalez Sanz": role, comma, name. */
function roleBeforeComma(sentence: string, toks: Tok[], firstOfChain: Tok, prevChainEnd: number): Tok[] | undefined {
  if (prevChainEnd < 0 || !/^\s*,\s*$/.test(sentence.slice(toks[prevChainEnd]!.end, firstOfChain.index))) return undefined;
  const prior: Tok[] = [];
  let p = prevChainEnd;
  while (p >= 0 && (isRolePart(toks[p]!) || CONNECTORS.has(toks[p]!.key))) {
    prior.unshift(toks[p]!);
    if (!toks[p]!.joined) break;
    p--;
  }
  while (prior.length && CONNECTORS.has(prior[0]!.key)) prior.shift();
  return prior.some(isRole) && prior.every((t) => isRolePart(t) || CONNECTORS.has(t.key)) ? prior : undefined;
}
