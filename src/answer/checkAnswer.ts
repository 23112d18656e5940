import { splitSentences } from '../text/sentences.ts';
import { foldWords } from '../text/fold.ts';
import { STOP_WORDS } from '../search/stopWords.ts';
import { sameKey, termKey } from './nlp.ts';

export interface CheckedSentence {
  text: string;
  /** Passage numbers (1-based, as given to the model). */
  refs: number[];
}

export interface CheckResult {
  kept: CheckedSentence[];
  dropped: Array<{ text: string; why: string }>;
  notCovered: boolean;
}

/** Share of a sentence's content words a cited passage must contain: real overlap, not just one name. */
export const MIN_OVERLAP = 0.6;

// Names, numbers and dates: what a passage must contain word for word.
function keyTokens(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/\d[\d.,]*/g)) out.push(m[0].replace(/[.,]$/, ''));
  const words = sentence.split(/\s+/);
  words.forEach((w, i) => {
    const clean = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    // Capitalised words after the first are names ("Solbakken", "Cyprus", "November").
    if (i > 0 && /^\p{Lu}/u.test(clean) && clean.length > 1) out.push(clean);
  });
  return out;
}

/**
 * Check a model's answer against the passages it was given: every sentence must cite passages that exist, contain
 * its names, numbers and dates, and share most of its content words. Other sentences are dropped with the reason.
 */
export function checkAnswer(output: string, passages: string[]): CheckResult {
  const result: CheckResult = { kept: [], dropped: [], notCovered: false };
  const text = output.trim();
  if (/^NOT COVERED\.?$/i.test(text)) return { ...result, notCovered: true };
  for (const { text: raw } of splitSentences(text.replace(/\s*\n+\s*/g, ' '))) {
    const refs = [...raw.matchAll(/\[(\d{1,3})\]/g)].map((m) => Number(m[1]));
    const body = raw.replace(/\s*\[\d{1,3}\]/g, '').trim();
    if (!body) continue;
    if (refs.length === 0) {
      result.dropped.push({ text: body, why: 'no citation' });
      continue;
    }
    if (refs.some((n) => n < 1 || n > passages.length)) {
      result.dropped.push({ text: body, why: `cites a passage that was not given (${refs.join(', ')})` });
      continue;
    }
    const cited = refs.map((n) => passages[n - 1]!).join(' ');
    const citedFolded = ` ${foldWords(cited)} `;
    const missing = keyTokens(body).filter((t) => !citedFolded.includes(` ${foldWords(t)} `) && !cited.includes(t));
    if (missing.length) {
      result.dropped.push({ text: body, why: `the cited passage does not contain ${missing.slice(0, 3).join(', ')}` });
      continue;
    }
    const content = foldWords(body)
      .split(' ')
      .filter((w) => w.length > 2 && !STOP_WORDS.has(w));
    const citedKeys = citedFolded.trim().split(' ').map(termKey);
    const overlap = content.length ? content.filter((w) => citedKeys.some((c) => sameKey(termKey(w), c))).length / content.length : 0;
    if (overlap < MIN_OVERLAP) {
      result.dropped.push({ text: body, why: `too little of it is in the cited passage (${Math.round(overlap * 100)}%)` });
      continue;
    }
    result.kept.push({ text: body, refs: [...new Set(refs)] });
  }
  return result;
}
