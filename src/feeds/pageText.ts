import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What an article page says: its headline, paragraphs and publication time (from the page's metadata). */
export interface PageText {
  title?: string;
  paragraphs: string[];
  published?: string;
}

/** Short lines Readability keeps inside an article that are the page's, not the story's: share buttons, captions. */
const PAGE_CHROME = /^(?:share(?: on \w+)?|tweet|print|e-?mail|copy link|photo\s*:.{0,60}|\(photo\s*:.{0,60}\)|related(?: news| stories| articles)?|read more|most read|tags?\s*:.{0,80}|see more)$/i;

/**
 * The article text of a news page: Readability (Firefox's reader view) finds the story among menus, teasers and
 * footers; linkedom gives it a DOM without a browser. Paragraphs are kept apart, as the corpus format needs.
 */
export function pageText(html: string): PageText {
  const { document } = parseHTML(html);
  const published = document.querySelector('meta[property="article:published_time"], meta[name="pubdate"], meta[itemprop="datePublished"]')?.getAttribute('content') ?? undefined;
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  if (!article?.content) return { paragraphs: [], ...(published ? { published } : {}) };
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const paragraphs = [...body.querySelectorAll('p, li, h2, h3, blockquote')]
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0 && !PAGE_CHROME.test(t));
  return { ...(article.title ? { title: article.title.trim() } : {}), paragraphs, ...(published ? { published } : {}) };
}
