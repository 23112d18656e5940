import MiniSearch from 'minisearch';
import type { Passage } from '../corpus/types.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { fold } from '../text/fold.ts';
import { expandQuery } from './expandQuery.ts';
import { STOP_WORDS } from './stopWords.ts';

export interface PassageHit {
  passage: Passage;
  score: number;
  /** Folded words of the passage that matched. */
  terms: string[];
}

export interface ArticleHit {
  articleId: string;
  score: number;
  /** The article's best passages, best first. */
  passages: PassageHit[];
}

interface Doc {
  id: string;
  text: string;
  title: string;
}

// Diacritics folded on both sides so "Ha Noi" finds "Hà Nội"; stop words dropped so "the" ranks nothing.
const processTerm = (term: string) => {
  const t = fold(term);
  return t.length < 2 && !/\d/.test(t) ? null : STOP_WORDS.has(t) ? null : t;
};

const OPTIONS = { fields: ['text', 'title'], processTerm, searchOptions: { processTerm } };

/** Full-text index over every passage of the corpus (MiniSearch, BM25 ranking). */
export class PassageIndex {
  private readonly mini: MiniSearch<Doc>;
  private readonly byId: Map<string, Passage>;

  /** Build the index over a knowledge base's passages, or reload it from `saved` (see `toJSON`). */
  constructor(
    private readonly kb: KnowledgeBase,
    saved?: string,
  ) {
    this.byId = new Map(kb.passages.map((p) => [p.id, p]));
    if (saved) {
      this.mini = MiniSearch.loadJSON<Doc>(saved, OPTIONS);
      return;
    }
    this.mini = new MiniSearch<Doc>(OPTIONS);
    const titles = new Map(kb.articles.map((a) => [a.id, a.title]));
    // The title is indexed with the lead passage only, so it lifts the article without flooding every paragraph.
    this.mini.addAll(kb.passages.map((p) => ({ id: p.id, text: p.text, title: p.index === 0 ? (titles.get(p.articleId) ?? '') : '' })));
  }

  /** The index as JSON, for a warm start that skips re-indexing. */
  toJSON(): string {
    return JSON.stringify(this.mini);
  }

  /** Passages that match the words of a query, best first, with alias expansion and small-typo tolerance. */
  search(query: string, limit = 20): PassageHit[] {
    const extra = expandQuery(query, this.kb);
    const results = this.mini.search(
      {
        combineWith: 'OR',
        queries: [
          { queries: [query], combineWith: 'OR', prefix: (t: string) => t.length >= 5, fuzzy: (t: string) => (t.length >= 6 ? 0.15 : 0), boost: { title: 1.5 } },
          ...(extra.length ? [{ queries: [extra.join(' ')], combineWith: 'OR' as const, boost: { text: 0.6 } }] : []),
        ],
      },
    );
    return results.slice(0, limit).map((r) => ({ passage: this.byId.get(r.id as string)!, score: r.score, terms: r.terms }));
  }

  /** Articles ranked by their best passages: the best one counts fully, the next two add a little. */
  searchArticles(query: string, limit = 5): ArticleHit[] {
    const byArticle = new Map<string, PassageHit[]>();
    for (const hit of this.search(query, 200)) {
      const list = byArticle.get(hit.passage.articleId) ?? [];
      list.push(hit);
      byArticle.set(hit.passage.articleId, list);
    }
    return [...byArticle.entries()]
      .map(([articleId, hits]) => ({ articleId, passages: hits, score: hits[0]!.score + 0.25 * hits.slice(1, 3).reduce((s, h) => s + h.score, 0) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}
