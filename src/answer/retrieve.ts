import type { KnowledgeBase } from '../knowledge/types.ts';
import type { PassageIndex } from '../search/passageIndex.ts';
import { foldWords } from '../text/fold.ts';
import type { QuestionFacts } from './analyzeQuestion.ts';
import { sameWord, sentencePool, type Sentence } from './sentencePool.ts';
import { lookupMaps } from '../knowledge/lookupMaps.ts';

export interface ScoredSentence extends Sentence {
  score: number;
  /** Share of the question's content (IDF-weighted) the sentence contains, 0–1. */
  coverage: number;
}

const PASSAGES = 30;
const PLACE_WORDS = new Set(['countries', 'country', 'nations', 'members', 'member', 'states', 'partners']);

/** Words of the names a question uses for its places and people: matched by the entity checks, not as terms. */
function entityWords(q: QuestionFacts, kb: KnowledgeBase): Set<string> {
  const words = new Set<string>();
  for (const code of q.places) {
    const p = kb.gazetteer.get(code);
    for (const n of [p?.name ?? code, code, ...(p?.aliases ?? []), ...(p?.demonyms ?? [])]) for (const w of foldWords(n).split(' ')) words.add(w);
  }
  for (const id of q.people) {
    const p = lookupMaps(kb).person.get(id);
    for (const n of [p?.name ?? '', ...(p?.aliases ?? [])]) for (const w of foldWords(n).split(' ')) words.add(w);
  }
  return words;
}

/** Whether a sentence (or, for pronouns, its passage) names a place by name, alias or demonym. */
function namesPlace(kb: KnowledgeBase, text: string, code: string): boolean {
  return kb.gazetteer.find(text).some((m) => m.code === code) || foldWords(text).includes(foldWords(kb.gazetteer.get(code)?.name ?? code));
}

/**
 * Sentences that may answer a question, best first: text relevance from the passage index, then each sentence
 * scored by how much of the question it contains, with the places, people and years the question names required.
 */
export function retrieveSentences(q: QuestionFacts, kb: KnowledgeBase, index: PassageIndex): ScoredSentence[] {
  const pool = sentencePool(kb);
  const skip = entityWords(q, kb);
  const terms = q.terms.filter((t) => !skip.has(t));
  const weight = terms.reduce((s, t) => s + pool.idf(t), 0);
  const hits = index.search(q.text, PASSAGES);
  const out: ScoredSentence[] = [];
  hits.forEach((hit, rank) => {
    const passage = hit.passage.text;
    const article = lookupMaps(kb).article.get(hit.passage.articleId)!;
    for (const s of pool.byPassage.get(hit.passage.id) ?? []) {
      // Every place the question names must be in the sentence, or be the partner of its article ("the two sides").
      if (!q.places.every((c) => namesPlace(kb, s.text, c) || (kb.partners[s.articleId] ?? []).includes(c))) continue;
      if (!q.people.every((id) => lookupMaps(kb).person.get(id)?.aliases.some((a) => passage.includes(a)))) continue;
      // "countries", "members" are answered by a sentence that names several places.
      const manyPlaces = () => new Set(kb.gazetteer.find(s.text).map((m) => m.code).filter((c) => c !== 'VN' && !q.places.includes(c))).size >= 2;
      const matched = terms.filter((t) => s.words.some((w) => sameWord(t, w)) || (PLACE_WORDS.has(t) && manyPlaces()));
      const coverage = weight ? matched.reduce((sum, t) => sum + pool.idf(t), 0) / weight : 1;
      let score = coverage + 0.15 / (1 + rank);
      if (q.years.length) {
        const yearHere = q.years.some((y) => s.text.includes(String(y)) || article.date.year === y);
        score += yearHere ? 0.1 : -0.3;
      }
      if (q.kind === 'amount' && /\d/.test(s.text)) score += 0.1;
      if (q.kind === 'place' && /\b(?:in|at) (?:\p{Lu}|the capital)/u.test(s.text)) score += 0.1;
      if (q.kind === 'date' && /\b(19|20)\d\d\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(s.text)) score += 0.1;
      out.push({ ...s, score, coverage });
    }
  });
  return out.sort((a, b) => b.score - a.score);
}
