// A 50-item feed polled once from a local server: wall time, memory, and how well the article pages' text is
// extracted (title, body without the page chrome), on pages built from the dev articles' own text.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFileBytes } from '../src/corpus/loadCorpus.ts';
import { articleFileText } from '../src/feeds/articleFile.ts';
import { pageText } from '../src/feeds/pageText.ts';
import { pollFeed } from '../src/feeds/pollFeed.ts';

const CHROME = ['Home', 'Politics', 'Share on Facebook', 'Related news', 'Most read', 'Photo: VNA', '© 2026 Agency'];

export async function feedPollFigures(): Promise<{
  items: number;
  taken: number;
  wallMs: number;
  rssMb: number;
  titleExact: number;
  bodyComplete: number;
  chromeFree: number;
}> {
  const devDir = join(import.meta.dirname, '..', 'test', 'fixtures', 'corpus-dev');
  const articles = readdirSync(devDir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => {
      const r = parseFileBytes(readFileSync(join(devDir, f)), f);
      return r.ok ? [r.article] : [];
    });
  const pages = Array.from({ length: 50 }, (_, i) => articles[i % articles.length]!);
  const html = (i: number) => {
    const a = pages[i]!;
    return (
      `<!doctype html><html><head><title>${a.title} | Agency</title></head><body><nav>${CHROME.slice(0, 2)
        .map((c) => `<a href="/">${c}</a>`)
        .join(' ')}</nav>` +
      `<article><h1>${a.title}</h1>${a.paragraphs.map((p) => `<p>${p}</p>`).join('')}<figure><figcaption>${CHROME[5]}</figcaption></figure><div class="share">${CHROME[2]}</div></article>` +
      `<aside><h3>${CHROME[3]}</h3><ul><li><a href="/x">Another story ${i}</a></li></ul><h3>${CHROME[4]}</h3></aside><footer>${CHROME[6]}</footer></body></html>`
    );
  };
  const server = createServer((req, res) => {
    const m = /^\/news\/(\d+)\.html$/.exec(req.url ?? '');
    if (m) return void res.end(html(Number(m[1])));
    if (req.url === '/feed.xml') {
      const items = pages
        .map(
          (a, i) =>
            `<item><title><![CDATA[${a.title}]]></title><link>/news/${i}.html</link><description>Foreign relations, bilateral ties and cooperation.</description></item>`,
        )
        .join('');
      return void res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>${items}</channel></rss>`);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const t0 = performance.now();
  const { poll } = await pollFeed({ name: 'bench', url: `${base}/feed.xml`, source: 'VNA', filter: 'all', every: '30m' }, undefined, {
    corpusDir: mkdtempSync(join(tmpdir(), 'attache-bench-feed-')),
    userAgent: 'Attache/bench',
    maxNew: 50,
  });
  const wallMs = performance.now() - t0;
  const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  server.close();
  let titleExact = 0;
  let bodyComplete = 0;
  let chromeFree = 0;
  for (let i = 0; i < pages.length; i++) {
    const got = pageText(html(i));
    // What the corpus holds: the page's text as written to a file and read back by the loader.
    const file = articleFileText({
      source: 'VNA',
      feed: 'bench',
      url: `${base}/news/${i}.html`,
      title: got.title ?? '',
      paragraphs: got.paragraphs,
    });
    const loaded = parseFileBytes(Buffer.from(file), `p${i}.md`);
    const body = loaded.ok ? loaded.article.paragraphs.join('\n') : '';
    if (got.title?.replace(/\s*\|\s*Agency$/, '') === pages[i]!.title) titleExact += 1;
    if (pages[i]!.paragraphs.every((p) => body.includes(p))) bodyComplete += 1;
    if (!CHROME.some((c) => body.includes(c))) chromeFree += 1;
  }
  return { items: poll.items, taken: poll.new.length, wallMs: Math.round(wallMs), rssMb, titleExact, bodyComplete, chromeFree };
}
