import { showDate } from './showDate.ts';
import type { KnowledgeBase } from './types.ts';
import type { Citation } from '../core/reply.ts';
import { lookupMaps } from './lookupMaps.ts';

/** Something said in an article: the passage and, when known, the sentence. */
export interface Source {
  articleId: string;
  passageId?: string;
  quote?: string;
}

/** Numbers the sources of one reply: the same article and quote get the same number. */
export class Citations {
  readonly list: Citation[] = [];
  /** The first citation of each article, and each citation by article and quote: a long reply cites hundreds. */
  private readonly byArticle = new Map<string, Citation>();
  private readonly byQuote = new Map<string, Citation>();
  /**
   * With `perArticle`, an article gets one number and its quotes are joined (answers cite sources); otherwise each
   * distinct quote gets its own number (lookups cite facts).
   */
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly perArticle = false,
  ) {}

  /** The citation number of a source, as "[n]". */
  ref(source: Source): string {
    return `[${this.cite(source)}]`;
  }

  /** The distinct citation numbers of several sources, in order, as "[1][3]". */
  refs(sources: Source[]): string {
    return [...new Set(sources.map((s) => this.ref(s)))].join('');
  }

  cite(source: Source): number {
    const article = lookupMaps(this.kb).article.get(source.articleId);
    if (!article) throw new Error(`citation of unknown article ${source.articleId}`);
    const quote =
      source.quote ??
      (source.passageId ? lookupMaps(this.kb).passage.get(source.passageId)?.text : undefined) ??
      article.paragraphs[0] ??
      '';
    if (this.perArticle) {
      const same = this.byArticle.get(source.articleId);
      if (same) {
        if (!same.quote.includes(quote)) same.quote = `${same.quote} … ${quote}`;
        return same.n;
      }
    }
    const key = `${source.articleId}\n${quote}`;
    const same = this.byQuote.get(key);
    if (same) return same.n;
    const n = this.list.length + 1;
    const citation: Citation = {
      n,
      articleId: article.id,
      file: article.file,
      title: article.title,
      date: showDate(article.date),
      source: article.source.agency,
      ...(article.url ? { url: article.url } : {}),
      quote,
    };
    this.list.push(citation);
    this.byQuote.set(key, citation);
    if (!this.byArticle.has(article.id)) this.byArticle.set(article.id, citation);
    return n;
  }
}
