import MiniSearch, { type SearchResult } from 'minisearch';
import type { Passage } from '../corpus/types.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { foldWord } from '../text/fold.ts';
import { bestOf } from './bestOf.ts';
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
  const t = foldWord(term);
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
/** Words matching more than this share of passages (with their prefixes) are scored from kept scores. */
const HEAVY_SHARE = 0.05;
/** Such words whose scores are kept: a corpus has a few dozen of them, and a question uses one or two. */
const COMMON_KEPT = 32;
/** A query word of this length or more also matches the index terms it begins ("discuss" → "discussion"). */
const PREFIX_FROM = 5;

/** How a query's own words match: prefixes of long words, and typo tolerance only for a word the corpus does not hold. */
const wordOptions = (terms: TermCounts) => ({
  combineWith: 'OR' as const,
  prefix: (t: string) => t.length >= PREFIX_FROM,
  fuzzy: (t: string) => (t.length >= 6 && !terms.has(t) ? 0.15 : 0),
  boost: { title: 1.5 },
});

/** What a snapshot keeps of the index: MiniSearch's own JSON shape and the passage statistics. */
interface SavedIndex {
  mini: unknown;
  stats: SavedStats;
}

/** A ranked passage: MiniSearch's id, score and matched index terms. */
type Ranked = Pick<SearchResult, 'id' | 'score' | 'terms'>;

/** A common word's score in every passage (0 where it does not occur) and the index terms it matched. */
interface CommonWord {
  scores: Float64Array;
  derived: string[];
}

/** Full-text index over every passage of the corpus (MiniSearch, BM25 ranking), with the corpus's word statistics. */
export class PassageIndex {
  private readonly mini: MiniSearch<Doc>;
  /** Counted with the index, updated with it and saved with it. */
  readonly stats: PassageStats;
  /** Per common word, its score in each passage that holds it (see withCommon); dropped with this index version. */
  private readonly common = new Map<string, CommonWord>();
  /** Per word, the share of passages it matches with its prefixes. */
  private readonly families = new Map<string, number>();
  /** Each passage's place in kb.passages (where its common-word scores are kept): how the index finds a passage by id. */
  private readonly position: Map<string, number>;

  /** Build the index over a knowledge base's passages, or reload it from `saved` (see `toJSON`). */
  constructor(
    private readonly kb: KnowledgeBase,
    saved?: unknown,
    reuse?: { mini: MiniSearch<Doc>; stats: PassageStats },
  ) {
    this.position = new Map(kb.passages.map((p, at) => [p.id, at]));
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
      // The passages the rarer words find are the candidates, when there are enough of them; the whole query then
      // ranks only them, so the common words still count, without a result kept for every passage holding one.
      const pool = this.rank(rarer, expandQuery(rarer.join(' '), this.kb), undefined, limit * CANDIDATES_PER_HIT);
      if (pool.length >= limit) only = new Set(pool.map((r) => r.id as string));
    }
    const results = this.rank(words, expandQuery(query, this.kb), only, limit);
    // An index updated in place for a newer snapshot may know passages this one does not: skip them.
    const hits: PassageHit[] = [];
    for (const r of results) {
      const passage = this.kb.passages[this.position.get(r.id as string) ?? -1];
      if (passage) hits.push({ passage, score: r.score, terms: r.terms });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /**
   * The BM25 ranking of query words with their expansions, over the `only` passages when given, else at least the
   * best `k` of all: as MiniSearch ranks the whole query, with the words that match many passages (with their
   * prefixes: "establish" matches "establishment") read from their kept scores instead of walked again.
   */
  private rank(words: string[], extra: string[], only: Set<string> | undefined, k: number): Ranked[] {
    const terms = this.stats.terms;
    const heavy = words.filter((w) => this.familyShare(processTerm(w)!) > HEAVY_SHARE);
    const light = words.filter((w) => !heavy.includes(w));
    const results = this.ranked(light.join(' '), terms, extra, only);
    return heavy.length ? this.withCommon(results, heavy, only, k) : results;
  }

  /** The share of passages a word matches with its prefixes (an upper bound: the sum of each term's share). */
  private familyShare(term: string): number {
    let share = this.families.get(term);
    if (share === undefined) {
      share = this.stats.terms.share(term, term.length >= PREFIX_FROM);
      this.families.set(term, share);
    }
    return share;
  }

  /** MiniSearch's BM25 ranking of a query with its expansions, over the `only` passages when given. */
  private ranked(query: string, terms: TermCounts, extra: string[], only?: Set<string>): SearchResult[] {
    return this.mini.search(
      {
        combineWith: 'OR',
        queries: [
          // Typo tolerance only for a word the corpus does not hold as typed: "Norwegain", not "diplomatic".
          { queries: [query], ...wordOptions(terms) },
          ...(extra.length ? [{ queries: [extra.join(' ')], combineWith: 'OR' as const, boost: { text: 0.6 } }] : []),
        ],
      },
      only ? { boostDocument: (id: unknown) => (only.has(id as string) ? 1 : 0) } : {},
    );
  }

  /**
   * The ranking MiniSearch gives the whole query (over the `only` passages when given, else the best `limit` of all),
   * from its ranking of the rarer words and the common words' scores: a passage's score is the sum of each word's BM25
   * score times the number of the query's words it matches. A word's score in a passage does not depend on the rest
   * of the query, so each common word is scored over the whole corpus once (kept until the index changes) and read
   * here: MiniSearch would walk the passage list of "Vietnam" (two passages in three) on every question.
   */
  private withCommon(results: SearchResult[], common: string[], only: Set<string> | undefined, limit: number): Ranked[] {
    const rare = new Map<number, SearchResult>();
    for (const r of results) {
      const at = this.position.get(r.id as string);
      if (at !== undefined) rare.set(at, r);
    }
    // A word written twice counts twice, as MiniSearch counts it, but is one matched word.
    const times = new Map<string, number>();
    for (const w of common) times.set(processTerm(w)!, (times.get(processTerm(w)!) ?? 0) + 1);
    const words = [...times].map(([term, n]) => ({ term, n, ...this.commonScores(term) }));
    const scoreAt = (at: number): number => {
      const r = rare.get(at);
      let raw = r ? r.score / (r.queryTerms.length || 1) : 0;
      let matched = r?.queryTerms.length ?? 0;
      for (const w of words) {
        const score = w.scores[at]!;
        if (!score) continue;
        for (let i = 0; i < w.n; i++) raw += score;
        if (!r?.queryTerms.includes(w.term)) matched++;
      }
      return raw * (matched || 1);
    };
    const top = only ? [...only].flatMap((id) => this.position.get(id) ?? []) : bestOf(this.kb.passages.length, scoreAt, limit);
    return top
      .map((at) => ({ at, score: scoreAt(at) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score || a.at - b.at)
      .map(({ at, score }) => ({
        id: this.kb.passages[at]!.id,
        score,
        terms: [...new Set([...(rare.get(at)?.terms ?? []), ...words.flatMap((w) => (w.scores[at] ? w.derived : []))])],
      }));
  }

  /**
   * One common word's score (with its prefix matches) in each passage, by place in kb.passages, and the indexed
   * words it matched ("discuss" → "discussed", "discussion"), which the snippet marks where a passage holds them.
   */
  private commonScores(word: string): CommonWord {
    const kept = this.common.get(word);
    if (kept) {
      this.common.delete(word);
      this.common.set(word, kept);
      return kept;
    }
    const scores = new Float64Array(this.kb.passages.length);
    const derived = new Set<string>();
    for (const r of this.mini.search(word, wordOptions(this.stats.terms))) {
      const at = this.position.get(r.id as string);
      if (at !== undefined) scores[at] = r.score;
      for (const t of r.terms) derived.add(t);
    }
    if (this.common.size >= COMMON_KEPT) this.common.delete(this.common.keys().next().value!);
    const entry = { scores, derived: [...derived] };
    this.common.set(word, entry);
    return entry;
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
