// Issue #12's targets beside the figures of this run of `npm run bench`, and each figure's ratio to the previous run
// on this machine (bench/out/results.json before it was overwritten). Nothing is asserted.

interface SizeFigures {
  coldStartMs: { total: number };
  warmStartMs: number;
  warmUpMs?: number;
  memoryMb: { rss: number; rssAnswering?: number };
  latencyMs: Record<'country' | 'person' | 'timeline' | 'search' | 'ask', { p50: number; p99: number }>;
  ingestOneMs: number;
  askAfterChangeMs?: number;
  cliProcess?: { coldMs: number; coldRssMb: number; askRssMb: number; perQuestionMs: number };
}

export interface Results {
  sizes: Record<string, SizeFigures>;
  cli?: { helpMs: number; askBundledMs: number };
}

interface Target {
  what: string;
  size?: string;
  unit: 'ms' | 'MB';
  max: number;
  of: (s: SizeFigures) => number | undefined;
}

const TARGETS: Target[] = [
  { what: 'cold start', size: '10000', unit: 'ms', max: 5_000, of: (s) => s.coldStartMs.total },
  { what: 'warm start', size: '10000', unit: 'ms', max: 1_000, of: (s) => s.warmStartMs },
  {
    what: 'warm start, then warm-up',
    size: '10000',
    unit: 'ms',
    max: 1_000,
    of: (s) => (s.warmUpMs === undefined ? undefined : Math.round(s.warmStartMs + s.warmUpMs)),
  },
  { what: 'RSS loaded (this process)', size: '10000', unit: 'MB', max: 600, of: (s) => s.memoryMb.rss },
  { what: 'RSS answering (this process)', size: '10000', unit: 'MB', max: 600, of: (s) => s.memoryMb.rssAnswering },
  { what: 'CLI cold load, wall', size: '10000', unit: 'ms', max: 5_000, of: (s) => s.cliProcess?.coldMs },
  { what: 'CLI cold load, peak RSS', size: '10000', unit: 'MB', max: 600, of: (s) => s.cliProcess?.coldRssMb },
  { what: 'CLI asking 100 questions, peak RSS', size: '10000', unit: 'MB', max: 600, of: (s) => s.cliProcess?.askRssMb },
  { what: 'CLI, one question', size: '10000', unit: 'ms', max: 50, of: (s) => s.cliProcess?.perQuestionMs },
  { what: '/ask p99', size: '10000', unit: 'ms', max: 50, of: (s) => s.latencyMs.ask.p99 },
  { what: 'first /ask after a change', size: '10000', unit: 'ms', max: 50, of: (s) => s.askAfterChangeMs },
  { what: '/country p99', size: '10000', unit: 'ms', max: 5, of: (s) => s.latencyMs.country.p99 },
  { what: '/timeline p99', size: '10000', unit: 'ms', max: 5, of: (s) => s.latencyMs.timeline.p99 },
  { what: '/person p99', size: '10000', unit: 'ms', max: 5, of: (s) => s.latencyMs.person.p99 },
  { what: 'cold start', size: '100000', unit: 'ms', max: 60_000, of: (s) => s.coldStartMs.total },
  { what: 'warm start', size: '100000', unit: 'ms', max: 5_000, of: (s) => s.warmStartMs },
  { what: 'RSS answering', size: '100000', unit: 'MB', max: 2_048, of: (s) => s.memoryMb.rssAnswering },
  { what: '/search p99', size: '100000', unit: 'ms', max: 50, of: (s) => s.latencyMs.search.p99 },
  { what: '/country p99', size: '100000', unit: 'ms', max: 50, of: (s) => s.latencyMs.country.p99 },
  { what: 'one new article searchable', size: '100000', unit: 'ms', max: 1_000, of: (s) => s.ingestOneMs },
];

const CLI_TARGETS: Array<{ what: string; max: number; of: (c: NonNullable<Results['cli']>) => number }> = [
  { what: 'attache --help', max: 500, of: (c) => c.helpMs },
  { what: 'one attache ask, bundled corpus', max: 1_000, of: (c) => c.askBundledMs },
];

const ratio = (now: number, before: number | undefined) => (before ? `×${(now / before).toFixed(2)}` : '—');

/** Markdown rows: figure, size, this run, target, met, ratio to the previous run. */
export function targetTable(now: Results, before: Results | undefined): string[] {
  const rows = ['| figure | articles | this run | target | met | vs previous run |', '|---|---|---|---|---|---|'];
  for (const t of TARGETS) {
    const s = now.sizes[t.size!];
    const value = s && t.of(s);
    if (value === undefined) continue;
    const prev = before?.sizes[t.size!];
    rows.push(
      `| ${t.what} | ${t.size} | ${value} ${t.unit} | ≤ ${t.max} ${t.unit} | ${value <= t.max ? 'yes' : 'no'} | ${ratio(value, prev && t.of(prev))} |`,
    );
  }
  for (const t of CLI_TARGETS) {
    if (!now.cli) break;
    const value = t.of(now.cli);
    rows.push(
      `| ${t.what} | — | ${value} ms | ≤ ${t.max} ms | ${value <= t.max ? 'yes' : 'no'} | ${ratio(value, before?.cli && t.of(before.cli))} |`,
    );
  }
  return rows;
}
