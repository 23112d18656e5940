import { splitSentences } from '../text/sentences.ts';
import { foldWords } from '../text/fold.ts';
import { isInstructionLike } from './instructionLike.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';

/** A sentence of a passage, the unit an answer quotes and cites. */
export interface Sentence {
  articleId: string;
  passageId: string;
  text: string;
}

/** A sentence's folded words (computed when asked: kept for every sentence of a 10k corpus they were most of its memory). */
export function wordsOf(s: { text: string }): string[] {
  return foldWords(s.text).split(' ');
}

export interface SentencePool {
  byPassage: Map<string, Sentence[]>;
  /** Inverse document frequency of a folded word over all sentences. */
  idf: (word: string) => number;
}

const pools = new WeakMap<KnowledgeBase, SentencePool>();

/** Every sentence of the corpus with word statistics; built once per knowledge base. */
export function sentencePool(kb: KnowledgeBase): SentencePool {
  let pool = pools.get(kb);
  if (pool) return pool;
  const byPassage = new Map<string, Sentence[]>();
  const df = new Map<string, number>();
  let total = 0;
  for (const p of kb.passages) {
    const list = splitSentences(p.text)
      .filter((s) => !isInstructionLike(s.text))
      .map((s) => ({ articleId: p.articleId, passageId: p.id, text: s.text }));
    byPassage.set(p.id, list);
    for (const s of list) {
      total++;
      for (const w of new Set(wordsOf(s))) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  const idf = (w: string) => Math.log(1 + total / (1 + (df.get(w) ?? 0)));
  pool = { byPassage, idf };
  pools.set(kb, pool);
  return pool;
}

/** The sentence an article tells right after the `at`-th of a passage: the next of the passage, else the first of the next. */
export function sentenceAfter(kb: KnowledgeBase, s: { passageId: string; at: number }): Sentence | undefined {
  const { byPassage } = sentencePool(kb);
  const here = byPassage.get(s.passageId);
  if (here && s.at + 1 < here.length) return here[s.at + 1];
  const cut = s.passageId.lastIndexOf('#');
  return byPassage.get(`${s.passageId.slice(0, cut)}#${Number(s.passageId.slice(cut + 1)) + 1}`)?.[0];
}
