import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What an article page says: its headline, paragraphs, publication time and canonical address. */
export interface PageText {
  title?: string;
  paragraphs: string[];
  /** From the page's metadata, its JSON-LD, a <time> element or a visible date line, in that order. */
  published?: string;
  /** The address the page gives as its own (rel=canonical, og:url), absolute; the same story under two addresses has one. */
  canonical?: string;
}

type Doc = ReturnType<typeof parseHTML>['document'];

/** datePublished from the page's JSON-LD (a NewsArticle, possibly inside @graph or a list). */
function jsonLdDate(document: Doc): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block says nothing; the next may
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const x = queue.shift();
      if (Array.isArray(x)) queue.push(...x);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        if (typeof o.datePublished === 'string') return o.datePublished;
        if (o['@graph']) queue.push(o['@graph']);
      }
    }
  }
  return undefined;
}

/** A date line the page shows ("08/01/2026 14:20", "Thursday, January 8, 2026"), as YYYY-MM-DD when it is one. */
function visibleDate(document: Doc): string | undefined {
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  if (time) return time;
  for (const el of document.querySelectorAll('[class*="date"], [class*="time"], [itemprop="datePublished"]')) {
    const text = (el.textContent ?? '').trim();
    if (text.length > 60) continue;
    // Vietnamese agencies write day/month/year.
    const dmy = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
    if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
    const mdy = /\b([A-Z][a-z]+)\s+(\d{1,2}),\s+(\d{4})\b/.exec(text);
    if (mdy) return `${mdy[2]} ${mdy[1]} ${mdy[3]}`;
  }
  return undefined;
}

function canonicalOf(document: Doc, base: string | undefined): string | undefined {
  const href =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Short lines Readability keeps inside an article that are the page's, not the story's: share buttons, captions. */
const PAGE_CHROME =
  /^(?:share(?: on \w+)?|tweet|print|e-?mail|copy link|photo\s*:.{0,60}|\(photo\s*:.{0,60}\)|related(?: news| stories| articles)?|read more|most read|tags?\s*:.{0,80}|see more)$/i;

/**
 * The article text of a news page: Readability (Firefox's reader view) finds the story among menus, teasers and
 * footers; linkedom gives it a DOM without a browser. Paragraphs are kept apart, as the corpus format needs.
 */
export function pageText(html: string, pageUrl?: string): PageText {
  const { document } = parseHTML(html);
  const published =
    document
      .querySelector('meta[property="article:published_time"], meta[name="pubdate"], meta[itemprop="datePublished"]')
      ?.getAttribute('content') ??
    jsonLdDate(document) ??
    visibleDate(document);
  const canonical = canonicalOf(document, pageUrl);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const meta = { ...(published ? { published } : {}), ...(canonical ? { canonical } : {}) };
  if (!article?.content) return { paragraphs: [], ...meta };
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const paragraphs = [...body.querySelectorAll('p, li, h2, h3, blockquote')]
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0 && !PAGE_CHROME.test(t));
  return { ...(article.title ? { title: article.title.trim() } : {}), paragraphs, ...meta };
}
