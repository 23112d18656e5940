// Rounding and percentiles the bench's figures share.

/** Milliseconds to one decimal. */
export const ms = (n: number) => Math.round(n * 10) / 10;

/** The p-th percentile of a list of timings. */
export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
