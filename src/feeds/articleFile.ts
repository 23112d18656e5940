import { createHash } from 'node:crypto';
import { foldWords } from '../text/fold.ts';

const slugOf = (s: string, words: number) => foldWords(s).split(' ').filter(Boolean).slice(0, words).join('-').slice(0, 60);

/**
 * `<source>-<YYYY-MM-DD>-<slug>.md`: the agency, the story's date, a few words of its title, and a short hash of
 * its address, so two stories with one headline never share a file and the same address always maps to the same one.
 */
export function articleFileName(o: { source: string; url: string; title: string; date?: string }): string {
  const hash = createHash('sha256').update(o.url).digest('hex').slice(0, 8);
  return `${slugOf(o.source, 2) || 'feed'}-${o.date ?? 'undated'}-${slugOf(o.title, 8) || 'article'}-${hash}.md`;
}

/** The corpus format: front matter the parser reads (source, date, url, title, feed), then one paragraph a block. */
export function articleFileText(o: {
  source: string;
  feed: string;
  url: string;
  title: string;
  date?: string;
  paragraphs: string[];
}): string {
  const clean = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();
  const meta = [
    `source: ${clean(o.source)}`,
    ...(o.date ? [`date: ${o.date}`] : []),
    `url: ${clean(o.url)}`,
    `title: ${clean(o.title)}`,
    `feed: ${clean(o.feed)}`,
  ];
  return `---\n${meta.join('\n')}\n---\n${o.title}\n\n${o.paragraphs.join('\n\n')}\n`;
}
