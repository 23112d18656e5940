import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { fold, withoutMarks } from '../text/fold.ts';

/** One token of an analysed text: as written, folded, its lemma (folded) and its part of speech. */
export interface Token {
  text: string;
  folded: string;
  lemma: string;
  pos: string;
}

/** An entity the NLP model tags in a text: DATE, DURATION, MONEY, ORDINAL, CARDINAL, PERCENT, … */
export interface TaggedEntity {
  type: string;
  value: string;
}

let nlp: WinkMethods | undefined;
// The lemma and stem helpers are typed for a model with add-ons; the lite model provides them at run time.
// Loaded on first use (about 0.1 s): commands that never read a question do not pay for it.
function engine(): WinkMethods {
  nlp ??= winkNLP(model);
  return nlp;
}

/** Tokens with lemmas and parts of speech, and the entities the model tags, for one short text. */
export function analyse(text: string): { tokens: Token[]; entities: TaggedEntity[] } {
  // The model's tokenizer splits letters with Vietnamese diacritics apart ("Đan Mạch" → "Đ an M ạ ch"): it reads the
  // text without marks, case kept, so names stay whole and fold to the same words.
  const doc = engine().readDoc(withoutMarks(text));
  const its = engine().its;
  const words = doc.tokens().out(its.value) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens = words.map((w, i) => ({ text: w, folded: fold(w), lemma: fold(lemmas[i] ?? w), pos: pos[i] ?? 'X' }));
  const entities = (doc.entities().out(its.detail) as Array<{ type: string; value: string }>).map((e) => ({
    type: e.type,
    value: e.value,
  }));
  return { tokens, entities };
}

const keyCache = new Map<string, string>();
const MAX_CACHED = 200_000;

/**
 * The matching key of one folded word: the Porter2 stem of its lemma, read on its own ("visited" → "visit",
 * "met" → "meet", "established" → "establish"), memoised. Corpus words get keys lazily, only when a question's
 * passages are matched, so loading the corpus does not pay for the NLP model.
 */
export function termKey(word: string): string {
  const hit = keyCache.get(word);
  if (hit !== undefined) return hit;
  let key = word;
  if (/^\p{L}{3,}$/u.test(word)) {
    const its = engine().its;
    const lemma =
      (
        engine()
          .readDoc(word)
          .tokens()
          .out(its.lemma as never) as string[]
      )[0] ?? word;
    key = fold(
      (
        engine()
          .readDoc(lemma)
          .tokens()
          .out(its.stem as never) as string[]
      )[0] ?? lemma,
    );
  }
  if (keyCache.size >= MAX_CACHED) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

/**
 * Whether two matching keys name the same word: equal, or one the other's start when both are long enough that
 * Porter2's cuts differ only by a suffix ("ratifi" ~ "ratif" for ratify / ratification).
 */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}
