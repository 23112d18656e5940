/** Runs per property: quick in CI; HOSTILE_RUNS=5000 npm test for the long run. */
export const RUNS = Number(process.env.HOSTILE_RUNS ?? 300);
/** A call that takes longer than this has hung (a backtracking regex, an endless loop); not a speed target. */
export const HANG_MS = 2000;
