// How facts read in a reply: the phrases lookups, answers and the digest show for a person, an event or an
// agreement's status. The lookups themselves (queries.ts) return data.
import { showDate } from './showDate.ts';
import { lookupMaps } from './lookupMaps.ts';
import { mainRole, personById, placeName } from './queries.ts';
import type { DiplomaticEvent, KnowledgeBase, StatusMention } from './types.ts';

/** "Hilde Solbakken (Norwegian Ambassador to Vietnam)". */
export function personLabel(kb: KnowledgeBase, id: string): string {
  const p = personById(kb, id);
  if (!p) return id;
  const role = mainRole(p);
  return role ? `${p.name} (${role})` : p.name;
}

/** "2026-01-08 · reception · Lê Thị Thu Hằng, Hilde Solbakken (Norwegian Ambassador to Vietnam) · Hanoi". */
export function eventLine(kb: KnowledgeBase, e: DiplomaticEvent): string {
  const who = e.participants.map((id) => personLabel(kb, id));
  const where = [e.place, ...(who.length ? [] : e.countries.map((c) => placeName(kb, c)))].filter(Boolean);
  const during = e.during ? lookupMaps(kb).event.get(e.during) : undefined;
  const trip = during ? `during the visit of ${showDate(during.date)}` : '';
  return [showDate(e.date), e.kind, who.join(', '), where.join(', '), trip].filter(Boolean).join(' · ');
}

/** "awaiting ratification by Cyprus, Poland, Germany". */
export function statusText(kb: KnowledgeBase, m: StatusMention): string {
  const status = m.status === 'negotiating' ? 'under negotiation' : m.status;
  return m.by.length ? `${status} by ${m.by.map((c) => placeName(kb, c)).join(', ')}` : status;
}
