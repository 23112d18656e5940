import { describe, expect, it } from 'vitest';
import { RebuildQueue } from '../../src/corpus/rebuildQueue.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the rebuild queue', () => {
  it('turns a burst of requests into few runs that never overlap, and every request settles', async () => {
    let runs = 0;
    let inFlight = 0;
    let overlapped = false;
    const q = new RebuildQueue(
      async () => {
        runs += 1;
        inFlight += 1;
        if (inFlight > 1) overlapped = true;
        await sleep(20);
        inFlight -= 1;
      },
      { delayMs: 10, onError: () => undefined },
    );
    const waits: Promise<void>[] = [];
    for (let i = 0; i < 500; i++) {
      waits.push(q.request());
      if (i % 100 === 0) await sleep(15);
    }
    await Promise.all(waits);
    await q.idle();
    expect(overlapped).toBe(false);
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(runs).toBeLessThanOrEqual(8);
  });

  it('retries a failed run with back-off until it passes, reporting each failure', async () => {
    const errors: number[] = [];
    let calls = 0;
    const q = new RebuildQueue(
      () => {
        calls += 1;
        if (calls < 3) throw new Error('disk hiccup');
      },
      { delayMs: 5, backoffMs: 10, onError: (_e, n) => errors.push(n) },
    );
    await q.request();
    expect(calls).toBe(1);
    await q.idle();
    expect(calls).toBe(3);
    expect(errors).toEqual([1, 2]);
  });

  it('releases every waiter on close, even while failing', async () => {
    const q = new RebuildQueue(() => Promise.reject(new Error('always')), { delayMs: 5, backoffMs: 10_000, onError: () => undefined });
    await q.request();
    const idle = q.idle();
    q.close();
    await idle;
    await q.request();
  });
});
