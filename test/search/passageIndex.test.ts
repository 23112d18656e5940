import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.ts';
import type { Article } from '../../src/corpus/types.ts';
import { buildKnowledge } from '../../src/knowledge/buildKnowledge.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';

// Invented articles: every one names Vietnam, some Japan, a few both Japan and rice exports.
function article(i: number, body: string): Article {
  const r = parseArticle(
    `Note ${i} on cooperation\n\nHanoi (VNA) – ${body} Officials from both sides attended the talks, which lasted for most of the afternoon and ended with a statement.\n`,
    { file: `n${String(i).padStart(2, '0')}.txt` },
  );
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}
const articles = [
  ...Array.from({ length: 30 }, (_, i) => article(i, `Vietnam held meeting number ${i} on culture, with delegates from many provinces.`)),
  ...Array.from({ length: 12 }, (_, i) => article(30 + i, `Vietnam and Japan discussed culture and student exchange at session ${i}.`)),
  ...Array.from({ length: 3 }, (_, i) => article(42 + i, `Vietnam and Japan agreed to expand rice exports under contract ${i}.`)),
  article(45, 'Vietnam signed a border agreement with Laos.'),
  article(46, 'Vietnam placed an order for new trains.'),
];
const index = new PassageIndex(buildKnowledge(articles));
const files = (q: string, n: number) => index.search(q, n).map((h) => h.passage.articleId);

describe('PassageIndex.search', () => {
  it('ranks the passages that hold the rarer words first, although nearly every passage holds the common one', () => {
    expect(files('Vietnam Japan rice exports', 3).sort()).toEqual(['n42', 'n43', 'n44']);
    // The common word still counts once the rarer words have chosen the candidates.
    expect(files('Vietnam Japan rice exports', 15)).toHaveLength(15);
  });

  it('forgives a typo in a word the corpus does not hold, and does not bend a word it does', () => {
    expect(files('bordeer agreement', 5)).toContain('n45');
    expect(files('border', 5)).toEqual(['n45']);
  });

  it('answers a query of only common words as before', () => {
    expect(files('Vietnam', 50)).toHaveLength(47);
  });

  it('ranks with the words most passages hold exactly as MiniSearch ranks the whole query', () => {
    // The plain ranking, every posting walked: what search() must equal, however it reads the common words.
    const plain = (q: string) =>
      (index as unknown as { ranked: (q: string, t: unknown, extra: string[]) => Array<{ id: string; score: number }> })
        .ranked(q, index.stats.terms, [])
        .slice(0, 12)
        .map((r) => `${r.id} ${r.score.toFixed(9)}`);
    const ours = (q: string) => index.search(q, 12).map((h) => `${h.passage.id} ${h.score.toFixed(9)}`);
    // Rarer words that find fewer passages than asked for, then only common ones, then a word written twice.
    for (const q of ['Vietnam rice culture', 'Vietnam culture delegates', 'Vietnam Vietnam border']) expect(ours(q)).toEqual(plain(q));
  });
});
