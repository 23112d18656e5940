import { lookupMaps } from './lookupMaps.ts';
import { placeCandidates, personCandidates } from './names.ts';
import { partnerIndex } from './partnerIndex.ts';
import { partnerSummary } from './partnerSummary.ts';
import { agreementsOf, eventsWhere, mainRole, statusHistory } from './queries.ts';
import type { KnowledgeBase } from './types.ts';

/**
 * Build the tables every lookup reads (by id, by partner, by person, agreements by place, the names to resolve, each
 * partner's summary) once, right after a load: at 10k articles each takes tens of milliseconds, which the first
 * /country would otherwise pay.
 */
export function prepareLookups(kb: KnowledgeBase): void {
  lookupMaps(kb);
  partnerIndex(kb);
  eventsWhere(kb, {});
  agreementsOf(kb, 'VN');
  placeCandidates(kb);
  personCandidates(kb);
  for (const p of kb.people) mainRole(p);
  for (const a of kb.agreements) statusHistory(a);
  const index = partnerIndex(kb);
  for (const code of new Set([...index.articles.keys(), ...index.milestones.keys(), ...index.people.keys()]))
    if (code !== 'VN') partnerSummary(kb, code);
}
