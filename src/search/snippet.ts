import { bold } from '../core/markdown.ts';
import { splitSentences } from '../text/sentences.ts';
import { fold } from '../text/fold.ts';

const MAX_SNIPPET = 280;

/** Mark each word whose folded form is a matched term: **Norway**. */
export function markTerms(text: string, terms: string[]): string {
  const set = new Set(terms);
  return text.replace(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu, (w) =>
    set.has(fold(w)) || w.split(/[-'’]/).some((p) => set.has(fold(p))) ? bold(w) : w,
  );
}

/** The sentence of a passage with the most matched terms, cut to a readable length and marked. */
export function snippet(text: string, terms: string[]): string {
  const set = new Set(terms);
  const sentences = splitSentences(text).map((s) => s.text);
  let best = sentences[0] ?? text;
  let bestCount = -1;
  for (const s of sentences) {
    const count = new Set((s.match(/[\p{L}\p{N}]+/gu) ?? []).map(fold).filter((w) => set.has(w))).size;
    if (count > bestCount) {
      best = s;
      bestCount = count;
    }
  }
  if (best.length > MAX_SNIPPET) best = best.slice(0, MAX_SNIPPET).replace(/\s+\S*$/, '') + '…';
  return markTerms(best, terms);
}
