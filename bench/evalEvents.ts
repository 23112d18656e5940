// `npm run eval:kb`: the events drawn from the seeds + dev corpus against the labelled events, per split.
//   -v  every missed and extra event;  --split tune|check|invented
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadServices } from '../src/app/loadServices.ts';
import { eventReport, scoreEvents } from './eventScore.ts';

const { values: args } = parseArgs({ options: { v: { type: 'boolean' }, split: { type: 'string' } } });
const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'attache-eval-kb-'));
cpSync(join(ROOT, 'test', 'fixtures', 'seeds'), dir, { recursive: true });
cpSync(join(ROOT, 'test', 'fixtures', 'corpus-dev'), dir, { recursive: true, filter: (f) => !f.endsWith('.json') });
const { kb } = await loadServices(dir);
const log = args.v ? { log: (l: string) => console.log(l) } : {};
const totals = scoreEvents(kb, { ...(args.split ? { split: args.split } : {}), ...log });
if (!args.split || args.split === 'invented') {
  const invented = await loadServices(join(ROOT, 'test', 'fixtures', 'events-invented'));
  Object.assign(totals, scoreEvents(invented.kb, { labels: 'invented', ...log }));
}
for (const line of eventReport(totals).lines) console.log(line);
