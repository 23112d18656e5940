import { createRequire } from 'node:module';
import type { Features } from './retrievePassages.ts';

/** Feature weights, the abstention threshold and the share of the best score another quote must reach. */
export interface Weights {
  cover: number;
  window: number;
  passage: number;
  entity: number;
  time: number;
  rank: number;
  title: number;
  typed: number;
  /** Below this score the best sentence is not an answer: the bot says the corpus does not cover it. */
  threshold: number;
  /** Another sentence is quoted when it scores at least this share of the best. */
  keep: number;
}

const require = createRequire(import.meta.url);
/** The weights fitted on the tune split by `npm run eval -- --fit` (bench/fitWeights.ts), never on the check split. */
export const WEIGHTS: Weights = require('./weights.json') as Weights;

/** A sentence's score: the weighted sum of its features, plus `typed` when it holds a span of the asked type. */
export function scoreSentence(f: Features, typed: boolean, w: Weights = WEIGHTS): number {
  return (
    w.cover * f.cover +
    w.window * f.window +
    w.passage * f.passage +
    w.entity * f.entity +
    w.time * f.time +
    w.rank * f.rank +
    w.title * f.title +
    (typed ? w.typed : 0)
  );
}
