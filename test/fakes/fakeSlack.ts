import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
}

/**
 * A local Slack: the Web API methods the bot calls (form or JSON bodies, blocks JSON-encoded) and response_url
 * endpoints, each recorded.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly responses: Array<{ id: string; body: any }> = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  private server?: Server;
  base = '';
  /** How chat.postMessage behaves: answer, fail with a 5xx, or never answer. */
  postMessage: 'ok' | 'error500' | 'hang' = 'ok';
  /** How long an accepted chat.postMessage waits before it answers (the message is in the channel already). */
  postDelayMs = 0;
  /** What each channel holds, oldest first, as conversations.history shows it. */
  readonly history = new Map<string, Array<{ ts: string; text?: string; metadata?: unknown }>>();
  /** Files uploaded (their bytes), by the id getUploadURLExternal gave them. */
  readonly uploads: Array<{ id: string; data: Buffer }> = [];

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = req.url ?? '';
      // The bytes of a file upload (files.uploadV2 posts them to the address getUploadURLExternal gave).
      if (url.startsWith('/upload/')) {
        // As a multipart form (the file its one part) or as the raw bytes.
        const bytes = Buffer.concat(chunks);
        const boundary = /boundary=(.+)$/.exec(String(req.headers['content-type'] ?? ''))?.[1];
        let data = bytes;
        if (boundary) {
          const text = bytes.toString('latin1');
          const part = text.split(`--${boundary}`).find((p) => /filename="/.test(p)) ?? '';
          data = Buffer.from(part.slice(part.indexOf('\r\n\r\n') + 4).replace(/\r\n$/, ''), 'latin1');
        }
        this.uploads.push({ id: url.slice('/upload/'.length), data });
        res.writeHead(200, { 'content-type': 'text/plain' });
        return void res.end('OK - uploaded');
      }
      const type = req.headers['content-type'] ?? '';
      const parsed: Record<string, unknown> = type.includes('json')
        ? JSON.parse(raw || '{}')
        : Object.fromEntries(new URLSearchParams(raw));
      for (const k of ['blocks', 'attachments', 'metadata']) if (typeof parsed[k] === 'string') parsed[k] = JSON.parse(parsed[k] as string);
      res.setHeader('content-type', 'application/json');
      if (url.startsWith('/respond/')) {
        this.responses.push({ id: url.slice('/respond/'.length), body: parsed });
        return void res.end('{"ok":true}');
      }
      const method = url.replace(/^\/api\//, '').split('?')[0]!;
      this.calls.push({ method, args: parsed });
      if (method === 'auth.test')
        return void res.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'attache' }));
      if (method === 'chat.postMessage' && this.postMessage === 'hang') return;
      if (method === 'chat.postMessage' && this.postMessage === 'error500')
        return void res.writeHead(503).end('{"ok":false,"error":"service_unavailable"}');
      if (method === 'conversations.history') {
        const held = [...(this.history.get(String(parsed.channel)) ?? [])].reverse();
        const all = String(parsed.include_all_metadata) === 'true';
        return void res.end(JSON.stringify({ ok: true, messages: held.map((m) => (all ? m : { ...m, metadata: undefined })) }));
      }
      if (method === 'files.getUploadURLExternal') {
        const id = `F${this.calls.length}`;
        return void res.end(JSON.stringify({ ok: true, upload_url: `${this.base}/upload/${id}`, file_id: id }));
      }
      if (method === 'files.completeUploadExternal') {
        const files = (typeof parsed.files === 'string' ? JSON.parse(parsed.files) : parsed.files) as Array<{ id: string; title?: string }>;
        return void res.end(JSON.stringify({ ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) }));
      }
      if (method === 'chat.postMessage') {
        const ts = `${(Date.now() / 1000).toFixed(6)}`;
        const channel = String(parsed.channel);
        this.history.set(channel, [
          ...(this.history.get(channel) ?? []),
          { ts, text: parsed.text as string | undefined, ...(parsed.metadata ? { metadata: parsed.metadata } : {}) },
        ]);
        await new Promise((r) => setTimeout(r, this.postDelayMs));
        return void res.end(JSON.stringify({ ok: true, channel, ts }));
      }
      res.end('{"ok":true}');
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.base}/respond/${id}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  async waitFor<T>(find: () => T | undefined, timeoutMs = 8000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = find();
      if (hit !== undefined) return hit;
      if (Date.now() > deadline)
        throw new Error(`timed out; calls: ${this.calls.map((c) => c.method).join(', ')}; responses: ${this.responses.length}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** Sign a request body the way Slack does. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POST a signed request to Bolt's receiver; returns status, body and when the response arrived. */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  contentType: string,
  extra: { timestamp?: number; headers?: Record<string, string> } = {},
) {
  const ts = extra.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': slackSignature(secret, ts, body),
      ...extra.headers,
    },
    body,
  });
  return { status: res.status, text: await res.text(), at: Date.now() };
}
