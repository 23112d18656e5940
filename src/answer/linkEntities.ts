import type { KnowledgeBase } from '../knowledge/types.ts';
import { lookupMaps } from '../knowledge/lookupMaps.ts';
import type { PassageStats } from '../search/passageStats.ts';
import { STOP_WORDS } from '../search/stopWords.ts';
import { editDistance } from '../text/editDistance.ts';
import { foldWords } from '../text/fold.ts';
import type { AnalysedQuestion } from './readQuestion.ts';
import { readRole, type RoleAsked } from './readRole.ts';

/** What a question names, each resolved to the knowledge base once. */
export interface Links {
  /** Partner places (codes; Việt Nam left out, it is in every story), in the order named. */
  places: string[];
  /** Places matched only by a typo-tolerant spelling ("Estonai"), for the explanation. */
  corrected: Array<{ word: string; code: string }>;
  /** People, by id. */
  people: string[];
  agreements: string[];
  topics: string[];
  /** An office the question asks about ("Norway's ambassador", "Vietnam's foreign minister"). */
  role?: RoleAsked;
  /** Folded words the links were read from: not content to match in passages. */
  words: Set<string>;
}

const containsWords = (haystack: string, needle: string) => needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);

/** Places in the question: n-grams of its words against the gazetteer, then typo-tolerant single words. */
function linkPlaces(q: AnalysedQuestion, kb: KnowledgeBase, stats: PassageStats, words: Set<string>): Pick<Links, 'places' | 'corrected'> {
  const toks = q.tokens.filter((t) => /\p{L}|\d/u.test(t.folded));
  const folded = toks.map((t) => t.folded);
  const used = new Set<number>();
  const places: string[] = [];
  for (let n = 4; n >= 1; n--) {
    for (let i = 0; i + n <= folded.length; i++) {
      if ([...Array(n).keys()].some((k) => used.has(i + k))) continue;
      const gram = folded.slice(i, i + n).join(' ');
      if (n === 1 && STOP_WORDS.has(gram)) continue;
      const short = gram.replace(/ /g, '').length < 4;
      // Short words are codes only in capitals ("EU", "UK"): "in" is not India, "no" is not Norway. A short form
      // the corpus never writes as a word ("nga", "ý": Vietnamese names) counts in any case.
      // A capitalised short word inside the question ("the Lao foreign minister") is a name, not the start of a line.
      const caps = toks
        .slice(i, i + n)
        .every(
          (t) =>
            /^\p{Lu}{2,}$/u.test(t.text.replace(/\./g, '')) ||
            (/^\p{Lu}/u.test(t.text) && (n > 1 || (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text)))),
        );
      if (short && !caps && (stats.knows(gram) || n > 1)) continue;
      const code = kb.gazetteer.resolve(gram);
      if (!code) continue;
      // A capitalised code is a place the corpus speaks of ("FM" is a foreign minister, not Micronesia).
      if (short && code !== 'VN' && !corpusNames(kb, stats, code)) continue;
      for (let k = 0; k < n; k++) used.add(i + k);
      gram.split(' ').forEach((w) => words.add(w));
      if (code !== 'VN' && !places.includes(code)) places.push(code);
    }
  }
  // A misspelt partner ("Estonai", "mozambqiue"): one edit from the name of a place the corpus covers, and a word
  // the corpus never writes itself.
  const corrected: Links['corrected'] = [];
  const partners = partnerNames(kb);
  folded.forEach((w, i) => {
    if (used.has(i) || w.length < 5 || /\d/.test(w) || stats.knows(w)) return;
    const near = partners.filter((p) => editDistance(w, p.name, 1) <= 1);
    const codes = [...new Set(near.map((p) => p.code))];
    if (codes.length !== 1 || codes[0] === 'VN') return;
    corrected.push({ word: w, code: codes[0]! });
    words.add(w);
    if (!places.includes(codes[0]!)) places.push(codes[0]!);
  });
  return { places, corrected };
}

const partnerCodes = new WeakMap<KnowledgeBase, Set<string>>();

/** Whether some article is about a place or some passage names it (by code). */
function corpusNames(kb: KnowledgeBase, stats: PassageStats, code: string): boolean {
  let partners = partnerCodes.get(kb);
  if (!partners) partnerCodes.set(kb, (partners = new Set(Object.values(kb.partners).flat())));
  return partners.has(code) || stats.namesPlace(code);
}

const partnerCache = new WeakMap<KnowledgeBase, Array<{ name: string; code: string }>>();
/** One-word names and demonyms of the places the corpus's articles are about. */
function partnerNames(kb: KnowledgeBase) {
  let list = partnerCache.get(kb);
  if (!list) {
    const codes = new Set(Object.values(kb.partners).flat());
    list = [...codes].flatMap((code) => {
      const p = kb.gazetteer.get(code);
      return p
        ? [p.name, ...p.aliases, ...p.demonyms]
            .map(foldWords)
            .filter((n) => n.length >= 5 && !n.includes(' '))
            .map((name) => ({ name, code }))
        : [];
    });
    partnerCache.set(kb, list);
  }
  return list;
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

/**
 * People the question names. Full names count; a one-word short form ("Hằng", "Aukrust") counts when capitalised
 * (or typed in lower case but never written in lower case by the corpus), and is not part of a place.
 */
function linkPeople(q: AnalysedQuestion, kb: KnowledgeBase, stats: PassageStats, words: Set<string>): string[] {
  const { full: fullIndex, short: shortIndex } = aliasIndex(kb);
  const folded = q.tokens.map((t) => t.folded).filter((w) => /\p{L}/u.test(w));
  const full = new Set<string>();
  for (let n = 2; n <= 6; n++) {
    for (let i = 0; i + n <= folded.length; i++) {
      const gram = folded.slice(i, i + n).join(' ');
      for (const id of fullIndex.get(gram) ?? []) {
        full.add(id);
        gram.split(' ').forEach((w) => words.add(w));
      }
    }
  }
  const taken = new Set([...full].flatMap((id) => foldWords(lookupMaps(kb).person.get(id)?.name ?? '').split(' ')));
  const short = new Set<string>();
  for (const t of q.tokens) {
    const w = t.folded;
    if (w.length < 3 || taken.has(w) || words.has(w) || STOP_WORDS.has(w)) continue;
    const capital = /^\p{Lu}/u.test(t.text);
    if (stats.writesLower(w) || (!capital && stats.knows(w) && !shortIndex.has(w))) continue;
    const ids = shortIndex.get(w) ?? [];
    for (const id of ids) if (!full.has(id)) short.add(id);
    if (ids.length) words.add(w);
  }
  return [...full, ...short];
}

/** Link every entity of an analysed question to the knowledge base: places, people, agreements, topics, an office. */
export function linkEntities(q: AnalysedQuestion, kb: KnowledgeBase, stats: PassageStats): Links {
  const words = new Set<string>();
  const { places, corrected } = linkPlaces(q, kb, stats, words);
  const people = linkPeople(q, kb, stats, words);
  const agreements = kb.agreements
    .filter((a) =>
      [a.id, a.name, ...a.aliases].some((x) => (/^[A-Z][A-Z-]{2,}$/.test(x) || x.length > 8) && containsWords(q.folded, foldWords(x))),
    )
    .map((a) => a.id);
  const topics = kb.topics.filter((t) => [t.name, ...t.aliases].some((x) => containsWords(q.folded, foldWords(x)))).map((t) => t.id);
  const role = readRole(q, places);
  return { places, corrected, people, agreements, topics, ...(role ? { role } : {}), words };
}
