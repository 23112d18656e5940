import type { Article } from '../corpus/types.ts';
import type { KnowledgeBase, Milestone, Person, Topic, TopicMention } from './types.ts';

/** What the corpus holds per partner, built once per knowledge base. */
export interface PartnerIndex {
  /** Articles about each partner, in the knowledge base's order. */
  articles: Map<string, Article[]>;
  /** People of each country. */
  people: Map<string, Person[]>;
  milestones: Map<string, Milestone[]>;
  /** Per partner, each topic with the mentions that tie it to the partner. */
  topics: Map<string, Array<{ topic: Topic; mentions: TopicMention[] }>>;
}

const indexes = new WeakMap<KnowledgeBase, PartnerIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Articles, people, milestones and topic mentions per partner: /country at 10k articles reads its partner's share,
 * not every article, person and mention of the corpus.
 */
export function partnerIndex(kb: KnowledgeBase): PartnerIndex {
  let index = indexes.get(kb);
  if (index) return index;
  index = { articles: new Map(), people: new Map(), milestones: new Map(), topics: new Map() };
  for (const a of kb.articles) for (const c of new Set(kb.partners[a.id] ?? [])) push(index.articles, c, a);
  for (const p of kb.people) if (p.country) push(index.people, p.country, p);
  for (const m of kb.milestones) push(index.milestones, m.country, m);
  for (const topic of kb.topics) {
    const byCountry = new Map<string, TopicMention[]>();
    for (const m of topic.mentions) for (const c of new Set(m.countries)) push(byCountry, c, m);
    for (const [c, mentions] of byCountry) push(index.topics, c, { topic, mentions });
  }
  indexes.set(kb, index);
  return index;
}
