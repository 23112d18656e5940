import { eventEvidence, eventsWhere, placeName } from '../knowledge/queries.ts';
import { formatDate } from '../corpus/dates.ts';
import { dateKey } from '../knowledge/showDate.ts';
import type { Person, RoleSeen } from '../knowledge/types.ts';
import { lookupMaps } from '../knowledge/lookupMaps.ts';
import { foldWords } from '../text/fold.ts';
import { joinNames } from '../text/joinNames.ts';
import type { AnswerLine } from './answer.ts';
import { mentions, type Intent, type IntentContext } from './intentContext.ts';
import type { RoleAsked } from './readRole.ts';
import { hasTime, timeFilter } from './readTime.ts';

/** Whether a role is the office asked for, at the rank asked for, of the country asked for (read at load time). */
function holds(p: Person, r: RoleSeen, asked: RoleAsked): boolean {
  // "Minister" asked plainly covers the foreign minister too; a specific office must be that office.
  if (!r.office || (r.office !== asked.office && !(asked.office === 'minister' && r.office === 'foreign minister'))) return false;
  if ((r.rank === 'deputy') !== asked.deputy) return false;
  const country = r.country ?? p.country;
  if (asked.of && country !== asked.of) return false;
  if (asked.to && asked.office === 'ambassador') {
    // A foreign ambassador named in Vietnamese news with no posting ("Chilean Ambassador Maria Fuentes") is the one
    // posted to Việt Nam; an ambassador of Việt Nam is named with the country of the posting.
    const posted = r.to ?? (country && country !== 'VN' ? 'VN' : undefined);
    if (posted !== asked.to) return false;
  }
  return true;
}

/** "Who is Vietnam's foreign minister?", "Who is Norway's ambassador to Vietnam?": the latest holder, earlier ones after. */
export const roleHolder: Intent = {
  name: 'office holder',
  types: ['person', 'fact'],
  run({ q, links, kb }) {
    const asked = links.role;
    if (!asked || (!asked.of && !asked.to) || links.people.length) return undefined;
    // Only the bare question: "…that held the consultation in December 2024" is for retrieval.
    const extra = q.content.filter(
      (t) =>
        !links.words.has(t.folded) &&
        !/^(current|now|new|incumbent|foreign|minister|ambassador|envoy|president|prime|deputy|vice|affair|affairs|state|head|general|secretary)$/.test(
          t.folded,
        ) &&
        !['vietnam', 'vietnamese', 'viet', 'nam'].includes(t.folded),
    );
    if (extra.length > 0) return undefined;
    const seen: Array<{ p: Person; r: RoleSeen }> = [];
    for (const p of kb.people) for (const r of p.roles) if (holds(p, r, asked)) seen.push({ p, r });
    if (seen.length === 0) return { none: `no article names a holder of that office` };
    const latest = new Map<string, { p: Person; r: RoleSeen }>();
    for (const s of seen) {
      const prev = latest.get(s.p.id);
      if (!prev || dateKey(s.r.date) > dateKey(prev.r.date)) latest.set(s.p.id, s);
    }
    const order = [...latest.values()].sort((a, b) => dateKey(b.r.date).localeCompare(dateKey(a.r.date)));
    const [first, ...rest] = order;
    const line = (x: { p: Person; r: RoleSeen }, earlier = false) => ({
      text: `${earlier ? 'Earlier: ' : ''}${x.p.name}, ${x.r.role} (as of ${formatDate(x.r.date)})`,
      evidence: [x.r],
    });
    return { answer: { route: 'office holder', type: 'person', span: line(first!), lines: rest.map((x) => line(x, true)), quotes: [] } };
  },
};

/** "Who is Åsmund Aukrust?", "What is Do Hung Viet's role?": every role the articles give, latest first. */
export const personRole: Intent = {
  name: 'person',
  types: ['person', 'fact', 'level'],
  run({ q, links, kb }) {
    if (links.people.length !== 1) return undefined;
    const rest = q.content.filter(
      (t) =>
        !links.words.has(t.folded) && !['role', 'position', 'job', 'title', 'office', 'hold', 'have', 'play', 'serve'].includes(t.lemma),
    );
    const asksRole =
      mentions(q, ['role', 'position', 'job', 'title', 'office']) || (q.qword === 'who' && q.tokens.some((t) => t.lemma === 'be'));
    if (!asksRole || rest.length > 0) return undefined;
    const p = lookupMaps(kb).person.get(links.people[0]!)!;
    if (p.roles.length === 0) return undefined;
    const byRole = new Map<string, RoleSeen>();
    for (const r of [...p.roles].sort((a, b) => dateKey(b.date).localeCompare(dateKey(a.date))))
      if (!byRole.has(r.role)) byRole.set(r.role, r);
    const lines: AnswerLine[] = [...byRole.values()].map((r) => ({
      text: `${r.role}${r.country && r.country !== 'VN' ? ` (${placeName(kb, r.country)})` : ''}, as of ${formatDate(r.date)}`,
      evidence: [r],
    }));
    const country = p.country ? ` (${placeName(kb, p.country)})` : '';
    return { answer: { route: 'person', type: 'person', heading: `${p.name}${country}`, lines, quotes: [] } };
  },
};

const MEET = [
  'meet',
  'met',
  'receive',
  'host',
  'talk',
  'welcome',
  'greet',
  'call',
  'hold',
  'co-chair',
  'chair',
  'visit',
  'see',
  'invite',
  'send',
];

/** "Who did X meet (in Y, in February)?", "Who met X?": the other participants of the matching events. */
export const whoMet: Intent = {
  name: 'who met whom',
  types: ['person'],
  triggers: [MEET],
  run(ctx: IntentContext) {
    const { q, links, kb } = ctx;
    if (links.people.length !== 1 && !(links.people.length === 0 && links.places.length === 1 && hasTime(q.time))) return undefined;
    const person = links.people[0];
    let events = eventsWhere(kb, { ...(person ? { person } : { country: links.places[0] }), ...timeFilter(q.time) });
    if (person && links.places.length)
      events = events.filter((e) =>
        links.places.every((c) => e.countries.includes(c) || foldWords(e.place ?? '').includes(foldWords(placeName(kb, c)))),
      );
    // A place word of the question ("in Vientiane") narrows the events to those held there.
    // A country already asked for is no narrower than the events' partners: only a city narrows them.
    const countryNames = new Set(links.places.map((c) => foldWords(placeName(kb, c))));
    const there = events.filter(
      (e) => e.place && !countryNames.has(foldWords(e.place)) && q.folded.includes(foldWords(e.place).split(' ')[0]!),
    );
    if (there.length) events = there;
    const rows = events.map((e) => ({ e, others: e.participants.filter((id) => id !== person) })).filter((x) => x.others.length);
    if (rows.length === 0 || rows.length > 6) return undefined;
    const name = (id: string) => lookupMaps(kb).person.get(id)?.name ?? id;
    const names = [...new Set(rows.flatMap((x) => x.others.map(name)))];
    const lines = rows.map(({ e, others }) => ({
      text: `${formatDate(e.date)}, ${e.kind}${e.place ? ` in ${e.place}` : ''}: ${joinNames(others.map(name))}`,
      evidence: eventEvidence(e),
    }));
    return {
      answer: {
        route: 'who met whom',
        type: 'person',
        span: { text: joinNames(names), evidence: rows.map((x) => x.e) },
        lines,
        quotes: [],
      },
    };
  },
};
