import { fold } from '../text/fold.ts';
import type { Gazetteer } from './gazetteer.ts';

/** A word of a sentence, as the name reader sees it. */
export interface Tok {
  text: string;
  key: string;
  index: number;
  end: number;
  cap: boolean;
  initial: boolean;
  possessive: boolean;
  /** Only spaces (or an abbreviation's period) separate this token from the previous one. */
  joined: boolean;
  place?: string;
}

/** Forms of address and ranks written with a period. */
export const ABBREV = /^(Mr|Mrs|Ms|Dr|Gen|Sen|Lieut|Lt|Col|Maj|Capt|Prof|St|H\.E)$/;

/** A sentence's words with their offsets, case, possessive, the places they belong to, and how they join. */
export function tokenize(sentence: string, gazetteer: Gazetteer): Tok[] {
  // Acronyms in brackets inside a role ("Communist Party of Russian Federation (CPRF) Gennady Zyuganov") are
  // transparent: blank them out, keeping offsets.
  const text = sentence.replace(/\(\s*[A-Z][A-Za-z]{1,9}\s*\)/g, (m) => ' '.repeat(m.length));
  const places = gazetteer.find(text);
  const out: Tok[] = [];
  // (Words joined by a hyphen or an en dash are one: "Vietnam-Russia", "Japan–Việt Nam".)
  const re = /(\p{Lu}\.(?:\p{Lu}\.?)*)|([\p{L}\p{N}]+(?:[-–'’][\p{L}\p{N}]+)*)(\.)?/gu;
  let prevEnd = 0;
  for (const m of text.matchAll(re)) {
    let word = m[1] ?? m[2]!;
    const index = m.index!;
    let end = index + (m[1] ? m[1].length : m[2]!.length);
    const gap = text.slice(prevEnd, index);
    const prev = out[out.length - 1];
    // Most gaps are one space: joined without a pattern.
    const joined =
      out.length > 0 && (gap === ' ' || /^\s*$/.test(gap.replace(/^\./, prev && (prev.initial || ABBREV.test(prev.text)) ? '' : '.')));
    let possessive = false;
    if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) {
      word = word.slice(0, -2);
      possessive = true;
      end = index + word.length;
    }
    const initial = Boolean(m[1]);
    if (!initial && m[3] && ABBREV.test(word)) end += 1;
    const place = places.find((p) => index >= p.index && index < p.end)?.code;
    out.push({
      text: word,
      key: fold(word),
      index,
      end,
      // ("then-President Luong Cuong", "ex-Minister X": a title all the same.)
      cap: startsCapital(word) || /^(?:then|ex)-\p{Lu}/u.test(word),
      initial,
      possessive,
      joined,
      ...(place ? { place } : {}),
    });
    prevEnd = initial ? end : index + m[0].length - (m[3] && !ABBREV.test(word) ? 1 : 0);
    if (initial || (m[3] && ABBREV.test(word))) prevEnd = index + m[0].length;
  }
  return out;
}

/** Whether a word starts with a capital letter (ASCII without a regular expression: most words are). */
function startsCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
}
