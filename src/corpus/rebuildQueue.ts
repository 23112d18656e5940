/**
 * Runs one job (a corpus rebuild) on request, so that any burst of requests becomes few runs and none is lost.
 *
 * - Requests that arrive before a run starts share it; requests during a run get exactly one more run after it.
 * - Runs never overlap: the in-flight one finishes before the next starts.
 * - A failed run is reported and retried with doubling back-off until one succeeds or a new request arrives.
 * - Every promise it hands out settles: `request()` resolves once a run that started after it has ended (passed or
 *   failed), `idle()` once nothing is pending, and `close()` releases every waiter.
 */
export class RebuildQueue {
  private dirty = false;
  private running = false;
  private closed = false;
  private timer?: NodeJS.Timeout;
  private failures = 0;
  /** Waiting for the next run to end. */
  private nextRun: Array<() => void> = [];
  /** Waiting for nothing to be pending. */
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly job: () => void | Promise<void>,
    private readonly o: {
      /** How long to gather a burst before the first run. */
      delayMs: number;
      /** First retry delay after a failure; doubles up to maxBackoffMs. */
      backoffMs?: number;
      maxBackoffMs?: number;
      onError: (err: unknown, failures: number) => void;
    },
  ) {}

  /** Ask for a run; resolves when a run that began after this call has ended. */
  request(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.dirty = true;
    const done = new Promise<void>((resolve) => this.nextRun.push(resolve));
    // A new request cuts a back-off short: the folder changed, so the next try may well pass.
    if (this.failures && this.timer && !this.running) this.cancelTimer();
    this.arm(this.o.delayMs);
    return done;
  }

  /** Resolves when no run is pending or in flight (or the queue is closed). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stop: no further runs; an in-flight run finishes on its own; every waiter is released. */
  close(): void {
    this.closed = true;
    this.cancelTimer();
    this.release(this.nextRun);
    this.release(this.idleWaiters);
  }

  private isIdle(): boolean {
    return this.closed || (!this.dirty && !this.running && !this.timer);
  }

  private arm(delayMs: number): void {
    if (this.running || this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delayMs);
  }

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async run(): Promise<void> {
    if (this.closed) return;
    this.running = true;
    this.dirty = false;
    const waiting = this.nextRun.splice(0);
    try {
      await this.job();
      this.failures = 0;
    } catch (err) {
      this.failures += 1;
      // The change that asked for this run is still unapplied: keep it pending.
      this.dirty = true;
      try {
        this.o.onError(err, this.failures);
      } catch {
        // A failing reporter must not stop the queue.
      }
    } finally {
      this.running = false;
    }
    this.release(waiting);
    if (this.dirty) {
      const backoff = Math.min((this.o.backoffMs ?? 500) * 2 ** (this.failures - 1), this.o.maxBackoffMs ?? 60_000);
      this.arm(this.failures ? backoff : this.o.delayMs);
    }
    if (this.isIdle()) this.release(this.idleWaiters);
  }

  private release(waiters: Array<() => void>): void {
    for (const resolve of waiters.splice(0)) resolve();
  }
}
