import { distance } from 'fastest-levenshtein';
import { escapeRegExp } from '../text/escapeRegExp.ts';
import { fold } from '../text/fold.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Article, Passage } from '../corpus/types.ts';
import { findPeople } from './findPeople.ts';
import { mononyms } from './mononyms.ts';
import type { Gazetteer } from './gazetteer.ts';
import { FORMS_OF_ADDRESS, ROLE_WORDS, VIETNAMESE_SURNAMES } from './lexicon.ts';
import { normaliseRole, type NormalRole } from './normaliseRole.ts';

/** A person as one article knows them: full name, role, and every sentence that refers to them. */
export interface ArticlePerson extends NormalRole {
  key: string;
  name: string;
  /** The role as written; office, rank and posting are read from it. */
  role?: string;
  country?: string;
  /** Short forms this article uses: given name for Vietnamese names, surname for others. */
  shortForms: string[];
  mentions: Array<{ passageId: string; sentence: string; index: number }>;
}

/** Folded full name without initials' dots: the key people are merged on. */
export function personKey(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a text names a person by their full name or a short form this article uses, as whole words ("Li" is not in "Lin"). */
export function namedIn(p: ArticlePerson, text: string): boolean {
  return [p.name, ...p.shortForms].some((f) => text.includes(f) && wordsOf(f).test(text));
}

const wordPatterns = new Map<string, RegExp>();
/** A form as whole words, kept per form: namedIn runs for every person of every clause. */
function wordsOf(form: string): RegExp {
  let re = wordPatterns.get(form);
  if (!re) {
    if (wordPatterns.size > 10_000) wordPatterns.clear();
    wordPatterns.set(form, (re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'u')));
  }
  return re;
}

/** A name's words, without particles in lower case ("da", "van der") or generational suffixes ("Jr.", "III"). */
function nameParts(name: string): string[] {
  return name.split(/\s+/).filter((p) => !/^\p{Ll}/u.test(p) && !/^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/.test(p));
}

/** Short forms a text uses for a person: "Hằng" for Lê Thị Thu Hằng, "Solbakken" for Hilde Solbakken. */
export function shortFormsOf(name: string): string[] {
  // ("Ferdinand Marcos Jr." is "Marcos": a generational suffix is not a surname.)
  const parts = nameParts(name);
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  const forms = [last];
  // Family names come first in Chinese, Korean and Vietnamese usage abroad ("Xi", "Le's visit").
  if (parts.length >= 2 && !/\.$/.test(first)) forms.push(first);
  if (VIETNAMESE_SURNAMES.has(fold(first)) && parts.length >= 3) forms.splice(1); // "Hằng", rarely "Lê"
  return [...new Set(forms.filter((f) => f.length >= 2 && !/\.$/.test(f)))];
}

/** Find the people of one article: full-name mentions first, then the short forms that point back to them. */
export function articlePeople(article: Article, passages: Passage[], gazetteer: Gazetteer): ArticlePerson[] {
  const byKey = new Map<string, ArticlePerson>();
  const texts = [
    ...passages.map((p) => ({ passageId: p.id, text: p.text })),
    ...article.captions.map((c, i) => ({ passageId: `${article.id}#c${i}`, text: c })),
  ];
  for (const { passageId, text } of texts) {
    for (const s of splitSentences(text)) {
      for (const m of findPeople(s.text, gazetteer)) {
        const key = personKey(m.name);
        let p = byKey.get(key);
        if (!p) {
          p = { key, name: m.name, shortForms: shortFormsOf(m.name), mentions: [] };
          byKey.set(key, p);
        }
        // A title beats an honorific ("Mr."): keep the most informative role seen.
        if (m.role && (!p.role || (/^(mr|mrs|ms|dr)\.?$/i.test(p.role) && !/^(mr|mrs|ms|dr)\.?$/i.test(m.role)))) p.role = m.role;
        if (m.country && !p.country) p.country = m.country;
        p.mentions.push({ passageId, sentence: s.text, index: m.index });
      }
    }
  }
  const people = [...byKey.values()];
  mergeVariants(people);
  for (const p of people) p.shortForms.push(...paternalSurname(p, texts));
  people.push(...mononyms(texts, people, gazetteer));
  // Short forms: a form shared by two people of this article is ambiguous and left unresolved.
  const owners = new Map<string, ArticlePerson[]>();
  for (const p of people) for (const f of p.shortForms) owners.set(fold(f), [...(owners.get(fold(f)) ?? []), p]);
  // ("Rajesh Kumar Singh" and "Rajnath Singh": "Singh" names neither, and "Rajnath Singh" does not name Rajesh.)
  for (const p of people) p.shortForms = p.shortForms.filter((f) => owners.get(fold(f))!.length === 1);
  for (const { passageId, text } of texts) {
    for (const s of splitSentences(text)) {
      for (const w of s.text.matchAll(/\p{Lu}[\p{L}-]+/gu)) {
        const list = owners.get(fold(w[0]));
        if (list?.length !== 1 || insideAnotherName(s.text, w.index!, list[0]!)) continue;
        const p = list[0]!;
        if (p.mentions.some((m) => m.passageId === passageId && m.sentence === s.text)) continue;
        p.mentions.push({ passageId, sentence: s.text, index: w.index! });
      }
    }
  }
  const kept = people.filter((p) => !p.key.startsWith('_merged'));
  for (const p of kept) if (p.role) Object.assign(p, normaliseRole(p.role, gazetteer));
  return kept;
}

/**
 * "Miguel Díaz-Canel Bermúdez" is "Díaz-Canel", "Luiz Inácio Lula da Silva" "Lula": of a name of three parts or more,
 * the one before the last, when the article writes it alone (not for "Lee Hsien Loong", whose "Hsien" never is).
 */
function paternalSurname(p: ArticlePerson, texts: Array<{ text: string }>): string[] {
  const parts = nameParts(p.name).filter((w) => /^\p{Lu}/u.test(w));
  if (parts.length < 3 || VIETNAMESE_SURNAMES.has(fold(parts[0]!))) return [];
  const [form, last] = [parts[parts.length - 2]!, parts[parts.length - 1]!];
  if (p.shortForms.includes(form) || form.length < 3) return [];
  const alone = new RegExp(`(?<![\\p{L}-])${escapeRegExp(form)}(?![\\p{L}-])(?!\\s+${escapeRegExp(last)})`, 'u');
  return texts.some(({ text }) => alone.test(text)) ? [form] : [];
}

/**
 * "Hồ Chí Minh City", "Sonexay Siphandone": a short form right after a capitalised word that is no title is part of
 * another name ("Minh" there is not Ho Van Minh). After a title ("Minister Minh") or at a sentence's start it is his.
 */
function insideAnotherName(sentence: string, at: number, p: ArticlePerson): boolean {
  const before = /(\p{Lu}[\p{L}.-]*)\s+$/u.exec(sentence.slice(Math.max(0, at - 40), at))?.[1];
  if (!before) return false;
  const key = fold(before).replace(/\.$/, '');
  // (Their own other name is theirs too: "Martínez Díaz" for Eduardo Martínez Díaz.)
  if (p.key.split(' ').includes(key)) return false;
  return !(ROLE_WORDS.has(key) || FORMS_OF_ADDRESS.has(key) || key.split('-').some((k) => ROLE_WORDS.has(k)));
}

/** Merge spellings of one person inside an article: "A. Rudenko"/"Andrey Rudenko", "Mark Ruttee"/"Mark Rutte". */
function mergeVariants(people: ArticlePerson[]): void {
  for (const a of people) {
    for (const b of people) {
      if (a === b || a.key.startsWith('_merged') || b.key.startsWith('_merged')) continue;
      const pa = a.key.split(' ');
      const pb = b.key.split(' ');
      const sameLast = pa[pa.length - 1] === pb[pb.length - 1];
      const initialMatch = sameLast && pa.length === 2 && pa[0]!.length === 1 && pb[0]!.startsWith(pa[0]!);
      const typo = pa.length === pb.length && pa.length >= 2 && a.key.length >= 8 && distance(a.key, b.key) === 1 && pa[0] === pb[0];
      if (!initialMatch && !typo) continue;
      // Keep the fuller or more often written form.
      const keep = initialMatch ? b : a.mentions.length >= b.mentions.length ? a : b;
      const drop = keep === a ? b : a;
      keep.mentions.push(...drop.mentions);
      keep.role ??= drop.role;
      keep.country ??= drop.country;
      keep.shortForms = [...new Set([...keep.shortForms, ...drop.shortForms])];
      drop.key = `_merged:${drop.key}`;
    }
  }
}
