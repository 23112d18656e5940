/** A sentence with its character offsets inside the paragraph it came from. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Abbreviations that end in a period but do not end a sentence in news English.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'lieut',
  'col',
  'maj',
  'capt',
  'sen',
  'rep',
  'st',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'vs',
  'etc',
  'inc',
  'corp',
  'co',
  'ltd',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  'h.e',
  'amb',
]);

// The extractors of one article split the same paragraphs again and again: the splits are kept, bounded.
const splits = new Map<string, Sentence[]>();
const MAX_KEPT = 20_000;

/** Split a paragraph into sentences without splitting after initials ("A. Rudenko") or titles ("Gen."). */
export function splitSentences(paragraph: string): Sentence[] {
  let kept = splits.get(paragraph);
  if (!kept) {
    if (splits.size >= MAX_KEPT) splits.clear();
    splits.set(paragraph, (kept = split(paragraph)));
  }
  // Copies: a caller may change what it was given without changing the next caller's.
  return kept.map((x) => ({ ...x }));
}

function split(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // A sentence ends before a space and a capital; pages that lost their spaces glue "February 17.The meetings".
  const re = /[.!?…]+["”’)]?(?=\s+["“‘(]?[\p{Lu}\d])|(?<=[\p{Ll}\d]{2})[.!?](?=\p{Lu}\p{Ll})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph)) !== null) {
    const end = m.index + m[0].length;
    const before = paragraph.slice(start, m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    // "A." or "J.W." initials, and known abbreviations, do not end a sentence.
    if (
      m[0] === '.' &&
      (/^\p{Lu}$/u.test(lastWord) || /^(\p{Lu}\.)+\p{Lu}$/u.test(lastWord) || ABBREVIATIONS.has(lastWord.toLowerCase()))
    ) {
      continue;
    }
    const text = paragraph.slice(start, end).trim();
    if (text) out.push({ text, start, end });
    start = end;
    while (start < paragraph.length && /\s/.test(paragraph[start]!)) start++;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push({ text: rest, start, end: paragraph.length });
  return out;
}
