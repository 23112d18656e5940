import { agreementCandidates, articleCandidates, personCandidates, placeCandidates, topicCandidates } from './names.ts';
import type { Candidate } from './resolveName.ts';
import type { KnowledgeBase } from './types.ts';

/** What platforms can pick names from, for autocomplete. */
export type NameKind = 'place' | 'person' | 'topic' | 'agreement' | 'article';

/** The names a picker offers for an option of this kind. Places are those the corpus mentions. */
export function candidatesFor(kb: KnowledgeBase, kind: NameKind): Candidate[] {
  switch (kind) {
    case 'place': {
      const mentioned = new Set([...Object.values(kb.partners).flat(), ...kb.events.flatMap((e) => e.countries)]);
      return placeCandidates(kb).filter((c) => mentioned.has(c.id));
    }
    case 'person':
      return personCandidates(kb);
    case 'topic':
      return topicCandidates(kb);
    case 'agreement':
      return agreementCandidates(kb);
    case 'article':
      return articleCandidates(kb);
  }
}
