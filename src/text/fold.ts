/** Fold text for matching: lower case, no diacritics, đ → d. Vietnamese and plain forms become equal. */
export function fold(text: string): string {
  // ASCII fast path: most English text needs only lower-casing (halves index build time).
  // eslint-disable-next-line no-control-regex -- ASCII fast path
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Text without combining marks, đ → d, case kept: "Tô Lâm" → "To Lam". */
export function withoutMarks(text: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII fast path
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Fold and collapse to space-separated word characters, for comparing names and titles. */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Word tokens of a text after folding. */
export function tokens(text: string): string[] {
  const s = foldWords(text);
  return s ? s.split(' ') : [];
}

/** Folded forms of the words seen, for texts folded word by word; emptied when it grows past a bound. */
const foldedWords = new Map<string, string>();
const FOLDED_KEPT = 500_000;

/**
 * fold() of one word, remembered: a corpus writes a few tens of thousands of distinct words millions of times, and
 * folding (Unicode decomposition) is most of the cost of indexing and counting them.
 */
export function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = fold(word);
    if (foldedWords.size >= FOLDED_KEPT) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

/**
 * The words of foldWords(text), folded word by word (foldWord): letters, combining marks and digits make a word, so
 * "Việt Nam’s" gives "viet", "nam", "s" either way.
 */
export function foldedWordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(foldWord);
}
