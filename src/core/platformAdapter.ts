import type { Delivery, Reply } from './reply.ts';

/**
 * One chat platform the bot serves (Discord, Slack, the console): the one seam between the app and a platform.
 * An adapter turns the platform's events into router calls and a `Reply` into the platform's messages; `main`
 * starts a list of them, each supervised (restarted with back-off when it fails), and posts digests through them.
 */
export interface PlatformAdapter {
  readonly name: 'console' | 'discord' | 'slack';
  /**
   * Connect and start handling messages; may be called again after a failure or `stop`. `lost` is told when the
   * connection ends for good later (the SDK has stopped reconnecting).
   */
  start(lost: (why: string) => void): Promise<void>;
  /** Post to a channel (the digest); `delivery` lets the platform drop a repeat of the same slot. */
  post(channelId: string, reply: Reply, delivery: Delivery): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when the platform ends by itself (the console's /quit); absent for a network platform. */
  readonly finished?: Promise<void>;
}

/** What a platform's start function returns: how to post to it and how to stop it (startDiscord, startSlack). */
export interface Connection {
  post(channelId: string, reply: Reply, delivery: Delivery): Promise<void>;
  stop(): Promise<void>;
}

/** The adapter over a start function that opens one connection per start. */
export function adapterFrom(name: PlatformAdapter['name'], connect: (lost: (why: string) => void) => Promise<Connection>): PlatformAdapter {
  let open: Connection | undefined;
  return {
    name,
    async start(lost) {
      open = await connect(lost);
    },
    post(channelId, reply, delivery) {
      return open ? open.post(channelId, reply, delivery) : Promise.reject(new Error(`${name} is not connected at the moment`));
    },
    async stop() {
      const was = open;
      open = undefined;
      await was?.stop();
    },
  };
}
