import { randomBytes } from 'node:crypto';
import type { Reply } from '../core/reply.ts';

/** Recent replies by a short key, so "Sources" and feedback buttons can find what they belong to. */
export class ReplyCache {
  private readonly map = new Map<string, Reply>();
  constructor(private readonly size = 500) {}

  put(reply: Reply): string {
    const key = randomBytes(6).toString('base64url');
    this.map.set(key, reply);
    // Oldest first out: a Map iterates in insertion order.
    while (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
    return key;
  }

  get(key: string): Reply | undefined {
    return this.map.get(key);
  }
}
