import { namedIn, type ArticlePerson } from './articlePeople.ts';
import { kindsIn } from './kindsIn.ts';
import { peopleReferredTo, type Discourse } from './peopleReferredTo.ts';
import type { Reading } from './reading.ts';

/** A sentence's clauses that can each tell an event of their own. */
export function clausesOf(sentence: string): string[] {
  const parts = sentence.split(
    // (", met with Y, and attended the forum": deeds in a series, each a clause of the sentence's subject; so is
    // "paid a courtesy call on X and met with Y", two calls.)
    // (", and Party General Secretary To Lam visited Japan in September": a deed of another subject; "X's attendance
    // at … and Prime Minister Y's participation in …": two deeds of two people.)
    /,\s*(?=(?:where|while|when|having (?:met|held|visited|attended|signed|received)|during which|after which|before|followed by|and then|and also|who|and (?:the two|he|she|they)\b|(?:and )?(?:met|attended|visited|received|signed|paid|co-chaired)\b|and\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,8}(?:also\s+)?(?:visited|paid|held|met|received|attended|signed|travell?ed|hosted)\b)\b)|;\s+|\s+(?=and\s+(?:then\s+|also\s+)?(?:met|received|paid|pay|held|attended)\s)|\s+(?=and\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,8}\p{Lu}[\p{L}-]*[’']s\s+(?:attendance|participation|(?:state |official |working )?visit|trip)\b)/u,
  );
  // Only clauses that each tell an event are split: "meetings with A; B, and C" is one list.
  const split = parts.length > 1 && parts.every((p) => p.split(/\s+/).length >= 4 && kindsIn(p).length) ? parts : [sentence];
  return split.flatMap((p) => datedCounterparts(p) ?? [p]);
}

const DAY = String.raw`on\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`;
/** "and (with) B in Wellington on March 24": a counterpart met on a day of its own, the verb left out. */
const ON_ITS_DAY = String.raw`and\s+(?:with\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){1,8}(?:in\s+\p{Lu}[\p{L}-]*\s+)?${DAY}`;
/** A clause that is such a counterpart. */
export const ELLIPSIS = new RegExp(`^${ON_ITS_DAY}`, 'u');
const BEFORE_ELLIPSIS = new RegExp(String.raw`\s+${ON_ITS_DAY}`, 'u');
const A_DAY = new RegExp(DAY);

/**
 * "met with A in Canberra on March 21 and B in Wellington on March 24": two meetings, each on its own day; the second
 * clause keeps the verb of the first (readClauses reads it with the kinds of the clause before).
 */
function datedCounterparts(sentence: string): string[] | undefined {
  const at = sentence.search(BEFORE_ELLIPSIS);
  if (at < 0) return undefined;
  const [first, second] = [sentence.slice(0, at), sentence.slice(at).trim()];
  const meeting = kindsIn(first).some((k) => k.kind === 'talks' || k.kind === 'reception' || k.kind === 'political consultation');
  return meeting && A_DAY.test(first) ? [first, second] : undefined;
}

/**
 * Whom a relative "who" means: the person named right before it ("received Ambassador X, who…"), or the one the
 * words right before it refer to ("received the guest, who…").
 */
function antecedentOf(r: Reading, named: ArticlePerson[], before: string): ArticlePerson | undefined {
  // ("King Olav of Norway, who…": the name before its country.)
  const text = before.replace(/[\s,]+$/, '').replace(/\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,3}$/u, '');
  const endsWith = (t: string) => named.find((p) => [p.name, ...p.shortForms].some((f) => t.endsWith(f)));
  const byName = endsWith(text);
  if (byName) return byName;
  // ("led by X, head of the Party's International Relations Department, who…": the name before its apposition.)
  const apposition = /,\s+(?:the\s+)?[\p{Ll}\p{Lu}][^,]*$/u.exec(text);
  const beforeApposition =
    apposition && !named.some((p) => namedIn(p, apposition[0])) ? endsWith(text.slice(0, apposition.index)) : undefined;
  if (beforeApposition) return beforeApposition;
  const tail = text.split(/\s+/).slice(-4).join(' ');
  return peopleReferredTo(tail, [], r.people, r.discourse, r.gazetteer)[0];
}

/**
 * Whom a relative "who" means, and for "who are" everyone named together right before it ("in honour of King X and
 * Queen Y of the Netherlands, who are on a state visit").
 */
export function antecedentsOf(r: Reading, named: ArticlePerson[], before: string, plural: boolean): ArticlePerson[] {
  const one = antecedentOf(r, named, before);
  if (!one || !plural) return one ? [one] : [];
  const tail = before.slice(-90);
  const together = named.filter((p) => namedIn(p, tail));
  return together.length ? together : [one];
}

/**
 * The first person a sentence names outside "with…", "to…" or "received…": who its pronouns mean. When "he" or "she"
 * comes first ("On the same day, he paid a courtesy call on X"), the subject is whom the pronoun means (`referent`).
 */
export function subjectOf(named: ArticlePerson[], text: string, referent?: ArticlePerson): ArticlePerson | undefined {
  const at = (p: ArticlePerson) => {
    const i = Math.min(...[p.name, ...p.shortForms].map((f) => text.indexOf(f)).filter((x) => x >= 0));
    return Number.isFinite(i) ? i : text.length;
  };
  const ordered = [...named].sort((a, b) => at(a) - at(b));
  const pronoun = /(?:^|,\s+)(?:he|she)\s+(?!said\b)/i.exec(text);
  if (referent && pronoun && pronoun.index < (ordered[0] ? at(ordered[0]) : text.length)) return referent;
  // The object of "talking to", "met with", "received" is not who the next "he" means.
  // "for" and "to" also sit inside titles ("Commission for External Relations"): only verbs of meeting count.
  return ordered.find(
    (p) =>
      !/\b(?:with|by|received|receives|[Rr]eceiving|[Mm]eeting|welcomed|welcomes|met|meets|hosted|hosts|talking to|talked to|spoke to|phoned|called on|call on)\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,8}$/u.test(
        text.slice(0, at(p)),
      ),
  );
}

/** The subject of each sentence so far (its first person named, outside "with…" and "to…"), for "he" and "she". */
export function remember(d: Discourse, named: ArticlePerson[], text: string): void {
  const subject = subjectOf(named, text, d.subjects.at(-1));
  if (subject) d.subjects.push(subject);
  if (named.length) d.recent = named;
  // "a delegation of the Lao People's Revolutionary Party led by X": X heads "the delegation" from now on.
  const led = /\bdelegation\b[^.;]{0,120}?\bled by\s/.exec(text);
  if (led) {
    const after = text.slice(led.index + led[0].length);
    // The first person named after "led by", their title before them ("led by Secretary of the Vientiane Party
    // Committee X"), and no one else between.
    const at = (p: ArticlePerson) => Math.min(...[p.name, ...p.shortForms].map((f) => after.indexOf(f)).filter((i) => i >= 0));
    const head = named
      .filter((p) => at(p) <= 90)
      .sort((a, b) => at(a) - at(b))
      .find((p) => !/[,;]/.test(after.slice(0, at(p))) || after.startsWith(p.name));
    if (head) d.delegation = head;
  }
  // "X led a delegation of the Communist Party of Việt Nam on a visit to…": the sentence's subject heads it.
  else if (subject && /\b(?:led|leads|leading|headed|heads)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}delegation\b/.test(text))
    d.delegation = subject;
}

/**
 * Whose deeds a sentence's clauses tell: whom it opens with ("The delegation was received by X … and held a working
 * session with Y"); else its subject by name or pronoun (subjectOf); else the one person it refers to ("The
 * delegation then travelled to Caracas, where it attended…").
 */
export function sentenceSubject(r: Reading, text: string, named: ArticlePerson[], who: ArticlePerson[]): ArticlePerson | undefined {
  const opener = /^(?:The (?:[\w-]+ )?delegation|He|She)\b/.test(text) ? who.find((p) => !named.includes(p)) : undefined;
  return opener ?? subjectOf(named, text, r.discourse.subjects.at(-1)) ?? (who.length === 1 ? who[0] : undefined);
}
