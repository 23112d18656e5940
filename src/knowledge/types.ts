import type { Article, DateInfo, Passage, SkippedFile } from '../corpus/types.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { NormalRole } from './normaliseRole.ts';

/** Where a fact was read: the article and passage to cite. */
export interface Evidence {
  articleId: string;
  passageId: string;
  /** The sentence that states the fact. */
  quote: string;
}

/** A role as one article gives it: the phrase as written, and the office, rank and posting read from it. */
export interface RoleSeen extends Evidence, NormalRole {
  role: string;
  country?: string;
  date: DateInfo;
}

export interface Person {
  id: string;
  /** Canonical name, with diacritics when any article gives them. */
  name: string;
  /** Every form seen and the short forms that refer to this person: "Le Thi Thu Hang", "Hằng". */
  aliases: string[];
  country?: string;
  roles: RoleSeen[];
  articleIds: string[];
}

export type EventKind = 'visit' | 'reception' | 'talks' | 'political consultation' | 'phone call' | 'signing' | 'conference' | 'statement';

export interface DiplomaticEvent extends Evidence {
  id: string;
  kind: EventKind;
  date: DateInfo;
  place?: string;
  /** Person ids. */
  participants: string[];
  /** Partner country and organisation codes (Việt Nam is implied). */
  countries: string[];
  /** The same event as other articles tell it: their passages are evidence too. */
  also?: Evidence[];
  /** The visit this event took place during (talks, a reception or a signing on a trip), by id. */
  during?: string;
}

/**
 * What a passage says of an agreement; 'being implemented' is for partnerships and frameworks, which are not treaties
 * and are never "in force".
 */
export type AgreementStatus =
  'in force' | 'being implemented' | 'negotiating' | 'proposed' | 'signed' | 'awaiting ratification' | 'ratified' | 'mentioned';

export interface StatusMention extends Evidence {
  status: AgreementStatus;
  /** Who is to ratify, or who ratified. */
  by: string[];
  date: DateInfo;
}

export interface Agreement {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  parties: string[];
  mentions: StatusMention[];
}

export type MilestoneKind = 'ties established' | 'anniversary' | 'partnership';

export interface Milestone extends Evidence {
  id: string;
  kind: MilestoneKind;
  country: string;
  /** Date of the milestone; for computed ties, the year worked out from an anniversary. */
  date: DateInfo;
  /** True when worked out ("75th anniversary in 2025" → 1950), not stated. */
  computed: boolean;
  basis: string;
  /** Anniversary number, or partnership level. */
  ordinal?: number;
  level?: string;
  /** For partnerships: established, upgraded, current, negotiating, proposed. */
  status?: string;
}

export interface TopicMention extends Evidence {
  countries: string[];
}

export interface Topic {
  id: string;
  name: string;
  aliases: string[];
  countries: string[];
  mentions: TopicMention[];
}

/** The parsed corpus and everything drawn from it; plain data, built once and rebuilt on change. */
export interface KnowledgeBase {
  articles: Article[];
  passages: Passage[];
  people: Person[];
  events: DiplomaticEvent[];
  agreements: Agreement[];
  milestones: Milestone[];
  topics: Topic[];
  /** Partner countries by article id. */
  partners: Record<string, string[]>;
  skipped: SkippedFile[];
  gazetteer: Gazetteer;
}
