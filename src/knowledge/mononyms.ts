import { fold } from '../text/fold.ts';
import { splitSentences } from '../text/sentences.ts';
import type { ArticlePerson } from './articlePeople.ts';
import type { Gazetteer } from './gazetteer.ts';
import { CALENDAR_WORDS, ROLE_WORDS } from './lexicon.ts';
import { INSTITUTION_WORDS } from './institutionWords.ts';

/** A head's title, then one capitalised name and no other: "Foreign Minister Sugiono", "President Lula's visit". */
const TITLED_ONE =
  /\b(?:President|Vice President|Prime Minister|Foreign Minister|Minister|Speaker|Governor|Chancellor|Premier)\s+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*)\b(?![\p{L}-]|\s+\p{Lu})/gu;

/**
 * People the press names by one name, as Indonesians often are ("Foreign Minister Sugiono") and some heads of state
 * ("President Lula"): a title's single name that is no short form of someone the article names in full, no place and
 * no ordinary word of a title. Each gets the title as role and the demonym before it as country.
 */
export function mononyms(
  texts: Array<{ passageId: string; text: string }>,
  people: ArticlePerson[],
  gazetteer: Gazetteer,
): ArticlePerson[] {
  const known = new Set(people.flatMap((p) => [...p.name.split(/\s+/), ...p.shortForms].map(fold)));
  const found = new Map<string, ArticlePerson>();
  for (const { passageId, text } of texts) {
    for (const s of splitSentences(text)) {
      for (const m of s.text.matchAll(TITLED_ONE)) {
        const name = m[1]!;
        const key = fold(name);
        if (known.has(key) || ROLE_WORDS.has(key) || INSTITUTION_WORDS.has(key) || CALENDAR_WORDS.has(key)) continue;
        if (gazetteer.find(name).length) continue;
        let p = found.get(key);
        if (!p) {
          const country = gazetteer.find(s.text.slice(Math.max(0, m.index! - 25), m.index!)).at(-1)?.code;
          p = { key, name, shortForms: [name], mentions: [], role: m[0].slice(0, -name.length).trim(), ...(country ? { country } : {}) };
          found.set(key, p);
        }
        p.mentions.push({ passageId, sentence: s.text, index: m.index! + m[0].length - name.length });
      }
    }
  }
  return [...found.values()];
}
