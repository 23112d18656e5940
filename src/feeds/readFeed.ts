import { parseFeed } from 'feedsmith';
import { checkIsoDate, monthNumber } from '../corpus/dates.ts';

/** One item of a feed, cleaned: plain-text title, absolute link, a checked date when it has one. */
export interface FeedItem {
  title: string;
  url: string;
  /** YYYY-MM-DD, only when the item's date is a real calendar date. */
  date?: string;
  summary: string;
}

const text = (v: unknown): string => {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'value' in v) return String((v as { value: unknown }).value ?? '');
  return '';
};
/** Titles and summaries arrive with HTML in them (and CDATA around it): text only, entities decoded. */
function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(
      /&(amp|lt|gt|quot|#39|apos|nbsp);/g,
      (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' })[e]!,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A feed date (RFC 822 "Wed, 04 Mar 2026 08:00 +0700", or ISO 8601) as the calendar day it is written with, checked:
 * Date.parse would turn "30 Feb" into 2 March.
 */
export function calendarDayOf(value: string): string | undefined {
  const rfc = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(value);
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const month = rfc ? monthNumber(rfc[2]!) : undefined;
  const written =
    rfc && month
      ? `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`
      : iso
        ? `${iso[1]}-${iso[2]}-${iso[3]}`
        : undefined;
  if (!written) return undefined;
  const checked = checkIsoDate(written);
  return 'iso' in checked ? checked.iso : undefined;
}

/**
 * The items of an RSS 2.0, RSS 1.0, Atom or JSON feed (feedsmith parses; this keeps what the poller needs). Relative
 * links are resolved against the feed's own address; an item without a usable link is left out.
 */
export function readFeed(body: string, feedUrl: string): FeedItem[] {
  const { format, feed } = parseFeed(body) as { format: string; feed: Record<string, unknown> };
  const raw = ((format === 'atom' ? feed.entries : feed.items) ?? []) as Array<Record<string, unknown>>;
  const out: FeedItem[] = [];
  for (const item of raw) {
    const links = item.links as Array<{ href?: string; rel?: string }> | undefined;
    const href = text(item.link) || text(item.url) || links?.find((l) => !l.rel || l.rel === 'alternate')?.href || '';
    let url: string;
    try {
      url = new URL(href.trim(), feedUrl).toString();
    } catch {
      continue;
    }
    if (!/^https?:/.test(url)) continue;
    const title = plain(text(item.title));
    const when =
      text(item.pubDate) ||
      text(item.published) ||
      text(item.updated) ||
      text(item.date_published) ||
      text((item.dc as { date?: unknown } | undefined)?.date);
    const date = when ? calendarDayOf(when) : undefined;
    out.push({
      title,
      url,
      ...(date ? { date } : {}),
      summary: plain(text(item.description) || text(item.summary) || text(item.content_text)),
    });
  }
  return out;
}
