import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, readdir, rename } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { statArticleFiles } from '../corpus/loadCorpus.ts';
import type { ArticleFacts } from '../knowledge/extractArticle.ts';

/**
 * Bump when ArticleFacts or the index change shape, or when parsing or extraction draw different facts from the same
 * text: an old snapshot is then ignored and rebuilt, instead of serving facts the code no longer draws.
 * 3: events read with discourse and clauses; dates checked against the calendar.
 * 4: people with titles ending in region lists; recalled, planned and listed events; speakers of hosted events;
 *    roles read as office, rank and posting.
 * 5: multilateral meetings by name; planned and coming events without their speakers; bodies with acronyms.
 * 6: the index line holds MiniSearch's JSON and the passage statistics questions read ({ mini, stats }).
 * 7: entries carry their file's size; the signature is of the entries themselves.
 */
export const SNAPSHOT_VERSION = 7;

/** The folders whose code decides what facts and index a corpus gives. */
const CODE_DIRS = ['corpus', 'knowledge', 'search'];
let fingerprint: Promise<string> | undefined;

/**
 * A hash of the code that parses, extracts and indexes (src/corpus, src/knowledge, src/search, or their build): a
 * snapshot written by other code is ignored, so an upgrade never serves facts its rules no longer draw, even when no
 * one bumped SNAPSHOT_VERSION.
 */
export function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const hash = createHash('sha256');
    const root = join(import.meta.dirname, '..');
    for (const dir of CODE_DIRS) {
      const names = (await readdir(join(root, dir))).filter((n) => /\.(?:ts|js|mjs)$/.test(n)).sort();
      for (const name of names) hash.update(`${dir}/${name}\n`).update(await readFile(join(root, dir, name)));
    }
    return hash.digest('hex');
  })();
  return fingerprint;
}

export interface SnapshotEntry {
  file: string;
  mtimeMs: number;
  size: number;
  facts?: ArticleFacts;
  skipped?: string;
}

export interface CorpusSnapshot {
  version: number;
  /** codeFingerprint() of the code that wrote it. */
  code?: string;
  /** What the corpus folder looked like: names, sizes and times of its files. */
  signature: string;
  entries: SnapshotEntry[];
  /** The index's JSON (MiniSearch's own shape and the passage statistics), parsed once with the rest. */
  index: unknown;
}

/** The fingerprint of a list of files: names, sizes and modification times, in name order. */
export function signatureOf(files: Array<{ file: string; size: number; mtimeMs: number }>): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)))
    hash.update(`${f.file}\t${f.size}\t${f.mtimeMs}\n`);
  return hash.digest('hex');
}

/** A fingerprint of a corpus folder that changes whenever a file is added, removed, resized or touched. */
export async function corpusSignature(dir: string): Promise<string> {
  return signatureOf(await statArticleFiles(dir));
}

/**
 * The snapshot, if there is one for exactly this corpus folder; anything else (absent, stale, damaged) is none.
 * The file is JSON lines: a header, the index, then one line per corpus file — at 100k articles the whole would
 * exceed the longest string V8 can hold.
 */
export async function readSnapshot(file: string, dir: string): Promise<CorpusSnapshot | undefined> {
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  try {
    let header: { version: number; code?: string; signature: string } | undefined;
    let index: unknown;
    const entries: SnapshotEntry[] = [];
    for await (const line of jsonLines(input)) {
      if (!header) {
        header = line as { version: number; code?: string; signature: string };
        if (header.version !== SNAPSHOT_VERSION || header.code !== (await codeFingerprint())) return undefined;
        if (header.signature !== (await corpusSignature(dir))) return undefined;
      } else if (index === undefined) index = line;
      else entries.push(line as SnapshotEntry);
    }
    return header && index !== undefined ? { ...header, index, entries } : undefined;
  } catch {
    return undefined;
  } finally {
    input.destroy();
  }
}

/**
 * The JSON values of a stream of JSON lines, split on newline bytes and decoded one line at a time: readline's
 * string events cost a fifth of a warm start at 10k articles.
 */
async function* jsonLines(input: AsyncIterable<Buffer>): AsyncGenerator<unknown> {
  // The start of a line that spans chunks (the index line is tens of megabytes): joined once, when it ends.
  let pending: Buffer[] = [];
  for await (const chunk of input) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      const line = pending.length ? Buffer.concat([...pending, chunk.subarray(start, nl)]) : chunk.subarray(start, nl);
      pending = [];
      if (line.length) yield JSON.parse(line.toString('utf8'));
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  const last = Buffer.concat(pending);
  if (last.length) yield JSON.parse(last.toString('utf8'));
}

/** Write a snapshot atomically (temporary file, then rename), a line at a time. */
export async function writeSnapshot(file: string, snap: CorpusSnapshot): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(tmp, 'utf8');
  const write = (line: string) => (out.write(`${line}\n`) ? Promise.resolve() : once(out, 'drain').then(() => undefined));
  await write(JSON.stringify({ version: snap.version, code: snap.code ?? (await codeFingerprint()), signature: snap.signature }));
  await write(JSON.stringify(snap.index));
  for (const e of snap.entries) await write(JSON.stringify(e));
  out.end();
  await once(out, 'finish');
  await rename(tmp, file);
}
