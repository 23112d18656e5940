import type { KnowledgeBase, Person } from './types.ts';

interface ByWord {
  /** People by the first run of letters of each of their names and aliases, as written. */
  byWord: Map<string, Person[]>;
  /** People with a name that does not start with a letter: always looked at. */
  others: Person[];
  order: Map<Person, number>;
}

const cache = new WeakMap<KnowledgeBase, ByWord>();
const firstRun = (name: string) => /^\p{L}+/u.exec(name)?.[0];

function byWordOf(kb: KnowledgeBase): ByWord {
  let m = cache.get(kb);
  if (!m) {
    const byWord = new Map<string, Person[]>();
    const others: Person[] = [];
    for (const p of kb.people) {
      const keys = new Set<string | undefined>([p.name, ...p.aliases].map(firstRun));
      for (const k of keys) {
        if (k === undefined) others.push(p);
        else if (byWord.has(k)) byWord.get(k)!.push(p);
        else byWord.set(k, [p]);
      }
    }
    m = { byWord, others: [...new Set(others)], order: new Map(kb.people.map((p, i) => [p, i])) };
    cache.set(kb, m);
  }
  return m;
}

/**
 * The people whose name or an alias could be written, as a whole word, in a text: every person whose name starts
 * where a word of the text starts, in the knowledge base's order. A superset of those named, found without looking
 * at each of the thousands of people of a large corpus.
 */
export function peopleNamedIn(kb: KnowledgeBase, text: string): Person[] {
  const { byWord, others, order } = byWordOf(kb);
  const found = new Set<Person>(others);
  for (const [word] of text.matchAll(/\p{L}+/gu)) for (const p of byWord.get(word) ?? []) found.add(p);
  return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
}
