import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
}

/** What the fake model does with one request: answer with text, fail with a status, hang, or send raw bytes. */
export type FakeBehaviour = { reply: string | null } | { status: number; body?: unknown } | { hang: true } | { raw: string };

/**
 * A local OpenAI-compatible server for tests: POST /v1/chat/completions, answered by a script. It records every
 * request so tests can check what the model was shown.
 */
export class FakeOpenAI {
  readonly requests: ChatRequest[] = [];
  private server?: Server;
  private readonly hanging: ServerResponse[] = [];

  constructor(public behave: (req: ChatRequest, n: number) => FakeBehaviour) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    for (const r of this.hanging) r.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** The passages block of the n-th request, as the model saw it. */
  userMessage(n = this.requests.length - 1): string {
    return this.requests[n]?.messages.find((m) => m.role === 'user')?.content ?? '';
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404).end();
      return;
    }
    const parsed = JSON.parse(body) as ChatRequest;
    this.requests.push(parsed);
    const b = this.behave(parsed, this.requests.length - 1);
    if ('hang' in b) {
      this.hanging.push(res);
      return;
    }
    if ('raw' in b) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(b.raw);
      return;
    }
    if ('status' in b) {
      res
        .writeHead(b.status, { 'content-type': 'application/json', 'retry-after-ms': '10' })
        .end(JSON.stringify(b.body ?? { error: { message: 'fake failure', type: 'server_error' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: `chatcmpl-${this.requests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: parsed.model,
        choices: [{ index: 0, message: { role: 'assistant', content: b.reply }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    );
  }
}

/** The numbered passages a request showed the model: "[1] text". */
export function passagesShown(userMessage: string): Map<number, string> {
  const block = /<passages>\n([\s\S]*?)\n<\/passages>/.exec(userMessage)?.[1] ?? '';
  // Each passage is "[n] title (date, source)" and its text on the next line, passages a blank line apart.
  return new Map(
    block
      .split(/\n\n(?=\[\d+\] )/)
      .map((p) => /^\[(\d+)\] ([\s\S]*)$/.exec(p))
      .filter((m) => m !== null)
      .map((m) => [Number(m[1]), m[2]!]),
  );
}
