import { agreementsOf, latestStatus, placeName, shortName, statusHistory } from '../knowledge/queries.ts';
import { statusText } from '../knowledge/describe.ts';
import { formatDate } from '../corpus/dates.ts';
import { joinNames } from '../text/joinNames.ts';
import { ordinal } from '../text/ordinal.ts';
import { mentions, type Intent } from './intentContext.ts';

const ESTABLISH = [
  'establish',
  'establishment',
  'normalise',
  'normalize',
  'normalisation',
  'normalization',
  'set up',
  'begin',
  'start',
  'first',
  'since when',
  'forge',
  'open',
];
const RELATIONS = ['tie', 'relation', 'relationship'];

/** "When were ties with X established?": the stated date, else the year worked out from an anniversary. */
export const tiesEstablished: Intent = {
  name: 'ties established',
  types: ['date', 'fact'],
  triggers: [ESTABLISH, RELATIONS],
  run({ links, kb }) {
    if (links.places.length !== 1) return undefined;
    const code = links.places[0]!;
    const all = kb.milestones.filter((m) => m.kind === 'ties established' && m.country === code);
    // A stated full date beats a stated year, which beats a year computed from an anniversary.
    const best = [...all].sort(
      (a, b) => Number(a.computed) - Number(b.computed) || Number(Boolean(b.date.day)) - Number(Boolean(a.date.day)),
    )[0];
    if (!best) return { none: `no article says when ties with ${placeName(kb, code)} were established` };
    const when = best.date.day ? formatDate(best.date) : String(best.date.year);
    const text = best.computed ? `${when} (worked out from the ${best.basis.replace(/^computed from the /, '')})` : when;
    const support = all.filter((m) => m.date.year === best.date.year && m.computed === best.computed);
    return { answer: { route: 'ties established', type: 'date', span: { text, evidence: support }, lines: [], quotes: [] } };
  },
};

/** "Which anniversary of ties in 2026?", "How many years of relations were marked in 2025?". */
export const anniversary: Intent = {
  name: 'anniversary',
  types: ['ordinal', 'amount', 'fact'],
  triggers: [['anniversary', 'year', 'mark', 'celebrate']],
  run({ q, links, kb }) {
    if (links.places.length !== 1 || !mentions(q, ['anniversary', 'mark', 'celebrate', 'celebrating', 'marked'])) return undefined;
    const code = links.places[0]!;
    const all = kb.milestones.filter((m) => m.kind === 'anniversary' && m.country === code && m.ordinal);
    const inYear = q.time.years.length ? all.filter((m) => q.time.years.includes(m.date.year ?? -1)) : all;
    if (inYear.length === 0) return undefined;
    const ords = [...new Set(inYear.map((m) => m.ordinal!))];
    const years = q.qword === 'how many';
    const text = joinNames(ords.map((n) => (years ? `${n} years (the ${ordinal(n)} anniversary)` : `the ${ordinal(n)} anniversary`)));
    return {
      answer: {
        route: 'anniversary',
        type: 'ordinal',
        span: {
          text: `${text} of diplomatic ties with ${placeName(kb, code)}${inYear[0]!.date.year ? ` in ${inYear[0]!.date.year}` : ''}`,
          evidence: inYear,
        },
        lines: [],
        quotes: [],
      },
    };
  },
};

const PENDING = [
  'will',
  'still',
  'expect',
  'expected',
  'yet',
  'pending',
  'await',
  'awaiting',
  'need',
  'must',
  'to be',
  'were to',
  'was to',
  'are to',
];

/** "Which countries were to ratify EVIPA?" or "who ratified …": who, as the latest mention says. */
export const ratification: Intent = {
  name: 'ratification',
  types: ['countries', 'person', 'items', 'fact', 'date'],
  triggers: [['ratify', 'ratification', 'ratified']],
  run({ q, links, kb }) {
    if (links.agreements.length !== 1) return undefined;
    const ag = kb.agreements.find((a) => a.id === links.agreements[0])!;
    const wanted = mentions(q, PENDING) ? 'awaiting ratification' : 'ratified';
    const withBy = statusHistory(ag).filter((m) => m.by.length);
    const latest = withBy.filter((m) => m.status === wanted).at(-1) ?? withBy.at(-1);
    if (!latest) return undefined;
    const text = `${shortName(ag) ?? ag.name}: ${statusText(kb, latest)} (${formatDate(latest.date)})`;
    return {
      answer: {
        route: 'ratification',
        type: 'countries',
        span: { text: joinNames(latest.by.map((c) => placeName(kb, c))), evidence: [latest] },
        lines: [{ text, evidence: [latest] }],
        quotes: [],
      },
    };
  },
};

/** "Which agreements does Vietnam have with X?": each agreement with its latest status and where it was said. */
export const agreementsWith: Intent = {
  name: 'agreements',
  types: ['items', 'countries', 'fact', 'level'],
  triggers: [['agreement', 'deal', 'treaty', 'fta', 'accord']],
  run({ q, links, kb }) {
    if (links.places.length !== 1 || !['which', 'what', 'list'].includes(q.qword ?? '') || q.content.length > 6) return undefined;
    const list = agreementsOf(kb, links.places[0]!);
    if (list.length === 0) return { none: `no agreement with ${placeName(kb, links.places[0]!)} is named in the corpus` };
    const lines = list.map((a) => {
      const m = latestStatus(a)!;
      return { text: `${a.name}${shortName(a) ? ` (${shortName(a)})` : ''}: ${statusText(kb, m)} (${formatDate(m.date)})`, evidence: [m] };
    });
    return {
      answer: { route: 'agreements', type: 'items', heading: `Agreements with ${placeName(kb, links.places[0]!)}`, lines, quotes: [] },
    };
  },
};
