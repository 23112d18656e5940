import type { PlatformAdapter } from '../../src/core/platformAdapter.ts';
import type { Delivery, Reply } from '../../src/core/reply.ts';

/**
 * A platform for tests of what sits above the seam (supervision, digests): it fails its first `failures` starts,
 * records what is posted to it, and can lose its connection on demand.
 */
export class MockAdapter implements PlatformAdapter {
  starts = 0;
  stops = 0;
  readonly posted: Array<{ channelId: string; reply: Reply; delivery: Delivery }> = [];
  private lost?: (why: string) => void;

  constructor(
    readonly name: PlatformAdapter['name'] = 'discord',
    private failures = 0,
  ) {}

  async start(lost: (why: string) => void): Promise<void> {
    this.starts += 1;
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('connect ECONNREFUSED');
    }
    this.lost = lost;
  }

  async post(channelId: string, reply: Reply, delivery: Delivery): Promise<void> {
    this.posted.push({ channelId, reply, delivery });
  }

  async stop(): Promise<void> {
    this.stops += 1;
  }

  /** The platform's connection ends for good, as an SDK reports it. */
  lose(why: string): void {
    this.lost?.(why);
  }
}
