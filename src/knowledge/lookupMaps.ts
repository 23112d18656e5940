import type { Article, Passage } from '../corpus/types.ts';
import type { DiplomaticEvent, KnowledgeBase, Person } from './types.ts';

interface Maps {
  article: Map<string, Article>;
  passage: Map<string, Passage>;
  person: Map<string, Person>;
  event: Map<string, DiplomaticEvent>;
  /** The first event each article tells (events keep their articles' order). */
  firstEvent: Map<string, DiplomaticEvent>;
  /** Passages of each article, in order. */
  passagesOf: Map<string, Passage[]>;
}

const cache = new WeakMap<KnowledgeBase, Maps>();

/** Id maps over a knowledge base, built once per snapshot: lookups by id stay constant-time at 100k articles. */
export function lookupMaps(kb: KnowledgeBase): Maps {
  let m = cache.get(kb);
  if (!m) {
    const passagesOf = new Map<string, Passage[]>();
    for (const p of kb.passages) {
      const list = passagesOf.get(p.articleId);
      if (list) list.push(p);
      else passagesOf.set(p.articleId, [p]);
    }
    m = {
      article: new Map(kb.articles.map((a) => [a.id, a])),
      passage: new Map(kb.passages.map((p) => [p.id, p])),
      person: new Map(kb.people.map((p) => [p.id, p])),
      event: new Map(kb.events.map((e) => [e.id, e])),
      firstEvent: new Map([...kb.events].reverse().map((e) => [e.articleId, e])),
      passagesOf,
    };
    cache.set(kb, m);
  }
  return m;
}
