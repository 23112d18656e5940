import { splitSentences } from '../text/sentences.ts';
import type { Article } from '../corpus/types.ts';
import type { ArticlePerson } from './articlePeople.ts';
import type { Gazetteer } from './gazetteer.ts';

const VN = 'VN';

/**
 * The partners an article is about, by salience: named in the headline or lead, paired with Việt Nam
 * ("Việt Nam–Norway", "between Vietnam and X"), the country of officials who appear, how often named.
 * Places only passed through ("in Bonn, Germany", "friend of both Russia and Ukraine") score low.
 */
export function partnerCountries(article: Article, people: ArticlePerson[], gazetteer: Gazetteer): string[] {
  const score = new Map<string, number>();
  const add = (code: string, n: number) => {
    if (code !== VN) score.set(code, (score.get(code) ?? 0) + n);
  };
  for (const m of gazetteer.find(article.title)) add(m.code, 4);
  article.paragraphs.forEach((p, i) => {
    const mentions = gazetteer.find(p);
    for (const m of mentions) {
      const venue =
        /,\s*$/.test(p.slice(Math.max(0, m.index - 2), m.index)) &&
        /\bin\s+\p{Lu}[\p{L}-]+,\s*$/u.test(p.slice(Math.max(0, m.index - 30), m.index));
      add(m.code, venue ? 0.5 : i === 0 ? 3 : 1);
    }
    for (const pair of p.matchAll(
      /\b(?:Vietnam|Viet Nam|Việt Nam)\s*[–—-]\s*([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)|([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)\s*[–—-]\s*(?:Vietnam|Viet Nam|Việt Nam)\b|between (?:Vietnam|Viet Nam|Việt Nam) and (?:the )?([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)/gu,
    )) {
      // "EU-Vietnam Free Trade Agreement" names a treaty, not the story's partner.
      if (/^\s*(?:Free Trade|Investment|FTA|Agreement|Treaty)/i.test(p.slice(pair.index! + pair[0].length))) continue;
      const code = gazetteer.resolve(pair[1] ?? pair[2] ?? pair[3] ?? '');
      if (code) add(code, 3);
    }
  });
  for (const p of people) if (p.country) add(p.country, p.role ? 2 : 1);
  // A country in the headline or the lead sentence is a partner however often the rest names another.
  const lead = `${article.title}\n${splitSentences(article.paragraphs[0] ?? '')[0]?.text ?? ''}`;
  const inLead = new Set(
    gazetteer
      .find(lead)
      .filter((m) => !/\bin\s+\p{Lu}[\p{L}-]+,\s*$/u.test(lead.slice(Math.max(0, m.index - 30), m.index)))
      .map((m) => m.code),
  );
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return [];
  const top = ranked[0]![1];
  const isCountry = (code: string) => gazetteer.get(code)?.kind === 'country';
  return ranked
    .filter(([code, s]) => (isCountry(code) ? s >= Math.max(3, top * 0.3) || inLead.has(code) : s >= top * 0.6))
    .map(([code]) => code);
}
