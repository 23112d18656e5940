import { findDateMentions, MONTH_NAMES } from '../corpus/dates.ts';
import { peopleNamedIn } from '../knowledge/peopleNamedIn.ts';
import type { KnowledgeBase, Person } from '../knowledge/types.ts';
import { foldWords } from '../text/fold.ts';
import { joinNames } from '../text/joinNames.ts';
import type { AnswerType } from './answerType.ts';
import type { Links } from './linkEntities.ts';
import type { AnalysedQuestion } from './readQuestion.ts';

/** A typed span a sentence offers as the direct answer. */
export interface Candidate {
  type: AnswerType;
  text: string;
}

const AMOUNT =
  /(?:(?:US)?\$|€|£|USD|EUR|VND)\s?\d[\d.,]*(?:\s?(?:billion|million|trillion|bn|m))?|\d[\d.,]*\s?(?:billion|million|trillion)(?:\s?(?:USD|US dollars|dollars|euros?|EUR|VND))?|\d[\d.,]*\s?(?:%|per cent|percent)/gi;
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred';
const ORDINAL =
  /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:twenty|thirty|forty|fifty|sixty|seventy)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\b/gi;
const LEVEL =
  /\b(?:(?:comprehensive|strategic|extensive|cooperative|green|special|traditional|enhanced|all-round|reliable|close|long-standing|priority|sound)\s+(?:and\s+)?){1,4}(?:partnership|relationship|friendship|solidarity|ties|cooperation)\b|\bspecial (?:relationship|solidarity|friendship)\b/gi;
const MONTH_START = new RegExp(`^(${MONTH_NAMES.join('|')}|the)\\b`, 'i');

/** Where a name starts in a sentence as whole words, or -1. */
function indexOfWord(sentence: string, name: string): number {
  let from = 0;
  for (;;) {
    const i = sentence.indexOf(name, from);
    if (i < 0) return -1;
    const before = sentence[i - 1];
    const after = sentence[i + name.length];
    if (!(before && /\p{L}/u.test(before)) && !(after && /\p{L}/u.test(after))) return i;
    from = i + 1;
  }
}

/** How well a person fits a question: its words in their roles, the office and country asked about. */
const roleWordsOf = new WeakMap<Person, Set<string>>();

function fitOf(q: AnalysedQuestion, links: Links, p: Person): number {
  // Kept per person: at 10k articles an official has hundreds of roles seen, and each candidate sentence asks.
  let roleWords = roleWordsOf.get(p);
  if (!roleWords) roleWordsOf.set(p, (roleWords = new Set(p.roles.flatMap((r) => foldWords(r.role).split(' ')))));
  let fit = q.content.filter((t) => roleWords.has(t.folded)).length;
  // The noun asked for ("Who is the *president* who received the ambassador?") outweighs words that describe
  // someone else in the question.
  if (q.head && roleWords.has(q.head)) fit += 10;
  if (p.country && links.places.includes(p.country)) fit += 1;
  if (links.role?.of && p.country === links.role.of) fit += 2;
  return fit;
}

function people(q: AnalysedQuestion, links: Links, sentence: string, kb: KnowledgeBase, articleId: string): string | undefined {
  const named = peopleNamedIn(kb, sentence)
    .filter((p) => !links.people.includes(p.id))
    // Short forms ("President Kaljulaid") count for people of the sentence's own article.
    .map((p) => ({
      p,
      forms: [p.name, ...p.aliases.filter((a) => a.includes(' ') || (p.articleIds.includes(articleId) && a.length >= 4))],
    }))
    .map(({ p, forms }) => ({ p, at: Math.min(...forms.map((a) => indexOfWord(sentence, a)).filter((i) => i >= 0)) }))
    .filter((x) => Number.isFinite(x.at))
    .map((x) => ({ ...x, fit: fitOf(q, links, x.p) }));
  if (named.length === 0) return undefined;
  // "Who co-chaired…?" with no one named asks for both sides.
  if (links.people.length === 0 && q.verbs.some((v) => /^co-?chair/.test(v) || v === 'co'))
    return joinNames(named.sort((a, b) => a.at - b.at).map((x) => x.p.name));
  const best = Math.max(...named.map((x) => x.fit));
  return joinNames(
    named
      .filter((x) => x.fit === best)
      .sort((a, b) => a.at - b.at)
      .map((x) => x.p.name),
  );
}

function place(links: Links, sentence: string, kb: KnowledgeBase): string | undefined {
  // "in Siem Reap, Cambodia", "in South Africa’s capital Pretoria": the most specific place not asked about.
  const capital = /\bcapital(?: city)?(?: of \p{Lu}\p{L}+)?,?\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u.exec(sentence);
  if (capital) return capital[1];
  for (const m of sentence.matchAll(/\b(?:in|at)\s+((?:\p{Lu}[\p{L}’'-]+)(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/gu)) {
    const name = m[1]!.replace(/[’']s$/, '');
    if (MONTH_START.test(name)) continue;
    const code = kb.gazetteer.resolve(name);
    if (code && (code === 'VN' || links.places.includes(code))) continue;
    return name;
  }
  return undefined;
}

/** Whether every word of a span is already in the question: an echo, not an answer. */
function echoes(q: AnalysedQuestion, span: string): boolean {
  const words = foldWords(span)
    .split(' ')
    .filter((w) => w.length > 2);
  return words.length > 0 && words.every((w) => q.folded.split(' ').includes(w));
}

/** The typed span a sentence offers for a question of this answer type, word for word; undefined when none. */
export function candidateIn(...args: Parameters<typeof spanOf>): Candidate | undefined {
  const [q, , type] = args;
  const span = spanOf(...args);
  return span && !echoes(q, span) ? { type, text: span } : undefined;
}

/** The span itself: (question, links, answer type, sentence, knowledge base, the sentence's article id). */
function spanOf(
  q: AnalysedQuestion,
  links: Links,
  type: AnswerType,
  sentence: string,
  kb: KnowledgeBase,
  articleId: string,
): string | undefined {
  switch (type) {
    case 'date': {
      const m = findDateMentions(sentence).find((d) => d.year || d.day || d.month);
      if (m) return m.text.trim();
      return /\b(?:in|since|from)\s+((?:19|20)\d\d)\b/.exec(sentence)?.[1];
    }
    case 'amount': {
      const money = [...sentence.matchAll(AMOUNT)].map((m) => m[0].trim());
      if (money.length) return money[0];
      if (!q.head) return undefined;
      // "how many visits": a number within a few words before the noun asked about.
      const count = new RegExp(`\\b(\\d+|${NUMBER_WORDS})\\s+(?:[\\p{L}-]+\\s+){0,3}?${q.head.slice(0, 5)}`, 'iu').exec(sentence);
      return count?.[0];
    }
    case 'duration':
      return /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[-\s](?:day|week|month|year)s?\b/i.exec(sentence)?.[0];
    case 'ordinal': {
      const years = /\b(\d+)\s+years\b/.exec(sentence);
      const ord = [...sentence.matchAll(ORDINAL)].map((m) => m[0]);
      return ord[0] ?? years?.[0];
    }
    case 'level':
      return [...sentence.matchAll(LEVEL)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0];
    case 'person':
      return people(q, links, sentence, kb, articleId);
    case 'place':
      return place(links, sentence, kb);
    case 'countries': {
      const codes = [...new Set(kb.gazetteer.find(sentence).map((m) => m.code))].filter((c) => c !== 'VN' && !links.places.includes(c));
      return codes.length >= 2 ? joinNames(codes.map((c) => kb.gazetteer.get(c)?.name ?? c)) : undefined;
    }
    default:
      return undefined;
  }
}
