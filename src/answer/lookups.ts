import { Citations, type Source } from '../core/cite.ts';
import type { Reply } from '../core/reply.ts';
import { eventsWhere, latestStatus, mainRole, placeName, shortName, statusHistory, statusText } from '../knowledge/queries.ts';
import { formatDate } from '../corpus/dates.ts';
import { showDate } from '../knowledge/showDate.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { foldWords } from '../text/fold.ts';
import type { QuestionFacts } from './analyzeQuestion.ts';
import { lookupMaps } from '../knowledge/lookupMaps.ts';
import { joinNames } from '../text/joinNames.ts';

export interface LookupAnswer {
  route: string;
  reply: Reply;
}


/** A lookup's reply: the answer line and the sentences it rests on, one citation per article. */
function answerWith(kb: KnowledgeBase, answer: string, sources: Source[]): Reply {
  const cite = new Citations(kb, true);
  const refs = sources.map((s) => cite.ref(s));
  const quotes = sources.map((s, i) => `• ${s.quote} ${refs[i]}`);
  return { title: 'Answer', text: [`**${answer}** ${[...new Set(refs)].join('')}`, '', ...[...new Set(quotes)]].join('\n'), fields: [], citations: cite.list };
}

type Lookup = (q: QuestionFacts, kb: KnowledgeBase, folded: string) => LookupAnswer | undefined;

const ties: Lookup = (q, kb, f) => {
  if (q.places.length !== 1 || !/\b(ties|relations)\b/.test(f) || !/\b(establish\w*|set up|beg[ai]n|start\w*|since when|first)\b/.test(f)) return undefined;
  const all = kb.milestones.filter((m) => m.kind === 'ties established' && m.country === q.places[0]);
  // A stated full date beats a stated year, which beats a year computed from an anniversary.
  const best = [...all].sort((a, b) => Number(a.computed) - Number(b.computed) || Number(Boolean(b.date.day)) - Number(Boolean(a.date.day)))[0];
  if (!best) return undefined;
  const when = best.date.day ? formatDate(best.date) : String(best.date.year);
  const answer = best.computed ? `${when} (worked out from the ${best.basis.replace(/^computed from the /, '')})` : when;
  const support = all.filter((m) => m.date.year === best.date.year && m.computed === best.computed);
  return { route: 'ties established', reply: answerWith(kb, answer, support) };
};

const ambassador: Lookup = (q, kb, f) => {
  if (q.places.length !== 1 || !/\bambassadors?\b/.test(f)) return undefined;
  const code = q.places[0]!;
  const name = foldWords(placeName(kb, code));
  const toThere = new RegExp(`\\b(to|in) (the )?${name}\\b`).test(f) && /\bviet ?nam/.test(f);
  const people = kb.people.filter((p) =>
    p.roles.some((r) => /ambassador/i.test(r.role) && (toThere ? foldWords(r.role).includes(name) : p.country === code)),
  );
  if (people.length === 0) return undefined;
  const sources = people.map((p) => p.roles.find((r) => /ambassador/i.test(r.role))!);
  return { route: 'ambassador', reply: answerWith(kb, joinNames(people.map((p) => `${p.name} (${mainRole(p)})`)), sources) };
};

const ratification: Lookup = (q, kb, f) => {
  if (!/\bratif/.test(f) || q.agreements.length !== 1) return undefined;
  const ag = kb.agreements.find((a) => a.id === q.agreements[0])!;
  // "were to ratify", "still need to ratify" ask who is pending; "who ratified" asks who has done it.
  const pending = /\b(were to|was to|will|to be|still|expected|yet|pending|awaiting|need\w*|must)\b/.test(f);
  const wanted = pending ? 'awaiting ratification' : 'ratified';
  const withBy = statusHistory(ag).filter((m) => m.by.length);
  const latest = withBy.filter((m) => m.status === wanted).at(-1) ?? withBy.at(-1);
  if (!latest) return undefined;
  return { route: 'ratification', reply: answerWith(kb, joinNames(latest.by.map((c) => placeName(kb, c))), [latest]) };
};

const whoIs: Lookup = (q, kb, f) => {
  if (!/^(who (is|was)|what is the (role|position|job) of)\b/.test(f) || q.people.length !== 1) return undefined;
  const p = lookupMaps(kb).person.get(q.people[0]!)!;
  // Only "who is X?" itself: "who was X's counterpart" asks about someone else.
  const nameWords = new Set([p.name, ...p.aliases].flatMap((a) => foldWords(a).split(' ')));
  if (q.terms.some((t) => !nameWords.has(t) && !['role', 'position', 'job'].includes(t))) return undefined;
  const role = mainRole(p);
  if (!role) return undefined;
  const r = p.roles.find((x) => x.role === role)!;
  return { route: 'person', reply: answerWith(kb, `${p.name}: ${role}`, [r]) };
};

const agreementsWith: Lookup = (q, kb, f) => {
  if (q.places.length !== 1 || !/^(what|which|list)\b.*\bagreements\b/.test(f)) return undefined;
  const code = q.places[0]!;
  const list = kb.agreements.filter((a) => a.parties.includes(code) || a.mentions.some((m) => (kb.partners[m.articleId] ?? []).includes(code)));
  if (list.length === 0) return undefined;
  const latest = list.map((a) => ({ a, m: latestStatus(a)! }));
  const answer = joinNames(latest.map(({ a, m }) => `${shortName(a) ?? a.name} (${statusText(kb, m)})`));
  return { route: 'agreements', reply: answerWith(kb, answer, latest.map(({ m }) => m)) };
};

const eventPeople: Lookup = (q, kb) => {
  if (q.kind !== 'person' || q.eventKinds.length === 0 || (q.places.length === 0 && q.years.length === 0 && q.people.length === 0)) return undefined;
  const events = eventsWhere(kb, { country: q.places[0] })
    // The person asked about took part, or led the delegation the article follows ("the delegation held meetings").
    .filter((e) => q.people.every((id) => e.participants.includes(id) || lookupMaps(kb).person.get(id)?.articleIds.includes(e.articleId)))
    .filter((e) => q.eventKinds.includes(e.kind))
    .filter((e) => q.years.length === 0 || q.years.includes(e.date.year ?? -1))
    .filter((e) => q.months.length === 0 || q.months.includes(e.date.month ?? -1))
    .filter((e) => e.participants.length > 0);
  // "…meet in Vientiane": a place the question names narrows the events to those held there.
  const there = events.filter((e) => e.place && q.terms.includes(foldWords(e.place).split(' ')[0]!));
  if (there.length) events.splice(0, events.length, ...there);
  // One meeting, or a few that together answer ("whom did X receive in February"); more is a timeline, not an answer.
  if (events.length === 0 || events.length > 3) return undefined;
  const parts: string[] = [];
  for (const e of events) {
    // "Who did Trung receive?" asks for the others; "who co-chaired…" with no one named asks for everyone.
    const others = e.participants.filter((id) => !q.people.includes(id));
    if (others.length === 0) continue;
    const names = others.map((id) => lookupMaps(kb).person.get(id)!.name);
    parts.push(`${joinNames(names)} (${e.kind}, ${showDate(e.date)}${e.place ? `, ${e.place}` : ''})`);
  }
  if (parts.length === 0) return undefined;
  return { route: 'event participants', reply: answerWith(kb, parts.join('; '), events) };
};

const LOOKUPS: Lookup[] = [ties, ambassador, ratification, whoIs, agreementsWith, eventPeople];

/** Answer from the knowledge base when the question clearly asks for one of its facts. */
export function lookupAnswer(q: QuestionFacts, kb: KnowledgeBase): LookupAnswer | undefined {
  const folded = foldWords(q.text);
  for (const lookup of LOOKUPS) {
    const hit = lookup(q, kb, folded);
    if (hit) return hit;
  }
  return undefined;
}
