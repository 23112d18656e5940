import MiniSearch from 'minisearch';

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/**
 * How many passages hold each indexed term, under the index's own tokenizer and term processing. The search uses it
 * to spend typo tolerance only on words the corpus does not contain, and to leave out words nearly every passage
 * holds, whose long lists of passages cost most of a query's time and change its ranking least.
 */
export class TermCounts {
  private readonly counts: Map<string, number>;
  private passages: number;

  constructor(
    private readonly processTerm: (term: string) => string | null,
    saved?: { passages: number; counts: Array<[string, number]> },
  ) {
    this.passages = saved?.passages ?? 0;
    this.counts = new Map(saved?.counts);
  }

  toJSON(): { passages: number; counts: Array<[string, number]> } {
    return { passages: this.passages, counts: [...this.counts] };
  }

  /** The terms of a text, each once. */
  termsOf(text: string): Set<string> {
    const out = new Set<string>();
    for (const word of tokenize(text)) {
      const t = this.processTerm(word);
      if (t) out.add(t);
    }
    return out;
  }

  add(text: string): void {
    this.passages++;
    for (const t of this.termsOf(text)) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
  }

  remove(text: string): void {
    this.passages--;
    for (const t of this.termsOf(text)) {
      const n = (this.counts.get(t) ?? 1) - 1;
      if (n > 0) this.counts.set(t, n);
      else this.counts.delete(t);
    }
  }

  has(term: string): boolean {
    return this.counts.has(term);
  }

  /**
   * The share of passages that hold a processed term, 0 to 1; with `prefix`, the sum of the shares of every term that
   * begins with it (a scan of every term: callers keep the answer).
   */
  share(term: string, prefix = false): number {
    if (!this.passages) return 0;
    if (!prefix) return (this.counts.get(term) ?? 0) / this.passages;
    let n = 0;
    for (const [t, count] of this.counts) if (t.startsWith(term)) n += count;
    return n / this.passages;
  }
}
