import { createServer } from 'node:net';

/** A port nothing listens on right now, on 127.0.0.1 (for a server a test starts, or one it wants absent). */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
