import type { Article, Passage } from '../corpus/types.ts';
import { articlePeople, type ArticlePerson } from './articlePeople.ts';
import { extractAgreements, type AgreementMention } from './extractAgreements.ts';
import { extractEvents } from './extractEvents.ts';
import type { ArticleEvent } from './reading.ts';
import { extractMilestones, type ArticleMilestone } from './extractMilestones.ts';
import type { Gazetteer } from './gazetteer.ts';
import { partnerCountries } from './partners.ts';
import { findTopics } from './topics.ts';

/** Everything one article says, before it is merged with the rest of the corpus. */
export interface ArticleFacts {
  article: Article;
  passages: Passage[];
  people: ArticlePerson[];
  partners: string[];
  events: ArticleEvent[];
  agreements: AgreementMention[];
  milestones: ArticleMilestone[];
  topics: Array<{ topicId: string; quote: string; countries: string[]; passageId: string }>;
}

/** Paragraphs as citable passages. */
export function passagesOf(article: Article): Passage[] {
  return article.paragraphs.map((text, index) => ({ id: `${article.id}#${index}`, articleId: article.id, index, text }));
}

/** Draw the facts of one article (pure: the same article always gives the same facts). */
export function extractArticle(article: Article, gazetteer: Gazetteer): ArticleFacts {
  const passages = passagesOf(article);
  const people = articlePeople(article, passages, gazetteer);
  const partners = partnerCountries(article, people, gazetteer);
  return {
    article,
    passages,
    people,
    partners,
    events: extractEvents(article, passages, people, partners, gazetteer),
    agreements: extractAgreements(article, passages, partners, gazetteer),
    milestones: extractMilestones(article, passages, partners, gazetteer),
    topics: passages.flatMap((p) => findTopics(p, partners, gazetteer).map((t) => ({ ...t, passageId: p.id }))),
  };
}
