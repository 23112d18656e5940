import { findDateMentions, namesATime, resolveMention, type DateRef } from '../corpus/dates.ts';
import { yearOnly } from './eventYear.ts';
import type { ArticleEvent } from './reading.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { DateInfo } from '../corpus/types.ts';
import { kindsIn } from './kindsIn.ts';
import type { EventKind } from './types.ts';

/**
 * "including visits by the Presidents of France, Hungary and Lithuania", "welcomed state visits by the leaders of
 * Indonesia and Brazil", "held phone talks with his counterparts from Russia and Australia": a kind, then countries
 * listed by title, one event per country. A list that names a person is told person by person elsewhere. Dated by the
 * sentence, else by `year` (the year a review looks back on), else not at all.
 */
export function listedByCountry(
  sentence: string,
  ref: DateRef,
  gazetteer: Gazetteer,
  o: { names: string[]; year?: DateInfo },
): Array<Omit<ArticleEvent, 'participants' | 'passageId' | 'quote'>> {
  const out: Array<Omit<ArticleEvent, 'participants' | 'passageId' | 'quote'>> = [];
  const lists =
    /\b(?:including|such as|among them|(?:welcomed|received|hosted|held)(?:\s+\w+){0,2}?)\s+(visits?|trips?|talks|meetings|phone (?:calls|talks))\s+(?:by|with|to|from)\s+((?:(?!,\s*(?:while|whereas|and the)\b)[^;])+)/gi;
  for (const m of sentence.matchAll(lists)) {
    if (o.names.some((n) => m[2]!.includes(n))) continue;
    const kind: EventKind = /phone/i.test(m[1]!) ? 'phone call' : /visit|trip/i.test(m[1]!) ? 'visit' : 'talks';
    const countries = [...new Set(gazetteer.find(m[2]!).map((x) => x.code))].filter((c) => c !== 'VN');
    if (countries.length < 2) continue;
    const mention = findDateMentions(sentence).find((x) => x.year || x.relativeYear !== undefined);
    const date = (mention ? resolveMention(mention, ref, sentence) : undefined) ?? yearOnly(sentence, ref.year) ?? o.year;
    if (date) out.push(...countries.map((c) => ({ kind, date, countries: [c] })));
  }
  return out;
}

/** The clauses of a list of past events ("including A in June, B in August, and C"), or undefined. */
export function listedEvents(sentence: string): string[] | undefined {
  const including = /\b(?:including|such as)\b/i.exec(sentence);
  // "…particularly following the official visit by X in December 2023 and the meeting between Y and Z in October
  // 2024": past events joined by "and", each with its own date.
  const following = including ? undefined : /\b(?:following|after)\s+(?=the\b)/i.exec(sentence);
  const at = including ?? following;
  if (!at) return undefined;
  const clauses = sentence
    .slice(at.index + at[0].length)
    .split(following ? /,\s*(?:and\s+)?|;\s*|\s+and\s+(?=the\s)/ : /,\s*(?:and\s+)?|;\s*/)
    .filter((c) => c.trim());
  const withKind = clauses.filter((c) => kindsIn(c).length);
  if (following && !withKind.every((c) => findDateMentions(c).some(namesATime))) return undefined;
  return withKind.length >= 2 ? clauses : undefined;
}
