import type { Candidate } from './resolveName.ts';
import type { KnowledgeBase } from './types.ts';

const candidateCache = new WeakMap<KnowledgeBase, Map<string, Candidate[]>>();

function cached(kb: KnowledgeBase, key: string, build: () => Candidate[]): Candidate[] {
  let m = candidateCache.get(kb);
  if (!m) candidateCache.set(kb, (m = new Map()));
  let list = m.get(key);
  if (!list) m.set(key, (list = build()));
  return list;
}

/** Countries and organisations the corpus mentions, with every name, demonym and code. */
export function placeCandidates(kb: KnowledgeBase): Candidate[] {
  return cached(kb, 'places', () => {
    const mentioned = new Set([
      ...Object.values(kb.partners).flat(),
      ...kb.events.flatMap((e) => e.countries),
      ...kb.people.map((p) => p.country).filter((c): c is string => Boolean(c)),
      ...kb.milestones.map((m) => m.country),
      ...kb.agreements.flatMap((a) => a.parties),
    ]);
    // Places the corpus names come first so a typo resolves to them rather than to a country it never mentions.
    const places = [...kb.gazetteer.places].sort((a, b) => Number(mentioned.has(b.code)) - Number(mentioned.has(a.code)));
    return places.map((p) => ({ id: p.code, label: p.name, names: [p.name, p.code, ...p.aliases, ...p.demonyms] }));
  });
}

/** Places that are a story's partner or an event's country: what a picker offers, built once, not per keystroke. */
export function partnerCandidates(kb: KnowledgeBase): Candidate[] {
  return cached(kb, 'partners', () => {
    const partners = new Set([...Object.values(kb.partners).flat(), ...kb.events.flatMap((e) => e.countries)]);
    return placeCandidates(kb).filter((c) => partners.has(c.id));
  });
}

/** People of the corpus with their aliases ("Le Thi Thu Hang", "Hằng"). */
export function personCandidates(kb: KnowledgeBase): Candidate[] {
  return cached(kb, 'people', () => kb.people.map((p) => ({ id: p.id, label: p.name, names: [p.name, ...p.aliases] })));
}

export function topicCandidates(kb: KnowledgeBase): Candidate[] {
  return cached(kb, 'topics', () => kb.topics.map((t) => ({ id: t.id, label: t.name, names: [t.name, t.id, ...t.aliases] })));
}

export function agreementCandidates(kb: KnowledgeBase): Candidate[] {
  return cached(kb, 'agreements', () => kb.agreements.map((a) => ({ id: a.id, label: a.name, names: [a.name, a.id, ...a.aliases] })));
}

/** Articles by id and title, for pickers. */
export function articleCandidates(kb: KnowledgeBase): Candidate[] {
  return cached(kb, 'articles', () =>
    kb.articles.map((a) => ({ id: a.id, label: `${a.id} — ${a.title}`, names: [a.id, a.title, a.file] })),
  );
}
