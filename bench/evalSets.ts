// The question sets of `npm run eval`: qa-dev split once into tune and check by a fixed seed, and the project's own set.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QaQuestion } from './qaScore.ts';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'eval');
/** The seed of the split: changing it re-splits the set, which must never be done to chase a figure. */
export const SPLIT_SEED = 'attache-qa-split-1';

/** Tune (weights and thresholds are fitted here) or check (reported, never tuned on), by a hash of the id. */
export function splitOf(id: string): 'tune' | 'check' {
  return createHash('sha256').update(`${SPLIT_SEED}:${id}`).digest()[0]! < 128 ? 'tune' : 'check';
}

interface OwnQuestion {
  question: string;
  expect: string[];
  sources: string[];
  answerable?: boolean;
}

function own(file: string, prefix: string): QaQuestion[] {
  const list = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Array<OwnQuestion & { kind?: string }>;
  return list.map((x, i) => ({
    id: `${prefix}-${i + 1}`,
    q: x.question,
    all: x.expect.map((e) => [e]),
    src: x.sources,
    kind: x.answerable === false ? 'negative' : (x.kind ?? 'own'),
    ...(x.answerable === false ? { negative: true } : {}),
  }));
}

/** Every set by name. */
export function loadSets(): Record<string, QaQuestion[]> {
  const dev = JSON.parse(readFileSync(join(FIXTURES, 'qa-dev.json'), 'utf8')) as QaQuestion[];
  return {
    tune: dev.filter((q) => splitOf(q.id) === 'tune'),
    check: dev.filter((q) => splitOf(q.id) === 'check'),
    own: own('questions.json', 'own'),
    paraphrases: own('paraphrases.json', 'para'),
  };
}
