import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse as parseQuery } from 'node:querystring';

/** Slack's own limit on how far a request's timestamp may be from now. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

export type SlackRequestVerdict = { ok: true } | { ok: false; status: 400 | 401; reason: string };

/**
 * Decide whether a request may reach Bolt: signed by Slack with a timestamp within five minutes either way (Bolt
 * itself accepts any future timestamp, so a captured request could be replayed for years), and a body that is an
 * object, as every Slack payload is (Bolt throws on `null` outside any handler, which ends the process).
 */
export function checkSlackRequest(o: {
  secret: string;
  body: string;
  contentType: string;
  timestamp?: string;
  signature?: string;
  nowS: number;
}): SlackRequestVerdict {
  const form = o.contentType.split(';')[0]!.trim() === 'application/x-www-form-urlencoded';
  const fields = form ? parseQuery(o.body) : undefined;
  // Slack's SSL check is unsigned by design; Bolt answers it and drops anything else in the body.
  if (fields?.ssl_check === '1') return { ok: true };
  const ts = Number(o.timestamp);
  if (!o.timestamp || !Number.isInteger(ts)) return { ok: false, status: 401, reason: 'no request timestamp' };
  if (Math.abs(o.nowS - ts) > MAX_CLOCK_SKEW_S) return { ok: false, status: 401, reason: 'request timestamp more than 5 minutes from now' };
  const expected = Buffer.from(`v0=${createHmac('sha256', o.secret).update(`v0:${o.timestamp}:${o.body}`).digest('hex')}`);
  const given = Buffer.from(o.signature ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, status: 401, reason: 'bad signature' };
  let payload: unknown;
  try {
    payload = fields ? (typeof fields.payload === 'string' ? JSON.parse(fields.payload) : fields) : JSON.parse(o.body);
  } catch {
    return { ok: false, status: 400, reason: 'body is not JSON' };
  }
  if (!isObject(payload)) return { ok: false, status: 400, reason: 'body is not an object' };
  // Bolt reads an event's fields before any handler (or error handler) runs.
  if (payload.type === 'event_callback' && !isObject(payload.event))
    return { ok: false, status: 400, reason: 'event callback without an event' };
  return { ok: true };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
