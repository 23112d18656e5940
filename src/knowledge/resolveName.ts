import { distance } from 'fastest-levenshtein';
import { foldWords } from '../text/fold.ts';

/** Something a user may name: its id, how to show it, and every name it goes by. */
export interface Candidate {
  id: string;
  label: string;
  names: string[];
}

export type Resolution =
  | { kind: 'found'; id: string; how: 'exact' | 'partial' | 'typo' }
  | { kind: 'ambiguous'; ids: string[] }
  | { kind: 'none'; suggestions: string[] };

// About one edit per four letters, at least one: "Solbaken" → "Solbakken", "Estonai" → "Estonia" (a swap is two
// edits), never "Iran" → "Oman".
const allowedEdits = (word: string) => Math.max(1, Math.round(word.length / 4));

interface Prepared {
  c: Candidate;
  folded: string[];
  words: Set<string>;
}

const cache = new WeakMap<Candidate[], Prepared[]>();
function prepare(candidates: Candidate[]): Prepared[] {
  let p = cache.get(candidates);
  if (!p) {
    p = candidates.map((c) => {
      const folded = [...new Set(c.names.map(foldWords).filter(Boolean))];
      return { c, folded, words: new Set(folded.flatMap((n) => n.split(' '))) };
    });
    cache.set(candidates, p);
  }
  return p;
}

function decide(hits: Prepared[], how: 'exact' | 'partial' | 'typo'): Resolution | undefined {
  const ids = [...new Set(hits.map((h) => h.c.id))];
  if (ids.length === 1) return { kind: 'found', id: ids[0]!, how };
  if (ids.length > 1) return { kind: 'ambiguous', ids };
  return undefined;
}

/**
 * Resolve what a user typed to one candidate: exact name or alias (diacritics and case ignored), then every typed
 * word among a name's words ("thu hang"), then names within a few typing errors. Several equally good matches are
 * ambiguous and returned as such: guessing between two people is worse than asking.
 */
export function resolveName(query: string, candidates: Candidate[]): Resolution {
  const q = foldWords(query);
  const prepared = prepare(candidates);
  if (!q) return { kind: 'none', suggestions: [] };
  const exact = decide(
    prepared.filter((p) => p.folded.includes(q)),
    'exact',
  );
  if (exact) return exact;
  const qWords = q.split(' ');
  // Whole words of a name, however short: "Le" is a family name two officials share, never "Ole" misspelt.
  if (q.length >= 2) {
    const partial = decide(
      prepared.filter((p) => qWords.every((w) => p.words.has(w))),
      'partial',
    );
    if (partial) return partial;
  }
  if (q.length < 4) return { kind: 'none', suggestions: closest(q, prepared) };
  // Typos: the whole query against whole names, or each typed word against the words of a name.
  const scored = prepared.map((p) => {
    let best = Infinity;
    for (const name of p.folded) {
      const d = distance(q, name);
      if (d <= allowedEdits(name)) best = Math.min(best, d);
    }
    // Word by word only for a query of several words ("thu hnag"): one word near one word of a longer name is a
    // neighbour, not a match ("Atlantis" is not the North Atlantic Treaty Organization).
    if (best === Infinity && qWords.length >= 2 && qWords.every((w) => w.length >= 4)) {
      let total = 0;
      for (const w of qWords) {
        let wBest = Infinity;
        for (const word of p.words) {
          const d = distance(w, word);
          if (d <= allowedEdits(word)) wBest = Math.min(wBest, d);
        }
        total += wBest;
      }
      best = total;
    }
    return { p, d: best };
  });
  const min = Math.min(...scored.map((s) => s.d));
  if (min !== Infinity) {
    const typo = decide(
      scored.filter((s) => s.d === min).map((s) => s.p),
      'typo',
    );
    if (typo) return typo;
  }
  return { kind: 'none', suggestions: closest(q, prepared) };
}

/** The three names nearest to what was typed, for "did you mean". */
function closest(q: string, prepared: Prepared[]): string[] {
  return prepared
    .map((p) => ({ label: p.c.label, d: Math.min(...p.folded.map((n) => distance(q, n) / Math.max(q.length, n.length))) }))
    .sort((a, b) => a.d - b.d)
    .filter((x) => x.d < 0.7)
    .slice(0, 3)
    .map((x) => x.label);
}
