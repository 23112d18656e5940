import { agreementCandidates, articleCandidates, partnerCandidates, personCandidates, topicCandidates } from './names.ts';
import type { Candidate } from './resolveName.ts';
import type { KnowledgeBase } from './types.ts';

/** What platforms can pick names from, for autocomplete. */
export type NameKind = 'place' | 'person' | 'topic' | 'agreement' | 'article';

/** The names a picker offers for an option of this kind. Places are those the corpus mentions. */
export function candidatesFor(kb: KnowledgeBase, kind: NameKind): Candidate[] {
  switch (kind) {
    case 'place':
      return partnerCandidates(kb);
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
