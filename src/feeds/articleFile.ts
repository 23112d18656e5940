import { createHash } from 'node:crypto';
import { foldWords } from '../text/fold.ts';

/** A file name for a story: its date, a few words of its title, and a hash of its address (unique, stable). */
export function articleFileName(o: { url: string; title: string; date?: string }): string {
  const slug = foldWords(o.title).split(' ').filter(Boolean).slice(0, 8).join('-').slice(0, 60) || 'article';
  const hash = createHash('sha256').update(o.url).digest('hex').slice(0, 10);
  return `${o.date ?? 'undated'}_${slug}_${hash}.txt`;
}

/** The corpus format: front matter the parser reads (source, date, url, title), then one paragraph a block. */
export function articleFileText(o: { source: string; url: string; title: string; date?: string; paragraphs: string[] }): string {
  const clean = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();
  const meta = [`source: ${clean(o.source)}`, ...(o.date ? [`date: ${o.date}`] : []), `url: ${clean(o.url)}`, `title: ${clean(o.title)}`];
  return `---\n${meta.join('\n')}\n---\n${o.title}\n\n${o.paragraphs.join('\n\n')}\n`;
}
