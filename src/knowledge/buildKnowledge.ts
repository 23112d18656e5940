import type { Article, SkippedFile } from '../corpus/types.ts';
import { fold } from '../text/fold.ts';
import { personKey } from './articlePeople.ts';
import { extractArticle, type ArticleFacts } from './extractArticle.ts';
import { mergeAcrossArticles } from './mergeAcrossArticles.ts';
import { relateToVisits } from './relateToVisits.ts';
import { Gazetteer } from './gazetteer.ts';
import { TOPIC_LEXICON } from './topics.ts';
import type { Agreement, DiplomaticEvent, KnowledgeBase, Milestone, Person, Topic } from './types.ts';

let shared: Gazetteer | undefined;
/** The gazetteer is costly to build and never changes: one per process. */
export function defaultGazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}

const slug = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const diacriticCount = (s: string) => s.normalize('NFD').replace(/[^\p{M}đĐ]/gu, '').length;

/** Build the knowledge base from parsed articles: people merged across articles, facts kept with their sources. */
export function buildKnowledge(articles: Article[], skipped: SkippedFile[] = [], gazetteer = defaultGazetteer()): KnowledgeBase {
  const facts: ArticleFacts[] = [];
  const notLoaded = [...skipped];
  for (const a of articles) {
    const f = tryExtract(a, gazetteer);
    if ('reason' in f) notLoaded.push({ file: a.file, reason: f.reason });
    else facts.push(f);
  }
  return assembleKnowledge(facts, notLoaded, gazetteer);
}

/** One article's facts, or why they could not be drawn: one strange article never stops the rest from loading. */
export function tryExtract(article: Article, gazetteer: Gazetteer): ArticleFacts | { reason: string } {
  try {
    return extractArticle(article, gazetteer);
  } catch (err) {
    return {
      reason: `facts could not be drawn (${String((err as Error).message ?? err)
        .split('\n')[0]!
        .slice(0, 120)})`,
    };
  }
}

/** Merge per-article facts into one knowledge base (also used when one article changes). */
export function assembleKnowledge(facts: ArticleFacts[], skipped: SkippedFile[], gazetteer: Gazetteer): KnowledgeBase {
  const sorted = [...facts].sort((a, b) => a.article.id.localeCompare(b.article.id));
  const people = mergePeople(sorted);
  const personId = (articleId: string, key: string) => people.index.get(`${articleId}|${key}`);
  const events: DiplomaticEvent[] = [];
  const agreements = new Map<string, Agreement>();
  const milestones: Milestone[] = [];
  const topics = new Map<string, Topic>();
  const partners: Record<string, string[]> = {};
  for (const f of sorted) {
    partners[f.article.id] = f.partners;
    events.push(...eventsOf(f, personId));
    addAgreements(agreements, f);
    f.milestones.forEach((m, i) => milestones.push({ id: `${f.article.id}:m${i}`, ...m, articleId: f.article.id }));
    addTopics(topics, f);
  }
  return {
    articles: sorted.map((f) => f.article),
    passages: sorted.flatMap((f) => f.passages),
    people: people.list,
    events: relateToVisits(mergeAcrossArticles(events)),
    agreements: [...agreements.values()],
    milestones,
    topics: [...topics.values()],
    partners,
    skipped,
    gazetteer,
  };
}

/** One article's events, with people as knowledge-base ids. */
function eventsOf(f: ArticleFacts, personId: (articleId: string, key: string) => string | undefined): DiplomaticEvent[] {
  const a = f.article;
  return f.events.map((e, i) => ({
    id: `${a.id}:e${i}`,
    kind: e.kind,
    date: e.date,
    ...(e.place ? { place: e.place } : {}),
    participants: e.participants.map((k) => personId(a.id, k)).filter((x): x is string => Boolean(x)),
    countries: e.countries,
    articleId: a.id,
    passageId: e.passageId,
    quote: e.quote,
  }));
}

/** Each agreement an article names joins the one with its key, with the mention's status and date. */
function addAgreements(agreements: Map<string, Agreement>, f: ArticleFacts): void {
  const a = f.article;
  for (const m of f.agreements) {
    let ag = agreements.get(m.key);
    if (!ag) {
      ag = {
        id: slug(m.aliases.find((x) => /^[A-Z]{4,}$/.test(x)) ?? m.name),
        name: m.name,
        aliases: [],
        kind: m.kind,
        parties: m.parties,
        mentions: [],
      };
      agreements.set(m.key, ag);
    }
    for (const al of m.aliases) if (!ag.aliases.includes(al)) ag.aliases.push(al);
    ag.mentions.push({ status: m.status, by: m.by, date: a.date, articleId: a.id, passageId: m.passageId, quote: m.quote });
  }
}

/** Each topic an article names gains the mention and the partners the passage ties it to. */
function addTopics(topics: Map<string, Topic>, f: ArticleFacts): void {
  for (const t of f.topics) {
    const def = TOPIC_LEXICON.find((x) => x.id === t.topicId)!;
    let topic = topics.get(t.topicId);
    if (!topic) {
      topic = { id: def.id, name: def.name, aliases: def.aliases, countries: [], mentions: [] };
      topics.set(t.topicId, topic);
    }
    for (const c of t.countries) if (!topic.countries.includes(c)) topic.countries.push(c);
    topic.mentions.push({ articleId: f.article.id, passageId: t.passageId, quote: t.quote, countries: t.countries });
  }
}

/** One Person per real person: same folded name, or "A. Rudenko" beside the only Rudenko with that initial. */
function mergePeople(facts: ArticleFacts[]): { list: Person[]; index: Map<string, string> } {
  const byKey = new Map<string, Person>();
  const index = new Map<string, string>();
  const all = facts.flatMap((f) => f.people.map((p) => ({ f, p })));
  // (An official of a large archive is in thousands of articles: membership by set, not by scanning the list.)
  const articlesOf = new Map<Person, Set<string>>();
  // Full names first, so that initials can join them.
  all.sort((x, y) => Number(/^\p{L}\s/u.test(x.p.key)) - Number(/^\p{L}\s/u.test(y.p.key)));
  for (const { f, p } of all) {
    let key = p.key;
    const parts = key.split(' ');
    if (parts[0]!.length === 1 && !byKey.has(key)) {
      const candidates = [...byKey.keys()].filter((k) => k.endsWith(` ${parts[parts.length - 1]}`) && k.startsWith(parts[0]!));
      if (candidates.length === 1) key = candidates[0]!;
    }
    let person = byKey.get(key);
    if (!person) {
      person = { id: slug(key), name: p.name, aliases: [], roles: [], articleIds: [] };
      byKey.set(key, person);
    }
    if (diacriticCount(p.name) > diacriticCount(person.name) || (person.name.includes('.') && !p.name.includes('.'))) person.name = p.name;
    for (const al of [p.name, ...p.shortForms]) if (!person.aliases.includes(al)) person.aliases.push(al);
    const seen = articlesOf.get(person) ?? articlesOf.set(person, new Set()).get(person)!;
    if (!seen.has(f.article.id)) {
      seen.add(f.article.id);
      person.articleIds.push(f.article.id);
    }
    const first = p.mentions[0];
    if (p.role && first) {
      const normal = { ...(p.office ? { office: p.office } : {}), ...(p.rank ? { rank: p.rank } : {}), ...(p.to ? { to: p.to } : {}) };
      person.roles.push({
        role: p.role,
        ...normal,
        ...(p.country ? { country: p.country } : {}),
        date: f.article.date,
        articleId: f.article.id,
        passageId: first.passageId,
        quote: first.sentence,
      });
    }
    if (p.country && !person.country) person.country = p.country;
    index.set(`${f.article.id}|${p.key}`, person.id);
  }
  return { list: [...byKey.values()], index };
}

/** Stable key for matching a person's name typed by a user. */
export { personKey };
