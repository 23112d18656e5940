import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  path: string;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Files of a multipart request (an attached chart), with their bytes. */
  files: Array<{ name: string; filename: string; data: Buffer }>;
}

/** A multipart/form-data body as discord.js sends it: the JSON payload and the files. */
function multipart(raw: Buffer, boundary: string): { body: unknown; files: RecordedRequest['files'] } {
  const files: RecordedRequest['files'] = [];
  let body: unknown;
  const text = raw.toString('latin1');
  for (const part of text.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    const content = part.slice(split + 4).replace(/\r\n$/, '');
    const name = /name="([^"]+)"/.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]+)"/.exec(head)?.[1];
    if (name === 'payload_json') body = JSON.parse(Buffer.from(content, 'latin1').toString('utf8'));
    else if (filename) files.push({ name, filename, data: Buffer.from(content, 'latin1') });
  }
  return { body, files };
}

export const BOT_ID = '900000000000000001';
export const APP_ID = '900000000000000002';
export const GUILD_ID = '900000000000000003';
export const CHANNEL_ID = '900000000000000004';
export const USER_ID = '900000000000000005';

let snowflake = 1_000_000_000_000_000_000n;
const nextId = () => String(++snowflake);

/**
 * A small Discord: the REST routes discord.js uses for commands, interactions and messages, and a gateway that
 * says HELLO, answers IDENTIFY with READY and a GUILD_CREATE, then lets a test dispatch events.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  private http?: Server;
  private wss?: WebSocketServer;
  private socket?: WebSocket;
  private seq = 0;
  private ready?: () => void;
  readonly connected = new Promise<void>((resolve) => (this.ready = resolve));
  apiUrl = '';

  async start(): Promise<string> {
    // While `refusing`, the gateway turns connections away, as a Discord outage would.
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0, verifyClient: () => !this.refusing });
    await new Promise<void>((r) => this.wss!.once('listening', () => r()));
    const wsUrl = `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}`;
    this.wss.on('connection', (ws) => this.onSocket(ws));
    this.http = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const bytes = Buffer.concat(chunks);
      const raw = bytes.toString('utf8');
      const path = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\/api\/v10/, ''));
      const type = req.headers['content-type'] ?? '';
      const boundary = /multipart\/form-data;\s*boundary=(.+)$/.exec(type)?.[1];
      const { body, files } = boundary
        ? multipart(bytes, boundary)
        : { body: raw && type.includes('json') ? JSON.parse(raw) : raw, files: [] };
      this.requests.push({ method: req.method!, path, body, files });
      const json = (status: number, data?: unknown) => {
        if (data === undefined) return void res.writeHead(status).end();
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      if (req.method === 'GET' && path === '/gateway/bot')
        return json(200, {
          url: wsUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        });
      if (req.method === 'PUT' && /\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path))
        return json(
          200,
          (body as unknown[]).map((c) => ({ ...(c as object), id: nextId(), application_id: APP_ID, version: '1' })),
        );
      if (req.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return json(204);
      if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path)) return json(200, this.message(body));
      if (req.method === 'POST' && /^\/channels\/\d+\/typing$/.test(path)) return json(204);
      if (req.method === 'POST' && /^\/channels\/\d+\/messages$/.test(path)) return json(200, this.message(body));
      json(404, { message: 'Unknown route', code: 0 });
    });
    await new Promise<void>((r) => this.http!.listen(0, '127.0.0.1', r));
    this.apiUrl = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}/api`;
    return this.apiUrl;
  }

  async stop(): Promise<void> {
    this.socket?.terminate();
    await new Promise<void>((r) => this.wss?.close(() => r()) ?? r());
    this.http?.closeAllConnections();
    await new Promise<void>((r) => this.http?.close(() => r()) ?? r());
  }

  private message(body: { content?: string; embeds?: unknown[]; components?: unknown[] }) {
    return {
      id: nextId(),
      channel_id: CHANNEL_ID,
      author: { id: BOT_ID, username: 'attache', discriminator: '0', bot: true },
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
    };
  }

  /** Gateway connections opened so far (a reconnect opens another). */
  connections = 0;
  /** Identify (op 2) or resume (op 6) messages received: a connection the bot has finished opening. */
  identifies = 0;
  refusing = false;

  /** The connection breaks without a close frame (a network failure). */
  cut(): void {
    this.socket?.terminate();
  }

  /** The gateway drops the bot's connection with a close code (4000 unknown error; 4004 authentication failed…). */
  drop(code: number): void {
    this.socket?.close(code, 'dropped by the test');
  }

  private onSocket(ws: WebSocket): void {
    this.connections += 1;
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { op: number; d: unknown };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op === 2 || msg.op === 6) this.identifies += 1;
      if (msg.op === 2) {
        this.dispatch('READY', {
          v: 10,
          user: { id: BOT_ID, username: 'attache', discriminator: '0', bot: true },
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: 'fake-session',
          resume_gateway_url: 'ws://127.0.0.1:1',
          application: { id: APP_ID, flags: 0 },
        });
        this.dispatch('GUILD_CREATE', {
          id: GUILD_ID,
          name: 'Embassy',
          owner_id: USER_ID,
          unavailable: false,
          member_count: 2,
          roles: [],
          emojis: [],
          stickers: [],
          features: [],
          channels: [{ id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, position: 0, permission_overwrites: [] }],
          members: [],
          presences: [],
          voice_states: [],
          threads: [],
          stage_instances: [],
          guild_scheduled_events: [],
          joined_at: new Date().toISOString(),
          large: false,
        });
        this.ready?.();
      }
    });
  }

  dispatch(t: string, d: unknown): void {
    this.socket?.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  private member() {
    return {
      user: { id: USER_ID, username: 'analyst', discriminator: '0' },
      roles: [],
      permissions: '0',
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    };
  }

  /** An interaction of any type, with whatever data (or none) a test wants. */
  interaction(type: number, data: unknown, extra: object = {}) {
    const id = nextId();
    const token = `tok-${id}`;
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      type,
      data,
      guild_id: GUILD_ID,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0 },
      member: this.member(),
      token,
      version: 1,
      app_permissions: '0',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: {},
      context: 0,
      ...extra,
    });
    return { id, token };
  }

  /** A user runs a slash command. */
  command(name: string, options: Record<string, string | number>) {
    return this.interaction(2, {
      id: nextId(),
      name,
      type: 1,
      options: Object.entries(options).map(([n, v]) => ({ name: n, type: typeof v === 'number' ? 4 : 3, value: v })),
    });
  }

  /** A user types into an autocompleted option. */
  autocomplete(name: string, option: string, typed: string) {
    return this.interaction(4, { id: nextId(), name, type: 1, options: [{ name: option, type: 3, value: typed, focused: true }] });
  }

  /** A user presses a button on one of the bot's messages. */
  button(customId: string) {
    return this.interaction(3, { custom_id: customId, component_type: 2 }, { message: this.message({ content: '' }) });
  }

  /** A user writes a message in the guild channel. */
  say(content: string, mentionBot: boolean) {
    this.dispatch('MESSAGE_CREATE', {
      id: nextId(),
      channel_id: CHANNEL_ID,
      guild_id: GUILD_ID,
      author: { id: USER_ID, username: 'analyst', discriminator: '0' },
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false },
      content,
      mentions: mentionBot ? [{ id: BOT_ID, username: 'attache', discriminator: '0', bot: true }] : [],
      mention_roles: [],
      mention_everyone: false,
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      tts: false,
      type: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
    });
  }

  /** Wait until a request matching the test arrives. */
  async waitFor(test: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.requests.find(test);
      if (hit) return hit;
      if (Date.now() > deadline)
        throw new Error(`no matching request; got: ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
