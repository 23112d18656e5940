import type { Logger } from './log.ts';
import type { PlatformAdapter } from '../core/platformAdapter.ts';

/** Waits before the next start after a failure: 5 s, doubling, at most 5 minutes. */
export const RETRY_MS = { first: 5_000, max: 300_000 };

/**
 * One platform kept running: started once; when it cannot start while others serve, or loses its connection later,
 * started again with back-off, while the other platforms keep serving. Posting to it while it is down fails at once,
 * so a digest is retried on the scheduler's own terms.
 */
export class PlatformSupervisor {
  private running = false;
  private timer?: NodeJS.Timeout;
  private delay: number;
  private stopped = false;

  constructor(
    readonly adapter: PlatformAdapter,
    private readonly log: Logger,
    private readonly retry = RETRY_MS,
  ) {
    this.delay = retry.first;
  }

  get name(): PlatformAdapter['name'] {
    return this.adapter.name;
  }

  /** Whether it is up now. */
  get up(): boolean {
    return this.running;
  }

  /** Start it once; false (logged) when it could not start. */
  async start(): Promise<boolean> {
    try {
      const generation = {};
      this.current = generation;
      await this.adapter.start((why) => this.lost(generation, why));
      this.running = true;
      this.delay = this.retry.first;
      return true;
    } catch (err) {
      this.log.error({ err: (err as Error).message, platform: this.name }, 'platform failed to start');
      return false;
    }
  }

  /** From now on a failure is retried with back-off (once the process is known to keep serving). */
  keepTrying(): void {
    if (!this.running) this.schedule();
  }

  post: PlatformAdapter['post'] = (channelId, reply, delivery) => {
    if (!this.running) return Promise.reject(new Error(`${this.name} is not connected at the moment`));
    return this.adapter.post(channelId, reply, delivery);
  };

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const was = this.running;
    this.running = false;
    if (was) await this.adapter.stop();
  }

  // Each start is a generation: a late "lost" from an instance already replaced is ignored.
  private current?: object;

  private lost(generation: object, why: string): void {
    if (this.stopped || generation !== this.current) return;
    this.log.error({ platform: this.name, why, retryInMs: this.delay }, 'platform connection lost; reconnecting');
    this.running = false;
    void this.adapter.stop().catch(() => undefined);
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const wait = this.delay;
    this.delay = Math.min(this.retry.max, this.delay * 2);
    this.timer = setTimeout(async () => {
      if (this.stopped) return;
      if (await this.start()) this.log.info({ platform: this.name }, 'platform reconnected');
      else this.schedule();
    }, wait);
    this.timer.unref();
  }
}
