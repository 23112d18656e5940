import { findDateMentions } from '../corpus/dates.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { foldWords } from '../text/fold.ts';
import type { QuestionFacts } from './analyzeQuestion.ts';
import { joinNames } from '../text/joinNames.ts';

const AMOUNT = /(?:(?:US)?\$|€|£|USD|EUR|VND)\s?\d[\d.,]*(?:\s?(?:billion|million|trillion|bn|m))?|\d[\d.,]*\s?(?:billion|million|trillion)(?:\s?(?:USD|US dollars|dollars|euros?|EUR|VND))?|\d[\d.,]*\s?(?:%|per cent|percent)/gi;

/** How well a person fits a question: question words found in their role, plus the country asked about. */
function fitOf(q: QuestionFacts, p: KnowledgeBase['people'][number], kb: KnowledgeBase): number {
  const roleWords = new Set(p.roles.flatMap((r) => foldWords(r.role).split(' ')));
  const country = p.country ? foldWords([kb.gazetteer.get(p.country)?.name ?? '', ...(kb.gazetteer.get(p.country)?.demonyms ?? [])].join(' ')).split(' ') : [];
  let fit = q.terms.filter((t) => roleWords.has(t)).length;
  if (p.country && q.places.includes(p.country)) fit += 2;
  if (q.terms.some((t) => country.includes(t))) fit += 1;
  return fit;
}

/** Where a name starts in a sentence as whole words, or -1. */
function indexOfWord(sentence: string, name: string): number {
  const i = sentence.indexOf(name);
  if (i < 0) return -1;
  const before = sentence[i - 1];
  const after = sentence[i + name.length];
  return (before && /[\p{L}]/u.test(before)) || (after && /[\p{L}]/u.test(after)) ? -1 : i;
}


/**
 * The direct answer a question asks for, taken word for word from a sentence: a date, people, an amount or a list
 * of places. Undefined when the sentence holds no such span.
 */
export function directAnswer(q: QuestionFacts, sentence: string, kb: KnowledgeBase, articleId?: string): string | undefined {
  switch (q.kind) {
    case 'date': {
      const m = findDateMentions(sentence).find((d) => d.year || d.day || d.month);
      if (m) return m.text.trim();
      return /\b(?:in|since)\s+((?:19|20)\d\d)\b/.exec(sentence)?.[1];
    }
    case 'amount': {
      const all = [...sentence.matchAll(AMOUNT)].map((m) => m[0].trim());
      return all.length ? all[0] : undefined;
    }
    case 'person': {
      // People in the sentence, best fitting the question first: "the President of Estonia who…" wants the one whose
      // role and country the question names, not everyone in the sentence.
      const named = kb.people
        .filter((p) => !q.people.includes(p.id))
        // Short forms ("President Kaljulaid") count for people of the sentence's own article.
        .map((p) => ({ p, forms: [p.name, ...p.aliases.filter((a) => a.includes(' ') || (articleId && p.articleIds.includes(articleId) && a.length >= 4))] }))
        .map(({ p, forms }) => ({ p, at: Math.min(...forms.map((a) => indexOfWord(sentence, a)).filter((i) => i >= 0)) }))
        .filter((x) => Number.isFinite(x.at))
        .map((x) => ({ ...x, fit: fitOf(q, x.p, kb) }));
      if (named.length === 0) return undefined;
      const best = Math.max(...named.map((x) => x.fit));
      return joinNames(named.filter((x) => x.fit === best).sort((a, b) => a.at - b.at).map((x) => x.p.name));
    }
    case 'list': {
      const codes = [...new Set(kb.gazetteer.find(sentence).map((m) => m.code))].filter((c) => c !== 'VN' && !q.places.includes(c));
      return codes.length >= 2 ? joinNames(codes.map((c) => kb.gazetteer.get(c)?.name ?? c)) : undefined;
    }
    case 'place': {
      // "in Siem Reap, Cambodia", "in South Africa’s capital Pretoria": the most specific place not asked about.
      const capital = /\bcapital(?: city)?(?: of \p{Lu}\p{L}+)?,?\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u.exec(sentence);
      if (capital) return capital[1];
      for (const m of sentence.matchAll(/\b(?:in|at)\s+((?:\p{Lu}[\p{L}’'-]+)(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/gu)) {
        const name = m[1]!.replace(/[’']s$/, '');
        const code = kb.gazetteer.resolve(name);
        if (code && (code === 'VN' || q.places.includes(code))) continue;
        if (/^(January|February|March|April|May|June|July|August|September|October|November|December|the)\b/i.test(name)) continue;
        return name;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
