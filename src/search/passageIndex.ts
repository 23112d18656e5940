import MiniSearch, { type SearchResult } from 'minisearch';
import type { Passage } from '../corpus/types.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { fold } from '../text/fold.ts';
import { expandQuery } from './expandQuery.ts';
import { STOP_WORDS } from './stopWords.ts';
import type { TermCounts } from './termCounts.ts';
import { PassageStats, type SavedStats } from './passageStats.ts';

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

/** Index documents: the title goes with the lead passage only, to lift the article without flooding it. */
function docsOf(kb: KnowledgeBase, passages: Passage[]): Doc[] {
  const titles = new Map(kb.articles.map((a) => [a.id, a.title]));
  return passages.map((p) => ({ id: p.id, text: p.text, title: p.index === 0 ? (titles.get(p.articleId) ?? '') : '' }));
}

const OPTIONS = { fields: ['text', 'title'], processTerm, searchOptions: { processTerm } };

/**
 * A query word held by more than this share of passages does not choose candidates when the query has rarer words:
 * its passage list is the longest to walk, and its weight (BM25's idf, at most 1.6 here) is small beside theirs.
 */
const COMMON_SHARE = 0.2;
/** Candidates the rarer words choose, per passage asked for. */
const CANDIDATES_PER_HIT = 5;

/** What a snapshot keeps of the index: MiniSearch's own JSON shape and the passage statistics. */
interface SavedIndex {
  mini: unknown;
  stats: SavedStats;
}

/** Full-text index over every passage of the corpus (MiniSearch, BM25 ranking), with the corpus's word statistics. */
export class PassageIndex {
  private readonly mini: MiniSearch<Doc>;
  private readonly byId: Map<string, Passage>;
  /** Counted with the index, updated with it and saved with it. */
  readonly stats: PassageStats;

  /** Build the index over a knowledge base's passages, or reload it from `saved` (see `toJSON`). */
  constructor(
    private readonly kb: KnowledgeBase,
    saved?: unknown,
    reuse?: { mini: MiniSearch<Doc>; stats: PassageStats },
  ) {
    this.byId = new Map(kb.passages.map((p) => [p.id, p]));
    if (reuse) {
      this.mini = reuse.mini;
      this.stats = reuse.stats;
      return;
    }
    if (saved) {
      const { mini, stats } = saved as SavedIndex;
      this.mini = MiniSearch.loadJS<Doc>(mini as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS);
      this.stats = new PassageStats(kb.gazetteer, processTerm, stats);
      return;
    }
    const docs = docsOf(kb, kb.passages);
    this.mini = new MiniSearch<Doc>(OPTIONS);
    this.mini.addAll(docs);
    this.stats = new PassageStats(kb.gazetteer, processTerm);
    for (const d of docs) this.stats.add(d);
  }

  /**
   * The index for a changed corpus, made by updating this one in place: passages of `gone` articles out (from this
   * index's knowledge base), of `fresh` articles in (from the new one). This index must not be used afterwards.
   * One new article at 10k articles takes milliseconds instead of a full rebuild.
   */
  withChanges(kb: KnowledgeBase, gone: Set<string>, fresh: Set<string>): PassageIndex {
    const out = docsOf(
      this.kb,
      this.kb.passages.filter((p) => gone.has(p.articleId) && this.mini.has(p.id)),
    );
    const added = docsOf(
      kb,
      kb.passages.filter((p) => fresh.has(p.articleId)),
    );
    for (const d of out) this.mini.discard(d.id);
    this.mini.addAll(added);
    for (const d of out) this.stats.remove(d);
    for (const d of added) this.stats.add(d);
    return new PassageIndex(kb, undefined, { mini: this.mini, stats: this.stats });
  }

  /** The index as a plain object, for a warm start that skips re-indexing and recounting. */
  toJSON(): SavedIndex {
    return { mini: this.mini.toJSON(), stats: this.stats.toJSON() };
  }

  /** Passages that match the words of a query, best first, with alias expansion and small-typo tolerance. */
  search(query: string, limit = 20): PassageHit[] {
    const terms = this.stats.terms;
    const words = query.split(/\s+/).filter((w) => w && processTerm(w) !== null);
    const rarer = words.filter((w) => terms.share(processTerm(w)!) <= COMMON_SHARE);
    let only: Set<string> | undefined;
    if (rarer.length && rarer.length < words.length) {
      // The passages the rarer words find are the candidates; the whole query then ranks only them, so the common
      // words still count, without a result kept for every passage that holds one of them.
      const pool = this.ranked(rarer.join(' '), terms);
      if (pool.length >= limit) only = new Set(pool.slice(0, limit * CANDIDATES_PER_HIT).map((r) => r.id as string));
    }
    const results = this.ranked(query, terms, only);
    // An index updated in place for a newer snapshot may know passages this one does not: skip them.
    const hits: PassageHit[] = [];
    for (const r of results) {
      const passage = this.byId.get(r.id as string);
      if (passage) hits.push({ passage, score: r.score, terms: r.terms });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /** MiniSearch's BM25 ranking of a query with its expansions, over the `only` passages when given. */
  private ranked(query: string, terms: TermCounts, only?: Set<string>): SearchResult[] {
    const extra = expandQuery(query, this.kb);
    return this.mini.search(
      {
        combineWith: 'OR',
        queries: [
          // Typo tolerance only for a word the corpus does not hold as typed: "Norwegain", not "diplomatic".
          {
            queries: [query],
            combineWith: 'OR',
            prefix: (t: string) => t.length >= 5,
            fuzzy: (t: string) => (t.length >= 6 && !terms.has(t) ? 0.15 : 0),
            boost: { title: 1.5 },
          },
          ...(extra.length ? [{ queries: [extra.join(' ')], combineWith: 'OR' as const, boost: { text: 0.6 } }] : []),
        ],
      },
      only ? { boostDocument: (id: unknown) => (only.has(id as string) ? 1 : 0) } : {},
    );
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
      .map(([articleId, hits]) => ({
        articleId,
        passages: hits,
        score: hits[0]!.score + 0.25 * hits.slice(1, 3).reduce((s, h) => s + h.score, 0),
      }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}
