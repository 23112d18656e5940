import type { Passage } from '../corpus/types.ts';
import { lookupMaps } from '../knowledge/lookupMaps.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { quotableSentences, sentenceWords } from '../search/passageStats.ts';

/** A sentence of a passage, the unit an answer quotes and cites. */
export interface Sentence {
  articleId: string;
  passageId: string;
  text: string;
}

/** A sentence's folded words (computed when asked: kept for every sentence of a 10k corpus they were most of its memory). */
export function wordsOf(s: { text: string }): string[] {
  return sentenceWords(s.text);
}

const split = new WeakMap<Passage, Sentence[]>();

/**
 * The sentences of a passage an answer may quote, split when a question first reaches the passage and kept while the
 * passage is part of the corpus: a question reads tens of passages, not the hundreds of thousands of sentences of a
 * large archive. Instruction-like sentences are left out (their words do not count either: see PassageStats).
 */
export function sentencesOf(passage: Passage): Sentence[] {
  let list = split.get(passage);
  if (!list) {
    list = quotableSentences(passage.text).map((text) => ({ articleId: passage.articleId, passageId: passage.id, text }));
    split.set(passage, list);
  }
  return list;
}

/** The quotable sentences of a passage by its id; none when the corpus has no such passage. */
export function sentencesIn(kb: KnowledgeBase, passageId: string): Sentence[] {
  const passage = lookupMaps(kb).passage.get(passageId);
  return passage ? sentencesOf(passage) : [];
}

/** The sentence an article tells right after the `at`-th of a passage: the next of the passage, else the first of the next. */
export function sentenceAfter(kb: KnowledgeBase, s: { passageId: string; at: number }): Sentence | undefined {
  const here = sentencesIn(kb, s.passageId);
  if (s.at + 1 < here.length) return here[s.at + 1];
  const cut = s.passageId.lastIndexOf('#');
  return sentencesIn(kb, `${s.passageId.slice(0, cut)}#${Number(s.passageId.slice(cut + 1)) + 1}`)[0];
}
