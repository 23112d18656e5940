import type { ArticlePerson } from './articlePeople.ts';
import type { Gazetteer } from './gazetteer.ts';

/** What the sentences so far make available to refer back to. */
export interface Discourse {
  /** The first person named in each sentence that named one, oldest first. */
  subjects: ArticlePerson[];
  /** The people of the article's main event (its first with two sides), for "the two ministers". */
  main: ArticlePerson[];
  /** The people named in the last sentence that named any. */
  recent?: ArticlePerson[];
  /** The head of the delegation the article introduced ("a delegation … led by X"). */
  delegation?: ArticlePerson;
}

const PRONOUN_SUBJECT =
  /^(?:He|She)\b|[,;]\s*(?:he|she)\b|\b(?:he|she)\s+(?:also\s+)?(?:met|received|held|visited|attended|paid|had|made|is|was|led|signed|called|chaired|co-chaired|hosted|worked|arrived|began|will)\b|\b(?:his|her)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|meetings?|talks|stay|tour)\b/;
const BOTH_SIDES =
  /\b(?:the two|both)\s+(?:[a-z]+\s+)?(?:sides|leaders|ministers|foreign ministers|FMs|officials|prime ministers|presidents|deputy ministers|delegations|counterparts|hosts and guests)\b|\bthe two\b(?!\s+(?:countries|nations|peoples|parties|economies|sides'|countries'))/i;
const GUEST = /\bthe (?:guest|visitor|visiting (?:minister|official|leader|delegation|president|prime minister))\b/i;
const HOST = /\bthe hosts?\b/i;
/** "The delegation held meetings…": the delegation's head, the last Vietnamese subject. */
const DELEGATION =
  /\b(?:the|his|her)\s+(?:(\p{Lu}[\p{L}-]+)\s+)?(?:(?:CPV|Party|parliamentary|high-level|high-ranking|senior|government)\s+)?delegation(?:[’']s)?\b(?:\s+of\s+(?:the\s+)?([^,.;]{3,60}))?/iu;
/** "the Vietnamese and Lao ministers of foreign affairs", "the Lao FM", "the minister", "the Vietnamese official". */
// (Under the i flag \p{Lu} matches any letter, so the words before the office may be neither offices nor "the": "the
// President and the King" is two phrases.)
const NOT_DEMONYM = String.raw`(?!(?:the|a|an|his|her|their|deputy|prime|foreign|ministers?|presidents?|ambassadors?|kings?|queens?|emperors?|chair\w*|secretary|officials?|leaders?)\b)`;
const OFFICES = String.raw`deputy (?:prime )?ministers?|prime ministers?|foreign ministers?|ministers?|FMs?|ambassadors?|presidents?|officials?|leaders?|state secretary|secretary|chairman|chairwoman|chair|king|queen|emperor|sultan|emir|crown prince`;
const ROLE_PHRASE = new RegExp(
  String.raw`\b(?:the|both)\s+((?:${NOT_DEMONYM}\p{Lu}[\p{L}-]+\s+(?:and\s+${NOT_DEMONYM}\p{Lu}[\p{L}-]+\s+)?)?)(${OFFICES})\b`,
  'giu',
);

const ROLE_TEST: Array<[RegExp, RegExp]> = [
  [/^deputy prime minister/i, /deputy prime minister/i],
  [/^deputy minister/i, /deputy (?:foreign )?minister|vice minister/i],
  [/^prime minister/i, /prime minister|premier/i],
  [/^(?:foreign minister|fm)/i, /(?<!deputy )(?:foreign minister|minister of foreign affairs|\bFM\b|foreign secretary)/i],
  [/^minister/i, /minister|secretary of state|foreign secretary/i],
  [/^ambassador/i, /ambassador/i],
  [/^president/i, /(?<!vice )president/i],
  [/^(?:state secretary|secretary)/i, /secretary/i],
  [/^chair/i, /chair/i],
  [/^(?:king|queen|emperor|sultan|emir|crown prince)/i, /\b(?:king|queen|emperor|sultan|emir|crown prince)\b/i],
  [/^(?:official|leader)/i, /./],
];

/**
 * "The two sides", "the two leaders": the people of the main event, else those just named. "The two prime
 * ministers": the main event's people when they hold that office, else the first Vietnamese and the first foreign
 * holder of it, else no one the article names.
 */
function bothSides(text: string, people: ArticlePerson[], d: Discourse): ArticlePerson[] {
  // ("the two defence ministers": the qualifier must be in the role too.)
  const m =
    /\b(?:the two|both)\s+(?:(?!deputy|prime|foreign)([a-z]+)\s+)?(deputy ministers|prime ministers|foreign ministers|ministers|presidents)\b/i.exec(
      text,
    );
  const office = m?.[2];
  const test = office && ROLE_TEST.find(([word]) => word.test(office))?.[1];
  if (!test) return d.main.length ? d.main : (d.recent ?? []);
  const qualifier = m[1] && !/^(?:deputy|vice|foreign|prime)$/i.test(m[1]) ? new RegExp(`\\b${m[1].slice(0, 5)}`, 'i') : undefined;
  const holds = (p: ArticlePerson) => p.role !== undefined && test.test(p.role) && (!qualifier || qualifier.test(p.role));
  // ("X held talks with his Uruguayan counterpart Y": Y holds X's office.)
  const counterpart = (p: ArticlePerson) => /\bcounterparts?\b/i.test(p.role ?? '') && d.main.some((o) => o !== p && holds(o));
  if (d.main.length && d.main.every((p) => holds(p) || counterpart(p))) return d.main;
  const fits = people.filter(holds);
  const home = fits.find((p) => p.country === 'VN');
  const guest = fits.find((p) => p.country !== undefined && p.country !== 'VN');
  return home && guest ? [home, guest] : [];
}

/** Whether people named together are of both sides: a Vietnamese and a foreigner. */
export function namesBothSides(named: ArticlePerson[]): boolean {
  return named.some((p) => p.country === 'VN') && named.some((p) => p.country !== undefined && p.country !== 'VN');
}

/**
 * People a sentence refers to without naming them: a pronoun for the last subject, "the two ministers" for the
 * main event's people, "the guest" and "the host", and role phrases ("the Lao FM", "the Vietnamese and Lao ministers
 * of foreign affairs") matched against the roles and countries of the article's people. Names already in the
 * sentence are not returned again.
 */
export function peopleReferredTo(
  text: string,
  named: ArticlePerson[],
  people: ArticlePerson[],
  d: Discourse,
  gazetteer: Gazetteer,
): ArticlePerson[] {
  const out = new Set<ArticlePerson>();
  const last = d.subjects.at(-1);
  if (last && PRONOUN_SUBJECT.test(text)) out.add(last);
  // Before any two-sided event, "the two prime ministers" are the home and the foreign holder of that office, else
  // "the two leaders" are the people just named.
  // "They later witnessed…": the two sides of the main event.
  if (/^They\b/.test(text) && d.main.length) for (const p of d.main) out.add(p);
  // ("X and Y co-chaired the session, during which the two sides signed…": a sentence that names both sides itself
  // means them.)
  if (BOTH_SIDES.test(text) && !namesBothSides(named)) for (const p of bothSides(text, people, d)) out.add(p);
  const foreign = (d.main.length ? d.main : people).find((p) => p.country && p.country !== 'VN');
  const local = (d.main.length ? d.main : people).find((p) => p.country === 'VN');
  if (GUEST.test(text) && foreign) out.add(foreign);
  if (HOST.test(text) && local) out.add(local);
  const delegation = DELEGATION.exec(text);
  if (delegation) {
    // "The Lao delegation", "the delegation's visit": the head introduced with it, unless the phrase names the other
    // side; "the Vietnamese delegation" without one: the last Vietnamese subject.
    // ("the delegation of the Communist Party of China": the country it is of.)
    const demonym = [delegation[1], delegation[2]].flatMap((w) => (w ? gazetteer.find(w).map((x) => x.code) : [])).find((c) => c !== 'VN');
    const introduced = d.delegation && (!demonym || !d.delegation.country || d.delegation.country === demonym) ? d.delegation : undefined;
    const foreign = demonym && !introduced ? [...d.subjects, ...people].reverse().find((p) => p.country === demonym) : undefined;
    const head = introduced ?? foreign ?? [...d.subjects].reverse().find((p) => p.country === 'VN');
    if (head && (!demonym || introduced || foreign)) out.add(head);
  }
  for (const m of text.matchAll(ROLE_PHRASE)) {
    const countries = m[1] ? new Set(gazetteer.find(m[1]).map((x) => x.code)) : undefined;
    const test = ROLE_TEST.find(([word]) => word.test(m[2]!))?.[1];
    if (!test) continue;
    const plural = /s$/i.test(m[2]!) || /\band\b/.test(m[1] ?? '');
    const fits = (p: ArticlePerson) =>
      (!countries?.size || (p.country !== undefined && countries.has(p.country))) &&
      (p.role === undefined ? /^(?:official|leader)/i.test(m[2]!) : test.test(p.role));
    if (plural) {
      // One person per country named, the first the article introduced.
      for (const c of countries?.size ? countries : [undefined]) {
        const p = people.find((x) => fits(x) && (c === undefined || x.country === c));
        if (p) out.add(p);
      }
    } else {
      // The most recent subject that fits, else the first person in the article who does.
      const p = [...d.subjects].reverse().find(fits) ?? people.find(fits);
      if (p) out.add(p);
    }
  }
  for (const p of named) out.delete(p);
  return [...out];
}
