import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFileBytes } from '../../src/corpus/loadCorpus.ts';
import { readFeedsFile } from '../../src/feeds/feedsFile.ts';
import { readFeed } from '../../src/feeds/readFeed.ts';
import { attache, cleanEnv } from '../support/spawnCli.ts';

const words = (n: number, topic: string) => Array.from({ length: n }, (_, i) => `${topic}${i % 7 === 0 ? '.' : ''}`).join(' ');
const page = (title: string, lead: string) =>
  `<!doctype html><html><head><title>${title} | Agency</title><meta property="article:published_time" content="2026-03-04T09:00:00+07:00"></head><body>` +
  `<nav><a href="/">Home</a> <a href="/politics">Politics</a></nav><article><h1>${title}</h1><p>${lead}</p>` +
  `<div class="share">Share on Facebook</div><p>The two sides agreed to expand cooperation in trade, investment, education and renewable energy, and to exchange delegations at all levels in the coming years. ${words(30, 'cooperation')}</p></article>` +
  `<aside>Related news: another story</aside><footer>© Agency</footer></body></html>`;

const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Politics</title><link>http://HOST/</link>
<item><title><![CDATA[Vietnam, <b>Chile</b> hold political consultation]]></title><link>/news/chile.html</link><pubDate>Wed, 04 Mar 2026 08:00:00 +0700</pubDate><description>Deputy Foreign Minister met the Chilean ambassador.</description></item>
<item><title>Hanoi FC wins the national football cup</title><link>/news/football.html</link><pubDate>Wed, 04 Mar 2026 09:00:00 +0700</pubDate><description>Sport.</description></item>
<item><title>Vietnam and Kenya review ties</title><link>/news/empty.html</link><pubDate>Wed, 30 Feb 2026 09:00:00 +0700</pubDate><description>Bilateral relations.</description></item>
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Diplomacy</title>
<entry><title type="html">Vietnam &amp; Peru sign fisheries agreement</title><link rel="alternate" href="http://HOST/news/peru.html"/><id>peru</id><updated>2026-03-05T02:00:00Z</updated><summary>An agreement was signed.</summary></entry></feed>`;

describe('following the agencies’ feeds', () => {
  let server: Server;
  let base = '';
  const hits: string[] = [];
  let flaky = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(`${req.method} ${req.url} ${req.headers['if-none-match'] ?? ''} ${req.headers['user-agent'] ?? ''}`);
      const url = req.url ?? '';
      if (url === '/rss.xml') {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
        return void res.end(RSS.replace(/HOST/g, base.slice(7)));
      }
      if (url === '/atom.xml')
        return void res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(ATOM.replace(/HOST/g, base.slice(7)));
      if (url === '/broken.xml') return void res.writeHead(503).end('down');
      if (url === '/malformed.xml')
        return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><item><title>unclosed');
      if (url === '/html.xml')
        return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><h1>Not a feed</h1></body></html>');
      if (url === '/empty.xml')
        return void res.writeHead(200).end('<?xml version="1.0"?><rss version="2.0"><channel><title>E</title></channel></rss>');
      if (url === '/busy.xml') return void res.writeHead(429, { 'retry-after': '120' }).end();
      if (url === '/loop.xml') return void res.writeHead(302, { location: '/loop.xml' }).end();
      if (url === '/stall.xml')
        return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).write('<?xml version="1.0"?><rss');
      if (url === '/latin1.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=iso-8859-1' });
        return void res.end(
          Buffer.from(
            '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>L</title><item><title>Visite officielle à Paris</title><link>/news/x.html</link></item></channel></rss>',
            'latin1',
          ),
        );
      }
      if (url === '/huge.xml') {
        // 10,000 items, every address twice: a flood, with duplicates.
        const items = Array.from(
          { length: 10_000 },
          (_, i) => `<item><title>Vietnam and Chile ties ${i % 5000}</title><link>/news/chile-${i % 5000}.html</link></item>`,
        ).join('');
        return void res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>H</title>${items}</channel></rss>`);
      }
      if (url === '/flaky.xml') {
        flaky += 1;
        if (flaky === 1) return void res.writeHead(500).end();
        return void res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(
            `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Vietnam and Peru sign agreement</title><link>/news/peru.html</link></item><item><title>Vietnam, Chile talks (big page)</title><link>/news/big.html</link></item></channel></rss>`,
          );
      }
      if (url === '/news/big.html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'word '.repeat(20_000)}</p>`;
        for (let i = 0; i < 600; i++) res.write(chunk); // about 60 MB
        return void res.end();
      }
      if (url === '/robots.txt')
        return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
      if (url === '/guarded.xml') {
        const items = ['/private/secret.html', `http://localhost:${(server.address() as AddressInfo).port}/news/chile.html`]
          .map((l) => `<item><title>Vietnam and Chile ties</title><link>${l}</link></item>`)
          .join('');
        return void res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>G</title>${items}</channel></rss>`);
      }
      if (url === '/domestic.xml')
        return void res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(
            `<?xml version="1.0"?><rss version="2.0"><channel><title>D</title><item><title>Provinces sign agreement on flood relief</title><link>/news/domestic.html</link></item></channel></rss>`,
          );
      if (url === '/news/domestic.html')
        return void res.end(
          page(
            'Provinces sign agreement on flood relief',
            'HÀ NỘI — The provinces of Nghệ An and Hà Tĩnh agreed on closer cooperation to repair dykes and roads before the rainy season, local officials said on Tuesday.',
          ),
        );
      const numbered = /^\/news\/chile-(\d+)\.html$/.exec(url);
      if (numbered)
        return void res.end(
          page(
            `Vietnam, Chile hold talks, round ${numbered[1]}`,
            `Hanoi (VNA) – Deputy Minister of Foreign Affairs Tran Van Binh met Chilean officials for the talks numbered ${numbered[1]} in Hanoi on March 3.`,
          ),
        );
      if (url === '/news/chile.html')
        return void res.end(
          page(
            'Vietnam, Chile hold political consultation',
            'Hanoi (VNA) – Deputy Minister of Foreign Affairs Tran Van Binh and Chilean Deputy Foreign Minister Ana Rojas co-chaired the political consultation in Hanoi on March 3.',
          ),
        );
      if (url === '/news/peru.html')
        return void res.end(
          page(
            'Vietnam, Peru sign fisheries agreement',
            'LIMA — Minister of Foreign Affairs Pham Quoc Tuan and Peruvian Foreign Minister Carla Ramos signed an agreement on fisheries cooperation in Lima on March 4.',
          ),
        );
      if (url === '/news/empty.html') return void res.end('<html><body><nav>Home</nav><p>Photo gallery</p></body></html>');
      // One story under three addresses: a mobile copy with the same text, and a tracking address whose page names
      // the story's own address as canonical; pages dated only by JSON-LD or by a visible date line.
      if (url === '/twice.xml') {
        const items = ['/news/laos.html', '/m/laos.html', '/news/laos.html?utm=feed', '/news/oman.html']
          .map((l) => `<item><title>Vietnam and Laos review ties</title><link>${l}</link></item>`)
          .join('');
        return void res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items}</channel></rss>`);
      }
      const laos =
        'VIENTIANE — Deputy Minister of Foreign Affairs Tran Van Binh and Lao Deputy Foreign Minister Khamphao Sengdara held talks in Vientiane on March 6.';
      const jsonLd =
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2026-03-06T10:00:00+07:00"}]}</script>';
      if (url === '/news/laos.html' || url === '/m/laos.html')
        return void res.end(page('Vietnam, Laos review ties', laos).replace(/<meta property="article:published_time"[^>]*>/, jsonLd));
      if (url === '/news/laos.html?utm=feed')
        return void res.end(
          page('Vietnam, Laos review ties (tracked)', `${laos} Tracked.`).replace(
            '</head>',
            `<link rel="canonical" href="${base}/news/laos.html"></head>`,
          ),
        );
      if (url === '/news/oman.html')
        return void res.end(
          page(
            'Vietnam, Oman hold talks',
            'MUSCAT — Minister of Foreign Affairs Pham Quoc Tuan held talks with Omani Foreign Minister Badr Albusaidi in Muscat on March 7.',
          )
            .replace(/<meta property="article:published_time"[^>]*>/, '')
            .replace('<article>', '<div class="post-date">07/03/2026 14:20</div><article>'),
        );
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('reads RSS and Atom items: plain titles, absolute links, only real dates', () => {
    const rss = readFeed(RSS.replace(/HOST/g, 'example.test'), 'http://example.test/rss.xml');
    expect(rss.map((i) => [i.title, i.url, i.date ?? null])).toEqual([
      ['Vietnam, Chile hold political consultation', 'http://example.test/news/chile.html', '2026-03-04'],
      ['Hanoi FC wins the national football cup', 'http://example.test/news/football.html', '2026-03-04'],
      ['Vietnam and Kenya review ties', 'http://example.test/news/empty.html', null],
    ]);
    expect(readFeed(ATOM.replace(/HOST/g, 'example.test'), 'http://example.test/atom.xml')[0]).toMatchObject({
      title: 'Vietnam & Peru sign fisheries agreement',
      url: 'http://example.test/news/peru.html',
      date: '2026-03-05',
    });
  });

  it('ships an example feeds file that validates', () => {
    const { feeds, problems } = readFeedsFile(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'feeds.example.json'), 'utf8'));
    expect(problems).toEqual([]);
    expect(feeds.map((f) => f.source)).toEqual(['VNA', 'VNS', 'VOV', 'TG&VN']);
  });

  it('names a bad entry of the feeds file and keeps the rest', () => {
    const { feeds, problems } = readFeedsFile(
      JSON.stringify([
        { name: 'Good', url: 'https://a.test/rss', source: 'VNA' },
        { name: 'Bad', url: 'ftp://x', source: 'VNA' },
        { url: 'https://b.test' },
      ]),
    );
    expect(feeds.map((f) => [f.name, f.filter, f.every])).toEqual([['Good', 'diplomacy', '30m']]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^"Bad": url/);
  });

  it('polls each feed once from the CLI: new diplomacy articles written and loadable, the rest counted, a failing feed reported', async () => {
    const root = mkdtempSync(join(tmpdir(), 'attache-feeds-'));
    const corpus = join(root, 'articles');
    const feedsFile = join(root, 'feeds.json');
    writeFileSync(
      feedsFile,
      JSON.stringify([
        { name: 'Politics', url: `${base}/rss.xml`, source: 'VNA' },
        { name: 'Diplomacy', url: `${base}/atom.xml`, source: 'VNS', filter: 'all' },
        { name: 'Broken', url: `${base}/broken.xml`, source: 'VOV' },
      ]),
    );
    const env = cleanEnv({ ATTACHE_STATE_FILE: join(root, 'state.json') });
    const first = await attache(['feeds', 'poll', '--feeds', feedsFile, '--corpus', corpus, '--json'], '', env);
    expect(first.code).toBe(0);
    const polls = JSON.parse(first.stdout).feeds as Array<{
      name: string;
      status: string;
      new: Array<{ file: string }>;
      filtered: number;
      skipped: Array<{ reason: string }>;
      error?: string;
    }>;
    const politics = polls.find((p) => p.name === 'Politics')!;
    expect([politics.status, politics.new.length, politics.filtered, politics.skipped.map((s) => s.reason)]).toEqual([
      'ok',
      1,
      1,
      ['no article text on the page'],
    ]);
    expect(polls.find((p) => p.name === 'Diplomacy')!.new).toHaveLength(1);
    expect(polls.find((p) => p.name === 'Broken')).toMatchObject({ status: 'error', error: 'HTTP 503' });
    // Each file written is an article the corpus loads, with its source, date and address.
    const files = readdirSync(corpus);
    expect(files).toHaveLength(2);
    for (const f of files) {
      // The story without the page around it: no menus, share buttons, teasers or footer.
      expect(readFileSync(join(corpus, f), 'utf8')).not.toMatch(/Share on Facebook|Related news|© Agency|Politics<|Home/);
      const parsed = parseFileBytes(readFileSync(join(corpus, f)), f);
      expect(parsed.ok, f).toBe(true);
      if (parsed.ok)
        expect([
          parsed.article.source.agency,
          parsed.article.url?.startsWith(base),
          parsed.article.date.iso?.startsWith('2026-03'),
        ]).toEqual([f.includes('peru') ? 'VNS' : 'VNA', true, true]);
    }
    expect(hits.some((h) => /Attache\/\S+ \(diplomacy news bot\)/.test(h))).toBe(true);

    // The second poll: the RSS feed answers 304 to its ETag; the Atom item is already taken.
    const second = await attache(['feeds', 'poll', '--feeds', feedsFile, '--corpus', corpus], '', env);
    expect(second.stdout).toContain('Politics: not modified');
    expect(second.stdout).toMatch(/Diplomacy: ok, 0 new \(1 items, 0 filtered, 1 duplicate/);
    expect(second.stdout).toContain('Broken: error HTTP 503');
    expect(readdirSync(corpus)).toHaveLength(2);
    const status = await attache(['feeds', 'status', '--feeds', feedsFile, '--corpus', corpus], '', env);
    expect(status.stdout).toMatch(/Politics: last success 20\d\d-.*; last error none; 1 articles taken; next poll 20\d\d-.* \(every 30m\)/);
    expect(status.stdout).toMatch(/Broken: last success never; last error .*HTTP 503/);
  }, 60_000);

  it('follows the feeds while the bot runs: the new article is answerable, and /about shows each feed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'attache-feeds-bot-'));
    const corpus = join(root, 'articles');
    const { mkdirSync, cpSync } = await import('node:fs');
    mkdirSync(corpus);
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'seeds'), corpus, { recursive: true });
    const feedsFile = join(root, 'feeds.json');
    writeFileSync(feedsFile, JSON.stringify([{ name: 'Diplomacy', url: `${base}/atom.xml`, source: 'VNS', filter: 'all', every: '30m' }]));
    const { spawn } = await import('node:child_process');
    const { ROOT } = await import('../support/spawnCli.ts');
    const env = cleanEnv({ ATTACHE_CORPUS_DIR: corpus, ATTACHE_FEEDS_FILE: feedsFile, ATTACHE_STATE_FILE: join(root, 'state.json') });
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'attache.mjs'), 'start'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    try {
      const deadline = Date.now() + 20_000;
      while (!readdirSync(corpus).some((f) => f.includes('peru')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(readdirSync(corpus).some((f) => f.includes('peru'))).toBe(true);
      // The live corpus reads the file once it stops growing: ask until the answer comes from it.
      const asked = Date.now() + 15_000;
      while (!/Pham Quoc Tuan|Carla Ramos/.test(out) && Date.now() < asked) {
        const before = out.length;
        child.stdin.write('Who signed the fisheries agreement with Peru?\n');
        while (out.length === before && Date.now() < asked) await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => setTimeout(r, 100));
      }
      child.stdin.write('/about\n');
      const until = Date.now() + 15_000;
      while (!/Feeds\s+Diplomacy: 1 taken/.test(out) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      expect(out).toMatch(/Pham Quoc Tuan|Carla Ramos/);
      expect(out).toMatch(/Feeds\s+Diplomacy: 1 taken, last success 20\d\d-/);
    } finally {
      child.stdin.end('/quit\n');
      child.kill('SIGTERM');
    }
  }, 60_000);

  it('gives every bad feed a clear status, and keeps its hands off what it must not fetch', async () => {
    const { pollFeed } = await import('../../src/feeds/pollFeed.ts');
    const corpusDir = mkdtempSync(join(tmpdir(), 'attache-feeds-bad-'));
    const o = { corpusDir, userAgent: 'Attache/test', timeoutMs: 800 };
    const feed = (path: string, filter: 'diplomacy' | 'all' = 'diplomacy') => ({
      name: path,
      url: `${base}${path}`,
      source: 'VNA',
      filter,
      every: '30m',
    });
    const status = async (path: string, filter?: 'diplomacy' | 'all') => (await pollFeed(feed(path, filter), undefined, o)).poll;
    expect(await status('/malformed.xml')).toMatchObject({ status: 'error', error: expect.stringMatching(/^not a feed/) });
    expect(await status('/html.xml')).toMatchObject({ status: 'error', error: expect.stringMatching(/^not a feed/) });
    expect(await status('/empty.xml')).toMatchObject({ status: 'ok', items: 0, new: [] });
    // A feed in another encoding is read in it: "à", not "Ã ".
    const { fetchText } = await import('../../src/feeds/fetchText.ts');
    const latin = await fetchText(`${base}/latin1.xml`, { userAgent: 'Attache/test', timeoutMs: 800, maxBytes: 1e6 });
    expect(latin.status === 'ok' && latin.body).toContain('Visite officielle à Paris');
    expect(await status('/loop.xml')).toMatchObject({ status: 'error', error: 'more than 5 redirects' });
    expect(await status('/stall.xml')).toMatchObject({ status: 'error', error: 'no answer within 0.8 s' });
    // 429 with Retry-After: recorded, and the next poll does not call the server before then.
    const busy = await pollFeed(feed('/busy.xml'), undefined, o);
    expect(busy.poll.error).toBe('HTTP 429, retry after 120 s');
    const before = hits.filter((h) => h.startsWith('GET /busy.xml')).length;
    const again = await pollFeed(feed('/busy.xml'), busy.state, o);
    expect(again.poll.error).toMatch(/the server asked to wait until/);
    expect(hits.filter((h) => h.startsWith('GET /busy.xml')).length).toBe(before);
    // robots.txt disallows /private/; a page on another private host than the feed's is not fetched.
    const guarded = await status('/guarded.xml', 'all');
    expect(guarded.skipped.map((s) => s.reason).sort()).toEqual(['a private or loopback address', 'disallowed by robots.txt']);
    expect(hits.some((h) => h.startsWith('GET /private/'))).toBe(false);
    // "agreement" in a domestic headline passes the feed-level words, not the story's own reading.
    const domestic = await status('/domestic.xml');
    expect(domestic.skipped.map((s) => s.reason)).toEqual(['not about foreign relations']);
    expect(readdirSync(corpusDir)).toEqual([]);
  }, 30_000);

  it('takes a flood in bounded polls without writing anything twice, and recovers after a failure', async () => {
    const { pollFeed } = await import('../../src/feeds/pollFeed.ts');
    const corpusDir = mkdtempSync(join(tmpdir(), 'attache-feeds-flood-'));
    const o = { corpusDir, userAgent: 'Attache/test', timeoutMs: 10_000, maxNew: 5 };
    const flood = { name: 'flood', url: `${base}/huge.xml`, source: 'VNA', filter: 'all' as const, every: '30m' };
    const first = await pollFeed(flood, undefined, o);
    expect([first.poll.status, first.poll.items, first.poll.new.length]).toEqual(['ok', 10_000, 5]);
    const second = await pollFeed(flood, first.state, o);
    // The next poll takes the next five, never one of the first again.
    expect(second.poll.new.map((n) => n.url).some((u) => first.poll.new.some((f) => f.url === u))).toBe(false);
    expect(readdirSync(corpusDir)).toHaveLength(10);
    // A 500, then the same feed working: the second poll takes what is new; a 60 MB page is refused, not read.
    const flakyFeed = { name: 'flaky', url: `${base}/flaky.xml`, source: 'VNA', filter: 'all' as const, every: '30m' };
    const down = await pollFeed(flakyFeed, undefined, o);
    expect(down.poll).toMatchObject({ status: 'error', error: 'HTTP 500' });
    const up = await pollFeed(flakyFeed, down.state, o);
    expect(up.poll.status).toBe('ok');
    expect(up.poll.new).toHaveLength(1);
    expect(up.poll.skipped).toEqual([{ url: `${base}/news/big.html`, reason: 'page: larger than 5 MB' }]);
    expect(up.state.lastSuccess).toBeDefined();
  }, 60_000);

  it('writes one story once though it comes under several addresses, and dates a page by its JSON-LD or visible date', async () => {
    const root = mkdtempSync(join(tmpdir(), 'attache-feeds-twice-'));
    const corpus = join(root, 'articles');
    const feedsFile = join(root, 'feeds.json');
    writeFileSync(feedsFile, JSON.stringify([{ name: 'Twice', url: `${base}/twice.xml`, source: 'VNA', filter: 'all' }]));
    const run = await attache(
      ['feeds', 'poll', '--feeds', feedsFile, '--corpus', corpus, '--json'],
      '',
      cleanEnv({ ATTACHE_STATE_FILE: join(root, 'state.json') }),
    );
    expect(run.code).toBe(0);
    const poll = JSON.parse(run.stdout).feeds[0] as { new: Array<{ file: string }>; duplicate: number };
    expect([poll.new.length, poll.duplicate]).toEqual([2, 2]);
    const files = readdirSync(corpus).sort();
    expect(files).toHaveLength(2);
    expect(files.some((f) => f.includes('-2026-03-06-'))).toBe(true);
    expect(files.some((f) => f.includes('-2026-03-07-'))).toBe(true);
  }, 30_000);

  it('exits 1 only when every feed failed, and 2 without a feeds file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'attache-feeds-'));
    const feedsFile = join(root, 'feeds.json');
    writeFileSync(feedsFile, JSON.stringify([{ name: 'Broken', url: `${base}/broken.xml`, source: 'VOV' }]));
    const env = cleanEnv({ ATTACHE_STATE_FILE: join(root, 'state.json') });
    expect((await attache(['feeds', 'poll', '--feeds', feedsFile, '--corpus', join(root, 'a')], '', env)).code).toBe(1);
    const none = await attache(['feeds', 'poll', '--feeds', join(root, 'missing.json')], '', env);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Copy data/feeds.example.json');
  }, 30_000);
});
