/**
 * The places (0 … count − 1) of the `limit` highest positive scores, highest first and, on a tie, the lower place
 * first; one pass, keeping only the best so far. Pure.
 */
export function bestOf(count: number, scoreAt: (at: number) => number, limit: number): number[] {
  const top: Array<{ at: number; score: number }> = [];
  for (let at = 0; at < count; at++) {
    const score = scoreAt(at);
    if (score <= 0 || (top.length >= limit && score <= top[top.length - 1]!.score)) continue;
    let i = top.length;
    while (i > 0 && top[i - 1]!.score < score) i--;
    top.splice(i, 0, { at, score });
    if (top.length > limit) top.pop();
  }
  return top.map((t) => t.at);
}
