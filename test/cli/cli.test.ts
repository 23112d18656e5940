import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../support/devCorpus.ts';
import { attache } from '../support/spawnCli.ts';

/** A fresh folder holding a copy of the seed articles, for a test to add its own files to. */
function seedsCopy(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  return dir;
}

describe('the attache CLI', () => {
  it('corpus prints the totals of data/articles as a newcomer sees them', async () => {
    const run = await attache(['corpus']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/articles\s+5\n/);
    expect(run.stdout).toMatch(/date range\s+2025-02-22 to 2026-02-10/);
    expect(run.stdout).toMatch(/sources\s+VNS 3, VNA 2/);
    expect(run.stdout).toMatch(/countries\s+5: Norway 2, Russia 2/);
    expect(run.stdout).toMatch(/skipped\s+0/);
  }, 30_000);

  it('corpus --json prints only JSON, with skipped files and reasons', async () => {
    const run = await attache(['corpus', '--corpus', 'test/fixtures/corpus-dev', '--json']);
    const data = JSON.parse(run.stdout);
    expect(data.articles).toBe(30);
    // index.json is not an article; it is skipped with its reason.
    expect(data.skipped).toEqual([{ file: 'index.json', reason: expect.stringMatching(/not an article file/) }]);
    expect(data.countries.map((c: { name: string }) => c.name)).toContain('Finland');
  }, 30_000);

  it('parse prints an article with its facts', async () => {
    const file = join(
      SEEDS_DIR,
      readdirSync(SEEDS_DIR).find((f) => f.startsWith('002'))!,
    );
    const run = await attache(['parse', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Vietnam, Norway step up cooperation in green transition, circular economy');
    expect(run.stdout).toMatch(/date 2026-01-08 \(resolved: year from the anniversary span 1971–2026\)/);
    expect(run.stdout).toMatch(/ties established Norway 1971-11-25/);
    const json = JSON.parse((await attache(['parse', file, '--json'])).stdout);
    expect(json.articles[0].events[0]).toMatchObject({ kind: 'reception', date: { iso: '2026-01-08' } });
    // Every role with its office, rank and posting and the sentence it was read from; every topic with its quote.
    const hang = json.articles[0].people.find((p: { name: string }) => p.name === 'Le Thi Thu Hang');
    expect(hang.roles[0]).toMatchObject({
      role: 'Deputy Minister of Foreign Affairs',
      office: 'foreign minister',
      rank: 'deputy',
      quote: expect.stringContaining('received Norwegian Ambassador'),
    });
    expect(json.articles[0].topics[0]).toMatchObject({ topic: expect.any(String), quote: expect.any(String) });
  }, 30_000);

  it("run --chart writes the reply's chart as a PNG, and says so when a reply has none", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attache-chart-'));
    const png = join(dir, 'russia.png');
    const run = await attache(['run', '/country Russia', '--chart', png]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Việt Nam – Russia');
    expect(run.stderr).toContain(`Chart written to ${png}`);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    const none = await attache(['run', '/about', '--chart', join(dir, 'none.png')]);
    expect(none.stderr).toMatch(/No chart/);
  }, 30_000);

  it('parse says why a file was skipped', async () => {
    const run = await attache(['parse', 'no/such/file.txt']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('skipped no/such/file.txt: no such file');
  }, 30_000);

  it('corpus and parse go on past a file whose date cannot exist, and name the value they rejected', async () => {
    const dir = seedsCopy('attache-bad-dates-');
    const lead =
      'Hanoi (VNA) – Deputy Minister of Foreign Affairs Tran Van Binh received Chilean Ambassador Maria Fuentes in Hanoi on March 3 to discuss copper trade and renewable energy.\n\nThe two sides agreed to expand cooperation in wine trade and education.';
    writeFileSync(join(dir, 'month13.txt'), `---\nsource: VNA\ndate: 2026-13-01\n---\n${lead}`);
    writeFileSync(
      join(dir, 'feb30.txt'),
      ` date 2026-02-30 ${lead.replace('Chilean', 'Peruvian').replace('Maria Fuentes', 'Carla Ramos')}`,
    );
    const corpus = await attache(['corpus', '--corpus', dir]);
    expect(corpus.code).toBe(0);
    expect(corpus.stdout).toMatch(/articles\s+7/);
    expect(corpus.stdout).toContain('month13.txt: front matter date rejected: "2026-13-01": month 13 does not exist');
    expect(corpus.stdout).toContain('feb30.txt: date line date rejected: "2026-02-30": day 30 does not exist in that month');
    // The rejected value is named in the warning, never shown as a date.
    expect(corpus.stdout.split('\n').find((l) => l.includes('date range'))).not.toMatch(/2026-02-30|2026-13/);
    expect(corpus.stderr).not.toMatch(/Invalid time/);
    const parse = await attache(['parse', join(dir, 'month13.txt'), join(dir, 'feb30.txt'), 'no/such.txt']);
    expect(parse.code).toBe(0);
    expect(parse.stdout).toContain('date 2026-03-03');
    expect(parse.stdout).toContain('skipped no/such.txt: no such file');
  }, 30_000);

  it('explains a mistake: an unknown command, a missing corpus folder, a path to ingest that is not there', async () => {
    const unknown = await attache(['frobnicate']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const folder = await attache(['corpus', '--corpus', '/no/such/folder']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/no corpus folder at \/no\/such\/folder\. .*ATTACHE_CORPUS_DIR.*--corpus DIR/);
    const missing = await attache(['ingest', '/does/not/exist', '--corpus', mkdtempSync(join(tmpdir(), 'attache-ingest-'))]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('skipped /does/not/exist: no such file');
  }, 30_000);

  it('logs readable lines for a person (LOG_FORMAT=pretty, or a terminal) and JSON lines otherwise, skipped files in one line', async () => {
    const dir = seedsCopy('attache-logs-');
    writeFileSync(join(dir, 'empty.txt'), '\n');
    writeFileSync(join(dir, 'copy.txt'), readFileSync(join(SEEDS_DIR, readdirSync(SEEDS_DIR)[0]!)));
    const { cleanEnv } = await import('../support/spawnCli.ts');
    const pretty = await attache(['run', '/about', '--corpus', dir], '', cleanEnv({ LOG_FORMAT: 'pretty' }));
    expect(pretty.stderr).toMatch(/WARN: 2 files skipped; `npx attache corpus` lists them/);
    expect(pretty.stderr).not.toContain('{"level"');
    const json = await attache(['run', '/about', '--corpus', dir]);
    const lines = json.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toContain('2 files skipped; `npx attache corpus` lists them with their reasons');
  }, 30_000);

  it('run prints one reply, as JSON with --json', async () => {
    const run = await attache(['run', '/country Norway', '--json']);
    expect(run.code).toBe(0);
    const reply = JSON.parse(run.stdout);
    expect(reply.title).toBe('Việt Nam – Norway');
    expect(reply.status).toBe('ok');
    // A usage mistake says so in the JSON too, not only in the exit code.
    const bad = await attache(['run', '/nosuch', '--json']);
    expect([bad.code, JSON.parse(bad.stdout).status]).toEqual([2, 'usage']);
    expect(reply.citations[0]).toMatchObject({
      n: 1,
      articleId: expect.any(String),
      file: expect.any(String),
      title: expect.any(String),
      date: expect.any(String),
      source: 'VNA',
      url: expect.stringMatching(/^https:/),
      quote: expect.any(String),
    });
  }, 30_000);

  it('ask answers one question, and ask - answers one JSON object per stdin line', async () => {
    const one = await attache(['ask', 'Which countries were to ratify EVIPA?']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Answer\nCyprus, Poland and Germany \[1\]/);
    const many = await attache(['ask', '-'], "Who is Norway's ambassador to Vietnam?\n\nWhen was the Vietnam–Brazil summit held?\n");
    const lines = many.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      question: "Who is Norway's ambassador to Vietnam?",
      route: 'office holder',
      answerer: 'lookup',
      citations: [{ n: 1, source: 'VNA' }],
    });
    expect(Object.keys(lines[0])).toEqual(['question', 'status', 'title', 'text', 'fields', 'citations', 'route', 'answerer']);
    expect(lines[1]).toMatchObject({ title: 'Not covered', citations: [], route: 'retrieval', answerer: 'extractive' });
  }, 30_000);

  it.each([
    [['run', '/nosuch'], /There is no \/nosuch command/],
    [['run', '/country'], /Usage: \/country <name>/],
    [['run', `/search ${'x'.repeat(10_000)}`], /at most 2000/],
    [['run', '/search \u001b[31mred'], /control characters/],
  ])(
    'run %# exits non-zero with a usage hint and no stack trace',
    async (args, message) => {
      const run = await attache(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
    30_000,
  );
});

describe('attache ingest and digest preview', () => {
  it('copies new articles into the corpus, skipping copies and bad files with reasons', async () => {
    const root = mkdtempSync(join(tmpdir(), 'attache-ingest-'));
    cpSync(SEEDS_DIR, join(root, 'corpus'), { recursive: true });
    const incoming = join(root, 'in');
    cpSync(join(SEEDS_DIR, '..', 'corpus-dev'), incoming, { recursive: true });
    const seed = readdirSync(SEEDS_DIR).find((f) => f.startsWith('002'))!;
    cpSync(join(SEEDS_DIR, seed), join(incoming, 'again.txt'));
    writeFileSync(join(incoming, 'empty.txt'), '');
    const run = await attache(['ingest', incoming, '--corpus', join(root, 'corpus')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^30 added, 3 skipped\.$/m);
    expect(run.stdout).toContain(`again.txt: same story as ${seed}`);
    expect(run.stdout).toMatch(/empty\.txt: empty file/);
    expect(run.stdout).toMatch(/index\.json: not an article file/);
    expect(readdirSync(join(root, 'corpus'))).toHaveLength(35);
  }, 30_000);

  it('digest preview --since shows articles that arrived after a date, grouped and cited', async () => {
    const run = await attache(['digest', 'preview', '--since', '2026-01-01', '--json']);
    const d = JSON.parse(run.stdout);
    // The Europe review names many partners: it goes under "Several partners", not under the first it names.
    expect(d.fields.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['Norway', 'Several partners']));
    expect(d.fields.map((f: { name: string }) => f.name)).not.toContain('Germany');
    // 000 gives no year: it counts from when its file arrived (the checkout), after 2026-01-01 too.
    expect(d.articleIds.map((id: string) => id.slice(0, 3)).sort()).toEqual(['000', '001', '002', '004']);
    expect(d.citations.length).toBeGreaterThan(0);
  }, 30_000);

  it('digest preview --at shows the digest of that moment, and an undated story on the day its file arrived', async () => {
    const at = await attache(['digest', 'preview', '--at', '2026-11-23T08:00', '--since', '2026-11-01', '--json']);
    const d = JSON.parse(at.stdout);
    expect(d.title).toBe('Daily digest — 2026-11-23');
    expect(d.fields.find((f: { name: string }) => f.name === 'Coming up')?.value).toMatch(
      /2026-11-25: 55th anniversary of Việt Nam–Norway/,
    );
    const dir = seedsCopy('attache-undated-');
    writeFileSync(
      join(dir, 'undated.txt'),
      'Vietnam and Chile review cooperation\n\nHanoi (VNA) – Deputy Minister of Foreign Affairs Tran Van Binh received Chilean Ambassador Maria Fuentes to discuss copper trade, renewable energy and education cooperation between the two countries.\n',
    );
    const today = await attache([
      'digest',
      'preview',
      '--corpus',
      dir,
      '--since',
      new Date(Date.now() - 3_600_000).toISOString(),
      '--json',
    ]);
    // Both undated stories (the new one, and seed 000, which gives no year) arrived with their files, just now; the
    // dated seeds count from their own dates, months ago.
    expect(
      JSON.parse(today.stdout)
        .articleIds.map((id: string) => id.slice(0, 7))
        .sort(),
    ).toEqual(['000_120', 'undated']);
  }, 30_000);
});
