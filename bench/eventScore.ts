// Events the knowledge base draws, scored against the hand-labelled events (test/fixtures/events-dev.json) by the rules
// of ../shared/tools/score_events.py, on the tune and check splits of the labelled articles (split by file).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultGazetteer } from '../src/knowledge/buildKnowledge.ts';
import type { DiplomaticEvent, KnowledgeBase } from '../src/knowledge/types.ts';
import type { DateInfo } from '../src/corpus/types.ts';
import { foldWords } from '../src/text/fold.ts';
import { splitOf } from './evalSets.ts';

/** Floors on check for `npm run eval -- --min`; the targets are 90% both. */
export const EVENT_FLOORS = { recall: 0.65, precision: 0.85 };

interface GoldEvent {
  date: string | null;
  kind: string;
  countries: string[];
  participants: string[];
  place: string | null;
  quote: string;
}
interface GoldArticle {
  file: string;
  events: GoldEvent[];
}

const gazetteer = defaultGazetteer();
const codesOf = (names: string[]) => new Set(names.flatMap((n) => gazetteer.find(n).map((m) => m.code)));
/** Family and given name: Vietnamese names put the family name first, Western names last. */
function surnames(names: string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const w = foldWords(n)
      .split(' ')
      .filter((x) => x.length > 1);
    if (w.length) out.add(w[0]!).add(w.at(-1)!);
  }
  return out;
}
function isoOf(d: DateInfo): string | null {
  if (d.iso) return d.iso;
  if (!d.year) return null;
  return `${String(d.year).padStart(4, '0')}${d.month ? `-${String(d.month).padStart(2, '0')}` : ''}${d.month && d.day ? `-${String(d.day).padStart(2, '0')}` : ''}`;
}
/** Equal at the label's precision, and no more precise than a year or month label. */
const dateOk = (gold: string | null, pred: string | null) =>
  gold === null || (pred !== null && pred.startsWith(gold) && pred.length >= gold.length);

interface Pred {
  date: string | null;
  kind: string;
  sn: Set<string>;
  cc: Set<string>;
  quote: string;
}

function predictions(kb: KnowledgeBase, articleId: string): Pred[] {
  const name = (id: string) => kb.people.find((p) => p.id === id)?.name ?? id.replace(/-/g, ' ');
  return kb.events
    .filter((e: DiplomaticEvent) => e.articleId === articleId || e.also?.some((x) => x.articleId === articleId))
    .map((e) => ({
      date: isoOf(e.date),
      kind: e.kind,
      sn: surnames(e.participants.map(name)),
      cc: new Set(e.countries),
      quote: e.quote.slice(0, 100),
    }));
}

export interface EventTotals {
  g: number;
  gOk: number;
  p: number;
  pOk: number;
}

/**
 * The label sets: the dev labels split by file into tune and check, and the invented articles (written with their
 * labels before the extractor read them, in the shapes the issue names), reported as a split of their own.
 */
export const LABEL_SETS = {
  dev: { file: 'events-dev.json', splitOf: (file: string) => splitOf(`events:${file}`) },
  invented: { file: 'events-invented.json', splitOf: () => 'invented' },
} as const;

/** Recall and precision per split; `log` receives every missed and extra event when given. */
export function scoreEvents(
  kb: KnowledgeBase,
  o: { split?: string; labels?: keyof typeof LABEL_SETS; log?: (line: string) => void } = {},
): Record<string, EventTotals> {
  const set = LABEL_SETS[o.labels ?? 'dev'];
  const gold = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', set.file), 'utf8')) as GoldArticle[];
  const totals: Record<string, EventTotals> = {};
  for (const art of gold) {
    const split = set.splitOf(art.file);
    if (o.split && o.split !== split) continue;
    const t = (totals[split] ??= { g: 0, gOk: 0, p: 0, pOk: 0 });
    const article = kb.articles.find((a) => a.file === art.file);
    const preds = article ? predictions(kb, article.id) : [];
    t.p += preds.length;
    const used = new Set<number>();
    for (const g of art.events) {
      t.g += 1;
      const gs = surnames(g.participants);
      const gc = codesOf(g.countries);
      const sameSide = (p: Pred) =>
        [...gs].some((s) => p.sn.has(s)) || (!gs.size && !p.sn.size && g.kind === p.kind && [...gc].some((c) => p.cc.has(c)));
      const hit = preds.findIndex((p, i) => !used.has(i) && dateOk(g.date, p.date) && sameSide(p));
      if (hit >= 0) {
        used.add(hit);
        t.gOk += 1;
      } else o.log?.(`MISSED ${split} ${art.file} ${g.date} ${g.kind} [${g.participants.join(', ')}] | ${g.quote.slice(0, 100)}`);
    }
    t.pOk += used.size;
    if (o.log)
      preds.forEach(
        (p, i) => used.has(i) || o.log!(`EXTRA  ${split} ${art.file} ${p.date} ${p.kind} [${[...p.sn].join(' ')}] | ${p.quote}`),
      );
  }
  return totals;
}

const pct = (a: number, b: number) => `${a}/${b} ${b ? Math.round((100 * a) / b) : 100}%`;

/** "events check: recall …, precision …" lines, and whether check holds the floors. */
export function eventReport(totals: Record<string, EventTotals>): { lines: string[]; aboveFloors: boolean } {
  const lines = Object.entries(totals)
    .sort()
    .map(([split, t]) => `events ${split}: recall ${pct(t.gOk, t.g)}, precision ${pct(t.pOk, t.p)}`);
  const c = totals.check;
  const recall = c && c.g ? c.gOk / c.g : 1;
  const precision = c && c.p ? c.pOk / c.p : 1;
  return { lines, aboveFloors: recall >= EVENT_FLOORS.recall && precision >= EVENT_FLOORS.precision };
}
