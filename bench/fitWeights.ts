// Fit the scoring weights and the abstention threshold on the tune split only (coordinate descent over a grid).
import { answerQuestion, type AnswerDeps } from '../src/answer/answerQuestion.ts';
import { WEIGHTS, type Weights } from '../src/answer/scoreSentence.ts';
import { judge, type QaQuestion } from './qaScore.ts';

/** Cost of a confidently wrong answer against one right one: a wrong answer is worse than "not covered". */
export const WRONG_COST = 2;

const GRID: Record<keyof Weights, number[]> = {
  cover: [1],
  window: [0, 0.15, 0.3, 0.5, 0.8],
  passage: [0, 0.2, 0.4, 0.6, 1],
  entity: [0, 0.2, 0.4, 0.6, 1],
  time: [0, 0.15, 0.3, 0.5],
  rank: [0, 0.1, 0.2, 0.4, 0.6],
  title: [0, 0.1, 0.2, 0.4],
  typed: [0, 0.1, 0.2, 0.4],
  threshold: [0.8, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2, 2.2, 2.4],
  keep: [0.6, 0.7, 0.8, 0.9, 0.95],
};

async function objective(questions: QaQuestion[], deps: AnswerDeps, now: Date, w: Weights): Promise<number> {
  let total = 0;
  for (const q of questions) {
    const v = judge(q, await answerQuestion(q.q, deps, { now, weights: w }));
    total += (q.negative ? 0 : Number(v.fact)) + 0.25 * Number(v.cite) - WRONG_COST * Number(v.wrong);
  }
  return total;
}

/** Coordinate descent: each weight in turn takes its best grid value, twice round. */
export async function fitWeights(questions: QaQuestion[], deps: AnswerDeps, now: Date): Promise<Weights> {
  let best: Weights = { ...WEIGHTS };
  let bestScore = await objective(questions, deps, now, best);
  for (let round = 0; round < 2; round++) {
    for (const key of Object.keys(GRID) as Array<keyof Weights>) {
      for (const value of GRID[key]) {
        if (value === best[key]) continue;
        const trial = { ...best, [key]: value };
        const s = await objective(questions, deps, now, trial);
        if (s > bestScore + 1e-9) {
          best = trial;
          bestScore = s;
        }
      }
    }
    console.error(`fit round ${round + 1}: objective ${bestScore.toFixed(2)} ${JSON.stringify(best)}`);
  }
  return best;
}
