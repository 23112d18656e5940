/** What a polite fetch of one address gave: its text, or "not modified", with the validators to send next time. */
export type Fetched = { status: 'ok'; body: string; etag?: string; lastModified?: string } | { status: 'not modified' };

export interface FetchOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  etag?: string;
  lastModified?: string;
}

/**
 * GET one address with a User-Agent naming the bot, conditional headers, one deadline for the whole response and a
 * size cap; failures are thrown as one short line (the poller records it for the feed and goes on).
 */
export async function fetchText(url: string, o: FetchOptions): Promise<Fetched> {
  const headers: Record<string, string> = { 'user-agent': o.userAgent, accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5' };
  if (o.etag) headers['if-none-match'] = o.etag;
  if (o.lastModified) headers['if-modified-since'] = o.lastModified;
  let res: Response;
  const signal = AbortSignal.timeout(o.timeoutMs);
  try {
    res = await fetch(url, { headers, signal, redirect: 'follow' });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    throw new Error(e.name === 'TimeoutError' ? `no answer within ${o.timeoutMs / 1000} s` : (e.cause?.code ?? e.message).slice(0, 120), { cause: err });
  }
  if (res.status === 304) return { status: 'not modified' };
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > o.maxBytes) throw new Error(`larger than ${Math.round(o.maxBytes / 1024)} KB`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body ?? []) {
      size += chunk.length;
      if (size > o.maxBytes) throw new Error(`larger than ${Math.round(o.maxBytes / 1024)} KB`);
      chunks.push(chunk);
    }
  } catch (err) {
    const e = err as Error;
    throw new Error(e.name === 'TimeoutError' || e.name === 'AbortError' ? `no answer within ${o.timeoutMs / 1000} s` : e.message.slice(0, 120), { cause: err });
  }
  const etag = res.headers.get('etag') ?? undefined;
  const lastModified = res.headers.get('last-modified') ?? undefined;
  return { status: 'ok', body: Buffer.concat(chunks).toString('utf8'), ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}
