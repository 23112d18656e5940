import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Logger } from 'pino';
import type { Services } from './core/command.ts';
import { inBatches, listArticleFiles, readArticleFile } from './corpus/loadCorpus.ts';
import type { Article, SkippedFile } from './corpus/types.ts';
import { RebuildQueue } from './corpus/rebuildQueue.ts';
import { watchCorpus, type CorpusChange } from './corpus/watchCorpus.ts';
import { assembleKnowledge, defaultGazetteer, tryExtract } from './knowledge/buildKnowledge.ts';
import { passagesOf, type ArticleFacts } from './knowledge/extractArticle.ts';
import { VERSION } from './loadServices.ts';
import { corpusSignature, readSnapshot, SNAPSHOT_VERSION, writeSnapshot } from './corpusSnapshot.ts';
import { PassageIndex } from './search/passageIndex.ts';
import type { KnowledgeBase } from './knowledge/types.ts';

interface Entry {
  facts?: ArticleFacts;
  skipped?: string;
  mtime: Date;
}

/** An article the corpus did not hold before, with its file's modification time. */
export interface Arrival {
  article: Article;
  mtime: Date;
}

/**
 * The corpus kept current while the bot runs: each file parsed and its facts extracted once, the knowledge base and
 * index rebuilt from those when a file is added, changed or removed. Commands always read a complete snapshot.
 */
export class LiveServices {
  private readonly entries = new Map<string, Entry>();
  private current!: Services;
  private readonly known = new Set<string>();
  /** Which file holds each story: the first one seen keeps it when a copy appears. */
  private owners = new Map<string, string>();
  private closeWatch?: () => Promise<void>;
  private readonly listeners: Array<(arrivals: Arrival[]) => void> = [];
  /** Whether the last load came from the snapshot. */
  fromSnapshot = false;
  /** The latest read or removal of each file, so two events for one file apply in the order they came. */
  private readonly fileWork = new Map<string, Promise<void>>();
  /** Any burst of changes becomes the next rebuild; a failed rebuild is retried, and none can wedge the others. */
  private readonly rebuilds = new RebuildQueue(
    () => {
      this.rebuild();
      this.saveSoon();
    },
    { delayMs: 30, backoffMs: 500, maxBackoffMs: 60_000, onError: (err, failures) => this.log.error({ err, failures }, 'corpus rebuild failed; will retry') },
  );

  constructor(
    readonly dir: string,
    private readonly log: Logger,
    private readonly extra: Partial<Services> = {},
    /** Where to keep a snapshot of parsed facts and the index, for a warm start; none when unset. */
    private readonly snapshotFile?: string,
  ) {}

  get services(): Services {
    return this.current;
  }

  /** Called with the articles that are new to the corpus after each load or change. */
  onArrivals(listener: (arrivals: Arrival[]) => void): void {
    this.listeners.push(listener);
  }

  /** Load the corpus: from the snapshot when the folder has not changed since it was written, else by parsing. */
  async load(): Promise<this> {
    const snap = this.snapshotFile ? await readSnapshot(this.snapshotFile, this.dir) : undefined;
    if (snap) {
      for (const e of snap.entries) {
        // Passages are the article's paragraphs again: not stored twice.
        const facts = e.facts ? { ...e.facts, passages: passagesOf(e.facts.article) } : undefined;
        this.entries.set(e.file, { ...(facts ? { facts } : {}), ...(e.skipped ? { skipped: e.skipped } : {}), mtime: new Date(e.mtimeMs) });
      }
      this.rebuild(snap.index);
      this.log.debug({ articles: this.current.kb.articles.length }, 'corpus loaded from snapshot');
      this.fromSnapshot = true;
      return this;
    }
    await inBatches(await listArticleFiles(this.dir), (path) => this.read(path));
    this.rebuild();
    await this.saveSnapshot();
    return this;
  }

  private saveTimer?: NodeJS.Timeout;
  /** Changes come in bursts, and writing a large snapshot takes a moment: write once things are quiet. */
  private saveSoon(): void {
    if (!this.snapshotFile) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveSnapshot(), 10_000);
    this.saveTimer.unref();
  }

  /** Keep what was parsed and indexed, so the next start skips the work. */
  async saveSnapshot(): Promise<void> {
    if (!this.snapshotFile) return;
    try {
      const entries = [...this.entries].map(([file, e]) => ({
        file,
        mtimeMs: e.mtime.getTime(),
        ...(e.facts ? { facts: { ...e.facts, passages: [] } } : {}),
        ...(e.skipped ? { skipped: e.skipped } : {}),
      }));
      await writeSnapshot(this.snapshotFile, { version: SNAPSHOT_VERSION, signature: await corpusSignature(this.dir), entries, index: this.current.index.toJSON() });
    } catch (err) {
      // A snapshot is an optimisation: failing to write one only costs the next start its speed.
      this.log.warn({ err: (err as Error).message, file: this.snapshotFile }, 'corpus snapshot not written');
    }
  }

  async watch(): Promise<void> {
    const w = await watchCorpus(this.dir, (c) => this.apply(c), (err) => this.log.error({ err, dir: this.dir }, 'corpus watcher error; still watching what it can'));
    this.closeWatch = w.close;
  }

  /** Read (or forget) one changed file, then ask for a rebuild. */
  private apply(c: CorpusChange): void {
    const file = relative(this.dir, c.path);
    const prior = this.fileWork.get(file) ?? Promise.resolve();
    const work = prior
      .then(() => (c.type === 'remove' ? void this.entries.delete(file) : this.read(c.path)))
      .catch((err) => this.log.error({ err, file }, 'corpus update failed'))
      .then(() => void this.rebuilds.request());
    this.fileWork.set(file, work);
    void work.then(() => {
      if (this.fileWork.get(file) === work) this.fileWork.delete(file);
    });
  }

  /** Resolves once every change seen so far is read and a rebuild that includes it has run. */
  async settled(): Promise<void> {
    while (this.fileWork.size) await Promise.all(this.fileWork.values());
    await this.rebuilds.idle();
  }

  async close(): Promise<void> {
    this.rebuilds.close();
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      await this.saveSnapshot();
    }
    await this.closeWatch?.();
  }

  private async read(path: string): Promise<void> {
    const file = relative(this.dir, path);
    try {
      const [result, info] = await Promise.all([readArticleFile(path, file), stat(path)]);
      const prior = this.entries.get(file)?.facts;
      // Extraction is the costly part: an unchanged text keeps its facts.
      const drawn = result.ok ? (prior && prior.article.contentHash === result.article.contentHash ? prior : tryExtract(result.article, defaultGazetteer())) : undefined;
      const reason = !result.ok ? result.reason : drawn && 'reason' in drawn ? drawn.reason : undefined;
      this.entries.set(file, reason !== undefined ? { skipped: reason, mtime: info.mtime } : { facts: drawn as ArticleFacts, mtime: info.mtime });
    } catch (err) {
      // Gone between the event and the read, or unreadable: it is simply not part of the corpus now.
      this.entries.delete(file);
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.log.warn({ file, err: (err as Error).message }, 'article unreadable');
    }
  }

  private rebuild(savedIndex?: unknown): void {
    const facts: ArticleFacts[] = [];
    const skipped: SkippedFile[] = [];
    const byHash = new Map<string, string>();
    const arrivals: Arrival[] = [];
    const files = [...this.entries.keys()].sort();
    // Earlier owners first, so a copy never displaces the file the story came in.
    const ownerOf = (f: string) => this.entries.get(f)?.facts && this.owners.get(this.entries.get(f)!.facts!.article.contentHash) === f;
    files.sort((a, b) => Number(ownerOf(b)) - Number(ownerOf(a)));
    for (const file of files) {
      const e = this.entries.get(file)!;
      if (e.skipped || !e.facts) {
        skipped.push({ file, reason: e.skipped ?? 'not parsed' });
        continue;
      }
      const hash = e.facts.article.contentHash;
      const twin = byHash.get(hash);
      if (twin) {
        skipped.push({ file, reason: `same story as ${twin}` });
        continue;
      }
      byHash.set(hash, file);
      facts.push(e.facts);
      if (!this.known.has(hash)) arrivals.push({ article: e.facts.article, mtime: e.mtime });
    }
    this.owners = byHash;
    skipped.sort((a, b) => a.file.localeCompare(b.file));
    const kb = assembleKnowledge(facts, skipped, defaultGazetteer());
    this.current = { ...this.extra, kb, index: this.indexFor(kb, savedIndex), version: VERSION };
    for (const a of arrivals) this.known.add(a.article.contentHash);
    if (arrivals.length) for (const l of this.listeners) l(arrivals);
    this.log.debug({ articles: kb.articles.length, arrivals: arrivals.length }, 'corpus rebuilt');
  }

  /** A few changed articles update the index in place; a first load or a large change builds it whole. */
  private indexFor(kb: KnowledgeBase, savedIndex?: unknown): PassageIndex {
    const prev = this.current;
    if (savedIndex || !prev) return new PassageIndex(kb, savedIndex);
    const before = new Map(prev.kb.articles.map((a) => [a.id, a.contentHash]));
    const after = new Map(kb.articles.map((a) => [a.id, a.contentHash]));
    const gone = new Set([...before].filter(([id, h]) => after.get(id) !== h).map(([id]) => id));
    const fresh = new Set([...after].filter(([id, h]) => before.get(id) !== h).map(([id]) => id));
    if (gone.size + fresh.size > Math.max(100, kb.articles.length / 10)) return new PassageIndex(kb);
    return prev.index.withChanges(kb, gone, fresh);
  }

  /** Keep the LLM answerer (or other extras) across rebuilds. */
  set(extra: Partial<Services>): void {
    Object.assign(this.extra, extra);
    Object.assign(this.current, extra);
  }
}
