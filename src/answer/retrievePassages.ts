import { MONTH_NAMES } from '../corpus/dates.ts';
import type { Article, Passage } from '../corpus/types.ts';
import { lookupMaps } from '../knowledge/lookupMaps.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { PassageIndex } from '../search/passageIndex.ts';
import type { PassageStats } from '../search/passageStats.ts';
import { foldWords } from '../text/fold.ts';
import type { Links } from './linkEntities.ts';
import { sameKey, termKey } from './nlp.ts';
import type { AnalysedQuestion } from './readQuestion.ts';
import { sentencesOf, wordsOf, type Sentence } from './sentencesOf.ts';
import { synonymKeys } from './synonyms.ts';

/** Named features of one sentence as an answer to a question; each is 0–1. */
export interface Features {
  /** IDF-weighted share of the question's content words the sentence holds. */
  cover: number;
  /** The same over the sentence and its neighbours in the passage (pronouns, "the two sides"). */
  window: number;
  /** How closely the places and people the question names are tied to the sentence (sentence 1, passage, article). */
  entity: number;
  /** The year or month asked about is in the sentence or is the article's date. */
  time: number;
  /** The same over the whole passage and its article's title: a question's context is often told around the fact. */
  passage: number;
  /** The passage's rank in the full-text search, 1 for the first. */
  rank: number;
  /** Share of the question's content in the article's title. */
  title: number;
}

export interface ScoredSentence extends Sentence {
  /** Position of the sentence in its passage. */
  at: number;
  features: Features;
  /** Text of the neighbouring sentences, for typed spans a pronoun hides. */
  context: string;
}

/** How many passages the full-text search contributes. */
export const SEARCH_PASSAGES = 40;

const keyCache = new WeakMap<Sentence, string[]>();
const keysOf = (s: Sentence) => {
  let k = keyCache.get(s);
  if (!k) keyCache.set(s, (k = wordsOf(s).map(termKey)));
  return k;
};

/** The question's content words to look for in passages, with their weights; names and time words left out. */
export function questionTerms(
  q: AnalysedQuestion,
  links: Links,
  stats: PassageStats,
): Array<{ key: string; weight: number; alts: string[] }> {
  // Names, time words and the noun the answer type came from ("on what date", "which city") are not content.
  const skip = new Set([
    ...links.words,
    ...q.time.words,
    'vietnam',
    'viet',
    'nam',
    'vietnamese',
    ...(q.head && TYPE_NOUNS.has(q.head) ? [q.head] : []),
  ]);
  const seen = new Map<string, number>();
  for (const t of q.content) {
    for (const w of t.folded.split(/[^\p{L}\p{N}]+/u)) {
      if (w.length < 2 || skip.has(w)) continue;
      const key = termKey(w);
      seen.set(key, Math.max(seen.get(key) ?? 0, stats.idf(w)));
    }
  }
  return [...seen].map(([key, weight]) => ({ key, weight, alts: synonymKeys(key) }));
}

// Nouns that say what kind of answer is wanted, not what it is about.
const TYPE_NOUNS = new Set([
  'date',
  'day',
  'year',
  'month',
  'time',
  'city',
  'place',
  'venue',
  'country',
  'countries',
  'area',
  'field',
  'sector',
  'person',
  'official',
  'name',
  'number',
]);

function share(terms: Array<{ key: string; weight: number; alts: string[] }>, keys: string[]): number {
  const total = terms.reduce((s, t) => s + t.weight, 0);
  if (!total) return 1;
  const got = terms.filter((t) => keys.some((k) => t.alts.some((a) => sameKey(a, k)))).reduce((s, t) => s + t.weight, 0);
  return got / total;
}

/** Places named in a sentence, its passage and its article (partners and title), found once per passage. */
interface PlaceScope {
  passage: Set<string>;
  article: Set<string>;
}

const codesIn = (kb: KnowledgeBase, text: string) => new Set(kb.gazetteer.find(text).map((m) => m.code));

function placeTie(code: string, sentence: Set<string>, scope: PlaceScope): number {
  if (sentence.has(code)) return 1;
  if (scope.passage.has(code)) return 0.8;
  return scope.article.has(code) ? 0.6 : 0;
}

function personTie(kb: KnowledgeBase, id: string, sentence: string, passage: Passage, article: Article): number {
  const p = lookupMaps(kb).person.get(id);
  if (!p) return 0;
  const forms = [p.name, ...p.aliases].filter((a) => a.length >= 3);
  if (forms.some((a) => sentence.includes(a))) return 1;
  if (forms.some((a) => passage.text.includes(a))) return 0.8;
  return p.articleIds.includes(article.id) ? 0.6 : 0;
}

/**
 * Retrieve passages for a question and score each of their sentences by named features: full-text rank (BM25 from
 * the index, with entity names expanded), content overlap on lemma keys, ties to the linked places and people,
 * and the time asked about. A sentence whose article never names a place or person the question names, or that is
 * not of a year the question names, is not a candidate.
 */
export function retrievePassages(q: AnalysedQuestion, links: Links, kb: KnowledgeBase, index: PassageIndex): ScoredSentence[] {
  const terms = questionTerms(q, links, index.stats);
  const query =
    [
      ...new Set([
        ...q.content.map((t) => t.text),
        ...q.content.filter((t) => t.lemma !== t.folded && t.lemma.length > 3).map((t) => t.lemma),
      ]),
    ].join(' ') || q.text;
  const hits = index.search(query, SEARCH_PASSAGES);
  const out: ScoredSentence[] = [];
  const maps = lookupMaps(kb);
  const looksBack = new Map<string, boolean>();
  hits.forEach((hit, rank) => {
    const passage = hit.passage;
    const article = maps.article.get(passage.articleId);
    if (!article) return;
    const sentences = sentencesOf(passage);
    const titleKeys = foldWords(article.title).split(' ').map(termKey);
    const title = share(terms, titleKeys);
    const passageShare = share(terms, [...sentences.flatMap(keysOf), ...titleKeys]);
    const scope: PlaceScope | undefined = links.places.length
      ? { passage: codesIn(kb, passage.text), article: new Set([...(kb.partners[article.id] ?? []), ...codesIn(kb, article.title)]) }
      : undefined;
    sentences.forEach((s, at) => {
      const here = scope ? codesIn(kb, s.text) : undefined;
      const placeTies = scope && here ? links.places.map((c) => placeTie(c, here, scope)) : [];
      if (placeTies.some((t) => t === 0)) return;
      const personTies = links.people.map((id) => personTie(kb, id, s.text, passage, article));
      // Likewise a person the question names must appear in the article.
      if (personTies.some((t) => t === 0)) return;
      // And a year the question names ("trade in 2030") must be the sentence's or its article's.
      if (q.time.years.length && !q.time.years.some((y) => ofYear(y, s.text, article, looksBack))) return;
      const ties = [...placeTies, ...personTies];
      const around = sentences.slice(Math.max(0, at - 1), at + 2);
      const windowKeys = around.flatMap(keysOf);
      const features: Features = {
        cover: share(terms, keysOf(s)),
        window: share(terms, windowKeys),
        entity: ties.length ? ties.reduce((a, b) => a + b, 0) / ties.length : 1,
        passage: passageShare,
        time: timeFit(q, s.text, article),
        rank: 1 / (1 + rank),
        title,
      };
      out.push({ ...s, at, features, context: around.map((x) => x.text).join(' ') });
    });
  });
  return out;
}

/**
 * The sentence names the year, or its article is of that year, or of the next and looks back on it (a review
 * written in January names "2025" or "last year" somewhere, not in every sentence).
 */
function ofYear(year: number, sentence: string, article: Article, looksBack: Map<string, boolean>): boolean {
  if (sentence.includes(String(year)) || article.date.year === year) return true;
  if (article.date.year === year + 1) {
    // Read once per article and question, not once per candidate sentence.
    const key = `${article.id}:${year}`;
    let back = looksBack.get(key);
    if (back === undefined)
      looksBack.set(
        key,
        (back =
          article.title.includes(String(year)) || article.paragraphs.some((p) => p.includes(String(year)) || /\blast year\b/i.test(p))),
      );
    return back;
  }
  return article.date.year === year - 1 && /\bnext year\b/i.test(sentence);
}

function timeFit(q: AnalysedQuestion, sentence: string, article: Article): number {
  const { years, months } = q.time;
  if (!years.length && !months.length) return 1;
  const yearOk = !years.length || years.some((y) => sentence.includes(String(y)) || article.date.year === y);
  const lower = sentence.toLowerCase();
  const monthOk = !months.length || months.some((m) => lower.includes(MONTH_NAMES[m - 1]!) || article.date.month === m);
  return (Number(yearOk) + Number(monthOk)) / 2;
}
