import { relative } from 'node:path';
import type { Logger } from 'pino';
import type { Corpus, Deps, Services } from './command.ts';
import { dedupeStories } from '../corpus/dedupeStories.ts';
import { listArticleFiles, statArticleFiles } from '../corpus/loadCorpus.ts';
import { folderChanges } from './folderChanges.ts';
import { indexFor } from './indexFor.ts';
import type { Article, SkippedFile } from '../corpus/types.ts';
import { RebuildQueue } from '../corpus/rebuildQueue.ts';
import { prepareLookups } from '../knowledge/prepareLookups.ts';
import { watchCorpus, type CorpusChange } from '../corpus/watchCorpus.ts';
import { assembleKnowledge, defaultGazetteer } from '../knowledge/buildKnowledge.ts';
import { drawFile } from '../knowledge/drawFile.ts';
import { drawFiles } from '../knowledge/drawFiles.ts';
import { passagesOf, type ArticleFacts } from '../knowledge/extractArticle.ts';
import { signatureOf, readSnapshot, SNAPSHOT_VERSION, writeSnapshot } from './corpusSnapshot.ts';

interface Entry {
  facts?: ArticleFacts;
  skipped?: string;
  /** The file's size and modification time (to the fraction of a millisecond) when it was read: with its name, what
   * the snapshot's signature is made of. */
  size: number;
  mtimeMs: number;
}

/** The entry of a file read now or saved in a snapshot. */
const entryOf = (d: Omit<Entry, 'facts'> & { facts?: ArticleFacts | undefined }): Entry => ({
  ...(d.facts ? { facts: d.facts } : {}),
  ...(d.skipped ? { skipped: d.skipped } : {}),
  size: d.size,
  mtimeMs: d.mtimeMs,
});

/** An article the corpus did not hold before, with its file's modification time. */
export interface Arrival {
  article: Article;
  mtime: Date;
}

export interface CorpusOptions {
  /** Where to keep a snapshot of parsed facts and the index, for a warm start; none when unset. */
  snapshotFile?: string;
  /** Threads to parse and extract with on a cold load (default: the machine's cores). */
  threads?: number;
}

/** How often the folder is compared with the corpus, for changes the watcher did not report. */
const RECONCILE_EVERY_MS = 30_000;
/** Quiet time after a change before the new version's lookup tables are built. */
const PREPARE_AFTER_MS = 500;

/**
 * The one way the corpus is loaded, by the CLI and the bot alike: from the snapshot when the folder has not changed,
 * else each file parsed and its facts extracted once (over the cores), one file kept per story. Watching is
 * optional: the knowledge base and index are then rebuilt when a file is added, changed or removed, and commands
 * always read a complete `Corpus`, swapped whole.
 */
export class CorpusService {
  private readonly entries = new Map<string, Entry>();
  /** The entries the current corpus was built from (what a snapshot saves). */
  private built = new Map<string, Entry>();
  private current!: Corpus;
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
      this.prepareSoon();
    },
    {
      delayMs: 30,
      backoffMs: 500,
      maxBackoffMs: 60_000,
      onError: (err, failures) => this.log.error({ err, failures }, 'corpus rebuild failed; will retry'),
    },
  );

  constructor(
    readonly dir: string,
    private readonly log: Logger,
    private readonly options: CorpusOptions = {},
  ) {}

  private get snapshotFile(): string | undefined {
    return this.options.snapshotFile;
  }

  /** The knowledge base and index as they are now. */
  get corpus(): Corpus {
    return this.current;
  }

  /** What commands read: the current corpus with the long-lived parts, one object per corpus version. */
  servicesWith(deps: Deps): () => Services {
    let seen: Corpus | undefined;
    let services: Services | undefined;
    return () => {
      if (seen !== this.current || !services) services = { ...deps, ...(seen = this.current) };
      return services;
    };
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
        this.entries.set(e.file, entryOf({ ...e, facts }));
      }
      this.rebuild(snap.index);
      this.log.debug({ articles: this.current.kb.articles.length }, 'corpus loaded from snapshot');
      this.fromSnapshot = true;
      return this;
    }
    const drawn = await drawFiles(this.dir, await listArticleFiles(this.dir), {
      ...(this.options.threads ? { threads: this.options.threads } : {}),
      onFallback: (err) => this.log.warn({ err: err.message }, 'worker threads unavailable; parsing in one thread'),
    });
    for (const d of drawn) this.entries.set(d.file, entryOf(d));
    this.rebuild();
    await this.saveSnapshot();
    return this;
  }

  private prepareTimer?: NodeJS.Timeout;
  /**
   * The lookup tables of the new version (prepareLookups), built once changes pause rather than by the next
   * /country; not on every step of a burst, where each would be thrown away by the next.
   */
  private prepareSoon(): void {
    clearTimeout(this.prepareTimer);
    this.prepareTimer = setTimeout(() => prepareLookups(this.current.kb), PREPARE_AFTER_MS);
    this.prepareTimer.unref();
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
      // The entries the current knowledge base and index were built from, with their own signature: files read since,
      // or changed on disk and not read yet, make a later start read them again rather than trust this snapshot.
      const entries = [...this.built].map(([file, e]) => ({
        file,
        mtimeMs: e.mtimeMs,
        size: e.size,
        ...(e.facts ? { facts: { ...e.facts, passages: [] } } : {}),
        ...(e.skipped ? { skipped: e.skipped } : {}),
      }));
      await writeSnapshot(this.snapshotFile, {
        version: SNAPSHOT_VERSION,
        signature: signatureOf(entries),
        entries,
        index: this.current.index.toJSON(),
      });
    } catch (err) {
      // A snapshot is an optimisation: failing to write one only costs the next start its speed.
      this.log.warn({ err: (err as Error).message, file: this.snapshotFile }, 'corpus snapshot not written');
    }
  }

  async watch(): Promise<void> {
    const w = await watchCorpus(
      this.dir,
      (c) => this.apply(c),
      (err) => this.log.error({ err, dir: this.dir }, 'corpus watcher error; still watching what it can'),
    );
    this.reconcileTimer = setInterval(() => void this.reconcile(), RECONCILE_EVERY_MS);
    this.reconcileTimer.unref();
    this.closeWatch = async () => {
      clearInterval(this.reconcileTimer);
      await w.close();
    };
  }

  private reconcileTimer?: NodeJS.Timeout;
  private reconciling = false;

  /**
   * Compare the folder with the corpus and apply what differs. The watcher's events can be lost (a burst of thousands
   * of files overflows the kernel's queue of file events while the process is busy), and the corpus must still come
   * to hold the folder. Files written in the last moments are left to the watcher, which waits for them to be whole.
   * Resolves with the number of changes applied.
   */
  async reconcile(): Promise<number> {
    if (this.reconciling) return 0;
    this.reconciling = true;
    try {
      const files = await statArticleFiles(this.dir);
      const changes = folderChanges(this.dir, files, this.entries, (f) => this.fileWork.has(f), Date.now());
      for (const c of changes) this.apply(c);
      if (changes.length) this.log.info({ changes: changes.length }, 'corpus folder changes the watcher did not report, applied');
      return changes.length;
    } catch (err) {
      this.log.warn({ err: (err as Error).message, dir: this.dir }, 'corpus folder not compared; will try again');
      return 0;
    } finally {
      this.reconciling = false;
    }
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
    clearTimeout(this.prepareTimer);
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      await this.saveSnapshot();
    }
    await this.closeWatch?.();
  }

  private async read(path: string): Promise<void> {
    const file = relative(this.dir, path);
    const d = await drawFile(path, file, defaultGazetteer(), this.entries.get(file)?.facts);
    // Gone between the event and the read: it is simply not part of the corpus now.
    if (!d) this.entries.delete(file);
    else this.entries.set(file, entryOf(d));
  }

  private rebuild(savedIndex?: unknown): void {
    this.built = new Map(this.entries);
    const skipped: SkippedFile[] = [];
    const parsed: Array<{ file: string; facts: ArticleFacts; mtimeMs: number }> = [];
    for (const [file, e] of this.entries) {
      if (e.facts) parsed.push({ file, facts: e.facts, mtimeMs: e.mtimeMs });
      else skipped.push({ file, reason: e.skipped ?? 'not parsed' });
    }
    // Earlier owners first, so a copy never displaces the file the story came in.
    const owns = (p: (typeof parsed)[number]) => this.owners.get(p.facts.article.contentHash) === p.file;
    parsed.sort((a, b) => Number(owns(b)) - Number(owns(a)) || a.file.localeCompare(b.file));
    const owners = new Map<string, string>();
    const { kept, copies } = dedupeStories(
      parsed,
      (p) => p.facts.article.contentHash,
      (p) => p.file,
      owners,
    );
    this.owners = owners;
    const arrivals: Arrival[] = kept
      .filter((p) => !this.known.has(p.facts.article.contentHash))
      .map((p) => ({ article: p.facts.article, mtime: new Date(p.mtimeMs) }));
    const all = [...skipped, ...copies].sort((a, b) => a.file.localeCompare(b.file));
    const kb = assembleKnowledge(
      kept.map((p) => p.facts),
      all,
      defaultGazetteer(),
    );
    this.current = { kb, index: indexFor(this.current, kb, savedIndex) };
    for (const a of arrivals) this.known.add(a.article.contentHash);
    if (arrivals.length) for (const l of this.listeners) l(arrivals);
    this.log.debug({ articles: kb.articles.length, arrivals: arrivals.length }, 'corpus rebuilt');
  }
}
