import { findDateMentions } from '../corpus/dates.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { QuestionFacts } from './analyzeQuestion.ts';

const AMOUNT = /(?:(?:US)?\$|€|£|USD|EUR|VND)\s?\d[\d.,]*(?:\s?(?:billion|million|trillion|bn|m))?|\d[\d.,]*\s?(?:billion|million|trillion)(?:\s?(?:USD|US dollars|dollars|euros?|EUR|VND))?|\d[\d.,]*\s?(?:%|per cent|percent)/gi;

const joinNames = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/**
 * The direct answer a question asks for, taken word for word from a sentence: a date, people, an amount or a list
 * of places. Undefined when the sentence holds no such span.
 */
export function directAnswer(q: QuestionFacts, sentence: string, kb: KnowledgeBase): string | undefined {
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
      const named = kb.people
        .filter((p) => !q.people.includes(p.id))
        .map((p) => ({ p, at: Math.min(...[p.name, ...p.aliases.filter((a) => a.includes(' '))].map((a) => sentence.indexOf(a)).filter((i) => i >= 0)) }))
        .filter((x) => Number.isFinite(x.at))
        .sort((a, b) => a.at - b.at);
      return named.length ? joinNames(named.map((x) => x.p.name)) : undefined;
    }
    case 'list': {
      const codes = [...new Set(kb.gazetteer.find(sentence).map((m) => m.code))].filter((c) => c !== 'VN' && !q.places.includes(c));
      return codes.length >= 2 ? joinNames(codes.map((c) => kb.gazetteer.get(c)?.name ?? c)) : undefined;
    }
    case 'place': {
      const m = /\b(?:in|at)\s+((?:\p{Lu}[\p{L}’'-]+)(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/u.exec(sentence);
      return m?.[1];
    }
    default:
      return undefined;
  }
}
