import { foldWords } from '../text/fold.ts';
import type { EventKind, KnowledgeBase } from '../knowledge/types.ts';
import { STOP_WORDS } from '../search/stopWords.ts';

/** What a question asks for, read without an LLM. */
export type AnswerKind = 'date' | 'person' | 'place' | 'amount' | 'list' | 'other';

export interface QuestionFacts {
  text: string;
  /** Partner places named (codes; Việt Nam left out, it is in every story). */
  places: string[];
  /** People named, by id. */
  people: string[];
  agreements: string[];
  topics: string[];
  years: number[];
  months: number[];
  eventKinds: EventKind[];
  kind: AnswerKind;
  /** Folded content words, for matching sentences. */
  terms: string[];
}

// Words that shape a question but are not its subject.
const QUESTION_WORDS = new Set(['what', 'when', 'where', 'which', 'who', 'whom', 'why', 'how', 'much', 'many', 'does', 'did', 'do', 'is', 'are', 'was', 'were', 'vietnam', 'viet', 'nam', 'vietnamese', 'please', 'tell', 'me', 'list', 'name', 'give', 'according', 'corpus', 'articles', 'article', 'make', 'up', 'made', 'take', 'took', 'place', 'happen', 'happened', 'between', 'be', 'been', 'there', 'any']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EVENT_WORDS: Array<[EventKind, RegExp]> = [
  ['political consultation', /\bconsultations?\b/],
  ['phone call', /\b(phone|telephone|call)\b/],
  ['signing', /\bsign(ed|ing)?\b/],
  ['reception', /\b(receiv\w*|reception|hosted)\b/],
  ['talks', /\b(talks|met|meet\w*)\b/],
  ['visit', /\bvisit\w*\b/],
];

/** Places named in free text, lower case included ("norway's ambassador", "na uy", "EU"). */
export function placesIn(text: string, kb: KnowledgeBase): string[] {
  const raw = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = foldWords(text).split(' ').filter(Boolean);
  const found: string[] = [];
  const used = new Set<number>();
  for (let n = 4; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      if ([...Array(n).keys()].some((k) => used.has(i + k))) continue;
      const gram = words.slice(i, i + n).join(' ');
      if (n === 1 && (STOP_WORDS.has(gram) || QUESTION_WORDS.has(gram))) continue;
      // Short words are codes only in capitals ("EU", "UK"): "in" is not India, "no" is not Norway.
      if (gram.length < 4 && !raw.some((r) => /^\p{Lu}.*\p{Lu}/u.test(r) && foldWords(r) === gram)) continue;
      const code = kb.gazetteer.resolve(gram);
      if (!code) continue;
      for (let k = 0; k < n; k++) used.add(i + k);
      if (code !== 'VN' && !found.includes(code)) found.push(code);
    }
  }
  return found;
}

/**
 * People a question names. Full names count; a one-word short form ("Hằng", "Solbakken") counts when capitalised,
 * not part of a full name or a place already matched, and not an everyday word ("Mark", "Long").
 */
export function peopleIn(text: string, kb: KnowledgeBase, places: string[] = placesIn(text, kb)): string[] {
  const { full: fullIndex, short: shortIndex } = aliasIndex(kb);
  const words = foldWords(text).split(' ').filter(Boolean);
  const full = new Set<string>();
  for (let n = 2; n <= 6; n++) for (let i = 0; i + n <= words.length; i++) for (const id of fullIndex.get(words.slice(i, i + n).join(' ')) ?? []) full.add(id);
  const taken = new Set([...full].flatMap((id) => foldWords(kb.people.find((p) => p.id === id)?.name ?? '').split(' ')));
  const placeWords = new Set(places.concat('VN').flatMap((c) => { const pl = kb.gazetteer.get(c); return pl ? [pl.name, ...pl.aliases, ...pl.demonyms] : []; }).flatMap((n) => foldWords(n).split(' ')));
  const capitalised = new Set(text.split(/[^\p{L}]+/u).filter((w) => /^\p{Lu}/u.test(w)).map(foldWords));
  const short = new Set<string>();
  for (const w of capitalised) {
    if (w.length < 3 || taken.has(w) || placeWords.has(w) || everyday(w, kb)) continue;
    for (const id of shortIndex.get(w) ?? []) if (!full.has(id)) short.add(id);
  }
  return [...full, ...short];
}

const aliasCache = new WeakMap<KnowledgeBase, { full: Map<string, string[]>; short: Map<string, string[]> }>();
/** People by folded alias: several-word names and one-word short forms, built once per knowledge base. */
function aliasIndex(kb: KnowledgeBase) {
  let idx = aliasCache.get(kb);
  if (!idx) {
    idx = { full: new Map(), short: new Map() };
    for (const p of kb.people) {
      for (const a of new Set([p.name, ...p.aliases].map(foldWords))) {
        const map = a.includes(' ') ? idx.full : idx.short;
        if (!a.includes(' ') && a.length < 3) continue;
        map.set(a, [...(map.get(a) ?? []), p.id]);
      }
    }
    aliasCache.set(kb, idx);
  }
  return idx;
}

const everydayCache = new WeakMap<KnowledgeBase, Set<string>>();
/** Words the corpus writes in lower case somewhere ("to mark the anniversary"): not names on their own. */
function everyday(word: string, kb: KnowledgeBase): boolean {
  let set = everydayCache.get(kb);
  if (!set) {
    set = new Set(kb.passages.flatMap((p) => p.text.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []).map(foldWords));
    everydayCache.set(kb, set);
  }
  return set.has(word);
}

const containsWords = (haystack: string, needle: string) => ` ${haystack} `.includes(` ${needle} `);

/** Read a question: who and what it names, when it asks about, and what kind of answer it wants. */
export function analyzeQuestion(text: string, kb: KnowledgeBase): QuestionFacts {
  const folded = foldWords(text);
  const places = placesIn(text, kb);
  const people = peopleIn(text, kb, places);
  const agreements = kb.agreements.filter((a) => [a.id, ...a.aliases].some((x) => /^[A-Z]{3,}$/.test(x) || x.length > 8 ? containsWords(folded, foldWords(x)) : false)).map((a) => a.id);
  const topics = kb.topics.filter((t) => [t.name, ...t.aliases].some((x) => containsWords(folded, foldWords(x)))).map((t) => t.id);
  const years = [...folded.matchAll(/\b(19\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  const months = MONTHS.map((m, i) => (containsWords(folded, m) ? i + 1 : 0)).filter(Boolean);
  const eventKinds = EVENT_WORDS.filter(([, re]) => re.test(folded)).map(([k]) => k);
  let kind: AnswerKind = 'other';
  if (/^(when|what (date|year|day))\b|\bwhat (date|year)\b|\bsince when\b/.test(folded)) kind = 'date';
  else if (/^(who|whom)\b|\bwho\b/.test(folded)) kind = 'person';
  else if (/^where\b/.test(folded)) kind = 'place';
  else if (/\bhow (much|many)\b|\bwhat (was|is) the (value|volume|number|amount|total)\b/.test(folded)) kind = 'amount';
  else if (/^(which|what|list|name)\b.*\b(countries|agreements|areas|fields|members|states|topics)\b/.test(folded)) kind = 'list';
  const terms = folded.split(' ').filter((w) => w.length > 1 && !STOP_WORDS.has(w) && !QUESTION_WORDS.has(w));
  return { text, places, people, agreements, topics, years, months, eventKinds, kind, terms };
}
