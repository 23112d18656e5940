/** What a polite fetch of one address gave: its text, or "not modified", with the validators to send next time. */
export type Fetched = { status: 'ok'; body: string; url: string; etag?: string; lastModified?: string } | { status: 'not modified' };

export interface FetchOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  etag?: string;
  lastModified?: string;
}

/** A refusal that says when to come back (429 or 503 with Retry-After). */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly until: Date,
  ) {
    super(message);
  }
}

const MAX_REDIRECTS = 5;

/**
 * GET one address with a User-Agent naming the bot, conditional headers, one deadline for the whole response
 * (connect, headers and body), a size cap, and at most five redirects, each to http(s) only; failures are thrown as
 * one short line (the poller records it for the feed and goes on).
 */
export async function fetchText(url: string, o: FetchOptions): Promise<Fetched> {
  const headers: Record<string, string> = {
    'user-agent': o.userAgent,
    accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5',
  };
  if (o.etag) headers['if-none-match'] = o.etag;
  if (o.lastModified) headers['if-modified-since'] = o.lastModified;
  const signal = AbortSignal.timeout(o.timeoutMs);
  const timedOut = `no answer within ${o.timeoutMs / 1000} s`;
  let at = url;
  let res: Response | undefined;
  for (let hop = 0; ; hop++) {
    try {
      res = await fetch(at, { headers, signal, redirect: 'manual' });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      throw new Error(e.name === 'TimeoutError' ? timedOut : (e.cause?.code ?? e.message).slice(0, 120), { cause: err });
    }
    if (res.status < 300 || res.status >= 400 || res.status === 304) break;
    const to = res.headers.get('location');
    if (!to) break;
    if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
    const next = new URL(to, at);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new Error(`redirect to ${next.protocol} refused`);
    at = next.toString();
  }
  if (res.status === 304) return { status: 'not modified' };
  if (res.status === 429 || res.status === 503) {
    const wait = retryAfterMs(res.headers.get('retry-after'));
    if (wait !== undefined)
      throw new RetryLater(`HTTP ${res.status}, retry after ${Math.round(wait / 1000)} s`, new Date(Date.now() + wait));
  }
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  const tooLarge = `larger than ${Math.round(o.maxBytes / 1024 / 1024)} MB`;
  if (declared > o.maxBytes) throw new Error(tooLarge);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body ?? []) {
      size += chunk.length;
      if (size > o.maxBytes) throw new Error(tooLarge);
      chunks.push(chunk);
    }
  } catch (err) {
    const e = err as Error;
    throw new Error(e.name === 'TimeoutError' || e.name === 'AbortError' ? timedOut : e.message.slice(0, 120), { cause: err });
  }
  const etag = res.headers.get('etag') ?? undefined;
  const lastModified = res.headers.get('last-modified') ?? undefined;
  return {
    status: 'ok',
    body: decode(Buffer.concat(chunks), res.headers.get('content-type')),
    url: at,
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
  };
}

/**
 * Bytes as text in the charset the server names (Content-Type, or the document's own XML or meta declaration),
 * UTF-8 when it names none or one this runtime does not know.
 */
function decode(bytes: Buffer, contentType: string | null): string {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const charset =
    /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ??
    /<\?xml[^>]*encoding=["']([\w-]+)/i.exec(head)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Retry-After in seconds or as an HTTP date, capped at a day. */
function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const s = Number(value);
  const ms = Number.isFinite(s) ? s * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, 86_400_000) : undefined;
}
