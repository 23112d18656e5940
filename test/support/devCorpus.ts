import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/corpus/parseArticle.ts';
import type { Article } from '../../src/corpus/types.ts';
import { buildKnowledge } from '../../src/knowledge/buildKnowledge.ts';
import type { KnowledgeBase } from '../../src/knowledge/types.ts';
import { fold } from '../../src/text/fold.ts';

export const DEV_DIR = join(import.meta.dirname, '..', 'fixtures', 'corpus-dev');
export const SEEDS_DIR = join(import.meta.dirname, '..', 'fixtures', 'seeds');

/** One article's ground truth, as index.json records it. */
export interface Truth {
  file: string;
  url: string | null;
  title: string | null;
  date: string | null;
  source: string;
  countries: string[];
  officials: Array<{ name: string; role: string; country: string }>;
  truncated: boolean;
}

export function devTruth(): Truth[] {
  return JSON.parse(readFileSync(join(DEV_DIR, 'index.json'), 'utf8')) as Truth[];
}

/** The dev corpus parsed as a crawler would hand it over: each text with the address it was fetched from. */
export function devKnowledge(): { kb: KnowledgeBase; truth: Truth[] } {
  const truth = devTruth();
  const articles: Article[] = [];
  for (const t of truth) {
    const result = parseArticle(readFileSync(join(DEV_DIR, t.file), 'utf8'), { file: t.file, url: t.url ?? undefined });
    if (!result.ok) throw new Error(`${t.file} did not parse: ${result.reason}`);
    articles.push(result.article);
  }
  return { kb: buildKnowledge(articles), truth };
}

/** Titles compared as a reader would: case, diacritics, punctuation and spacing ignored. */
export function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) =>
    fold(s)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

/** "VNA (VietnamPlus)" names the agency first and the outlet or channel in brackets; either counts. */
export function sameSource(ours: string, truth: string): boolean {
  const m = /^(.*?)\s*(?:\((.*)\))?$/.exec(truth)!;
  const names = [m[1]!, ...(m[2] ? [m[2].replace(/^via\s+/i, '').replace(/\s+text$/i, '')] : [])].map((s) => fold(s).trim());
  return names.includes(fold(ours).trim());
}

export interface Score {
  right: number;
  total: number;
  misses: string[];
}

export function ratio(s: Score): number {
  return s.total === 0 ? 1 : s.right / s.total;
}

export function show(name: string, s: Score): string {
  return `${name.padEnd(18)} ${s.right}/${s.total} (${(ratio(s) * 100).toFixed(1)}%)${s.misses.length ? '  missed: ' + s.misses.slice(0, 6).join('; ') : ''}`;
}
