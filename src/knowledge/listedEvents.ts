import { escapeRegExp } from '../text/escapeRegExp.ts';
import { findDateMentions, namesATime, resolveMention, type DateRef } from '../corpus/dates.ts';
import { yearOnly } from './eventYear.ts';
import type { ArticleEvent } from './reading.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { DateInfo } from '../corpus/types.ts';
import { kindsIn } from './kindsIn.ts';
import type { EventKind } from './types.ts';

/**
 * "including visits by the Presidents of France, Hungary and Lithuania", "welcomed state visits by the leaders of
 * Indonesia and Brazil", "held phone talks with his counterparts from Russia and Australia", "paid official visits to
 * Malaysia and Thailand", "receiving the leaders of Laos and Cambodia": a kind, then countries
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
    /\b(?:including|such as|among them|(?:welcomed|received|receiving|hosted|hosting|held|paid|made)(?:\s+\w+){0,2}?)\s+(visits?|trips?|talks|meetings|phone (?:calls|talks)|(?:political )?consultations|dialogues|(?:the\s+)?(?:leaders|heads of state|presidents|prime ministers))\s+(?:by|with|to|from|of)\s+((?:(?!,\s*(?:while|whereas|and the)\b)[^;])+)/gi;
  for (const m of sentence.matchAll(lists)) {
    // A list that names a person, or whose visits a person named right before makes ("To Lam paid state visits to the
    // UK and Bulgaria"), is told person by person elsewhere.
    const before = sentence.slice(0, m.index);
    // (Whole words: "An" is not in "Angola".)
    const madeBy = (n: string) => {
      const i = lastWordAt(before, n);
      return (
        i >= 0 &&
        before
          .slice(i + n.length)
          .trim()
          .split(/\s+/).length <= 2
      );
    };
    if (o.names.some((n) => lastWordAt(m[2]!, n) >= 0 || madeBy(n))) continue;
    // ("while receiving the leaders of Laos, Cambodia and Brunei in Hanoi": their visits.)
    const kind: EventKind = /phone/i.test(m[1]!)
      ? 'phone call'
      : /consultations|dialogues/i.test(m[1]!)
        ? 'political consultation'
        : /visit|trip|leaders|heads|presidents|ministers/i.test(m[1]!)
          ? 'visit'
          : 'talks';
    const countries = [...new Set(gazetteer.find(m[2]!).map((x) => x.code))].filter((c) => c !== 'VN');
    if (countries.length < 2) continue;
    const mention = findDateMentions(sentence).find((x) => x.year || x.relativeYear !== undefined || namesATime(x));
    const date = (mention ? resolveMention(mention, ref, sentence) : undefined) ?? yearOnly(sentence, ref.year) ?? o.year;
    if (date) out.push(...countries.map((c) => ({ kind, date, countries: [c] })));
  }
  return out;
}

/** Where a name last stands in a text as whole words, or -1. */
function lastWordAt(text: string, name: string): number {
  const found = [...text.matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'gu'))];
  return found.length ? found.at(-1)!.index : -1;
}

/**
 * "the state visits of Chinese President Xi Jinping in April and Indian President Droupadi Murmu in November", "Việt
 * Nam welcomed X in June and Y in September": one visit per person, each with its own month; undefined unless every
 * part has a date.
 */
export function visitsOfPeople(sentence: string): string[] | undefined {
  // ("Việt Nam welcomed Kenyan President William Ruto in June and …": the country as host, each guest a visit.)
  const hosted = /\b(?:Vi[eệ]t\s?Nam|Hanoi|Hà Nội)\s+(?:also\s+)?(?:welcomed|hosted)\s+(?!(?:a|an|the|its|delegations?)\b)(.+)$/iu.exec(
    sentence,
  );
  const m = hosted ?? /\b(?:visits|trips)\s+(?:of|by)\s+(.+)$/i.exec(sentence);
  if (!m) return undefined;
  const parts = m[1]!.split(/,\s*(?:and\s+)?|\s+and\s+(?=\p{Lu})/u).filter((p) => p.trim());
  return parts.length >= (hosted ? 1 : 2) && parts.every((p) => findDateMentions(p).some(namesATime)) ? parts : undefined;
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
    .filter((c) => c.trim())
    // ("including the G20 Summit in the US and the APEC Leaders' Meeting in China": two events joined by "and the";
    // "the phone talks between X and the Russian President" stays one.)
    .flatMap((c) => {
      const parts = c.split(/\s+and\s+(?=the\s)/);
      return parts.length > 1 && parts.every((p) => kindsIn(p).length) ? parts : [c];
    });
  const withKind = clauses.filter((c) => kindsIn(c).length);
  if (following && !withKind.every((c) => findDateMentions(c).some(namesATime))) return undefined;
  return withKind.length >= 2 ? clauses : undefined;
}
