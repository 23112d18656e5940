// The rules of ../shared/tools/score_qa.py, so `npm run eval` and the independent checks agree on what passes.
import { basename } from 'node:path';
import type { Reply } from '../src/core/reply.ts';

export interface QaQuestion {
  id: string;
  q: string;
  all: string[][];
  src: string[];
  kind: string;
  negative?: boolean;
}

const REFUSALS = [
  'not cover',
  'no information',
  "couldn't find",
  'could not find',
  'no article',
  'not found',
  "don't have",
  'do not have',
  'nothing in',
  'no relevant',
  'not mention',
  'no record',
  'no source',
  'cannot answer',
  "can't answer",
  'unable to',
  'does not contain',
  'no match',
  'not in the corpus',
  'no passage',
];

/** The checker's fold: NFD without marks, đ → d, typographic quotes and dashes made plain, spaces collapsed, lower case. */
export function checkFold(s: string): string {
  return s
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u2019/g, "'")
    .replace(/\u2018/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** What the checker reads of a reply: title, text and fields, not the quotes. */
export function answerText(r: Pick<Reply, 'title' | 'text' | 'fields'>): string {
  return [r.title, r.text, ...r.fields.flatMap((f) => [f.name, f.value])].join('\n');
}

export interface QaVerdict {
  fact: boolean;
  cite: boolean;
  refused: boolean;
  /** Answered with sources but without the fact: worse than "not covered". */
  wrong: boolean;
}

/** Whether a text holds one alternative of every group. */
export function holdsFacts(text: string, groups: string[][]): boolean {
  const ft = checkFold(text);
  return groups.every((g) => g.some((alt) => ft.includes(checkFold(alt))));
}

/** Judge one reply against one question by the checker's rules. */
export function judge(q: QaQuestion, r: Pick<Reply, 'title' | 'text' | 'fields' | 'citations'>): QaVerdict {
  const text = answerText(r);
  const files = r.citations.map((c) => basename(c.file));
  const refused = files.length === 0 && REFUSALS.some((p) => checkFold(text).includes(p));
  if (q.negative) return { fact: refused, cite: refused, refused, wrong: !refused };
  const fact = holdsFacts(text, q.all);
  const cite = files.some((f) => q.src.some((s) => f.startsWith(s) || f.startsWith(`${s}_`) || f.split('.')[0] === s));
  return { fact, cite, refused, wrong: !refused && !fact };
}
