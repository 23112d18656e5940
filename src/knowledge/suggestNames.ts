import { distance } from 'fastest-levenshtein';
import { foldWords } from '../text/fold.ts';
import type { Candidate } from './resolveName.ts';

export interface Suggestion {
  label: string;
  /** What to put in the option: the id for articles, the name otherwise. */
  value: string;
}

/**
 * Names that complete what a user is typing, best first: names that start with it, then words that start with it,
 * then names that contain it, then near misses. Diacritics and case are ignored ("ha" finds "Hằng").
 */
export function suggestNames(
  candidates: Candidate[],
  typed: string,
  limit = 25,
  valueOf: (c: Candidate) => string = (c) => c.label,
): Suggestion[] {
  const q = foldWords(typed);
  const scored: Array<{ c: Candidate; rank: number }> = [];
  for (const c of candidates) {
    let rank = Infinity;
    for (const name of c.names) {
      const f = foldWords(name);
      if (!q) rank = Math.min(rank, 4);
      else if (f.startsWith(q)) rank = Math.min(rank, 0);
      else if (f.split(' ').some((w) => w.startsWith(q))) rank = Math.min(rank, 1);
      else if (f.includes(q)) rank = Math.min(rank, 2);
      else if (q.length >= 4 && distance(q, f.slice(0, q.length)) <= 1) rank = Math.min(rank, 3);
    }
    if (rank !== Infinity) scored.push({ c, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.c.label.localeCompare(b.c.label));
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const { c } of scored) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    out.push({ label: c.label, value: valueOf(c) });
    if (out.length >= limit) break;
  }
  return out;
}
