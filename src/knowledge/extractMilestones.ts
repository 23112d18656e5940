import { findDateMentions, resolveMention, YEAR_RANGE, type DateRef } from '../corpus/dates.ts';
import type { Article, DateInfo, Passage } from '../corpus/types.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Milestone } from './types.ts';

/** A milestone as one article states it, before it gets its id in the knowledge base. */
export type ArticleMilestone = Omit<Milestone, 'id' | 'articleId'>;

const VN_NAMES = '(?:Vietnam|Viet Nam|Việt Nam)';
const LEVELS =
  /\b(comprehensive strategic cooperative partnership|comprehensive strategic partnership|strategic cooperative partnership|extensive strategic partnership|green strategic partnership|strategic partnership for the future|comprehensive partnership|strategic partnership)\b/gi;
const FUTURE = /\b(?:will|upcoming|organi[sz]e|prepar\w*|looking ahead|towards|in anticipation|plan\w*)\b/i;

/** The partner a clause is about: "between Việt Nam and X", "Việt Nam–X", "X–Việt Nam", else the story's partner. */
function partnerOf(clause: string, partners: string[], gazetteer: Gazetteer): string | undefined {
  const pair = new RegExp(
    `between ${VN_NAMES} and (?:the )?([\\p{Lu}][\\p{L}]+(?:\\s[\\p{Lu}][\\p{L}]+)*)|${VN_NAMES}\\s*[–—-]\\s*([\\p{Lu}][\\p{L}]+(?:\\s[\\p{Lu}][\\p{L}]+)?)|([\\p{Lu}][\\p{L}]+(?:\\s[\\p{Lu}][\\p{L}]+)?)\\s*[–—-]\\s*${VN_NAMES}`,
    'u',
  ).exec(clause);
  if (pair) {
    const text = pair[1] ?? pair[2] ?? pair[3] ?? '';
    const code = gazetteer.resolve(text) ?? gazetteer.find(text)[0]?.code;
    if (code && code !== 'VN') return code;
  }
  const named = gazetteer
    .find(clause)
    .map((m) => m.code)
    .filter((c) => c !== 'VN');
  if (named.length === 1) return named[0];
  // "their diplomatic relations", "the two countries": the story's one partner.
  return partners.length === 1 ? partners[0] : undefined;
}

/** Ties established (stated or computed from an anniversary), anniversaries and partnership levels in an article. */
export function extractMilestones(article: Article, passages: Passage[], partners: string[], gazetteer: Gazetteer): ArticleMilestone[] {
  const ref: DateRef = article.date.iso
    ? { year: article.date.year!, iso: article.date.iso }
    : article.date.year
      ? { year: article.date.year }
      : {};
  const out: ArticleMilestone[] = [];
  const add = (m: ArticleMilestone) => {
    const twin = out.findIndex((o) => o.kind === m.kind && o.country === m.country && o.date.year === m.date.year && o.level === m.level);
    if (twin < 0) out.push(m);
    // "on November 25, 1971" says more than "(1971–2026)": keep the full date.
    else if (m.date.day && !out[twin]!.date.day) out[twin] = m;
  };
  for (const passage of passages) {
    for (const { text: s } of splitSentences(passage.text)) {
      const at = { sentence: s, passageId: passage.id, partners, gazetteer };
      const stated = tiesStated(at);
      if (stated) add(stated);
      for (const m of anniversaries(at, ref)) add(m);
      for (const m of partnershipLevels(at, article.date)) add(m);
    }
  }
  return out;
}

interface SentenceAt {
  sentence: string;
  passageId: string;
  partners: string[];
  gazetteer: Gazetteer;
}

/** Stated: "establishment of diplomatic ties on November 25, 1971", "established diplomatic relations in 1977". */
function tiesStated({ sentence: s, passageId, partners, gazetteer }: SentenceAt): ArticleMilestone | undefined {
  const est =
    /\b(?:establish\w*|set up)\b(?: of)?\s+(?:their\s+|bilateral\s+)?diplomatic (?:ties|relations)[^.]{0,40}?\b(?:on|in)\s+((?:\w+,?\s+){0,3}\d{4})\b|diplomatic (?:ties|relations) (?:were|was )?established[^.]{0,20}?\b(?:on|in)\s+((?:\w+,?\s+){0,3}\d{4})\b/i.exec(
      s,
    );
  if (!est) return undefined;
  const when = est[1] ?? est[2]!;
  const year = Number(/\b\d{4}$/.exec(when)?.[0]);
  // "September 21010th, 1973" or a year out of range: the sentence states no date that can exist.
  if (!(year >= YEAR_RANGE.min - 200 && year <= YEAR_RANGE.max)) return undefined;
  const dm = findDateMentions(when)[0];
  const date = dm?.day ? resolveMention(dm, {}, when) : { provenance: 'resolved' as const, year, basis: 'year stated' };
  const country = partnerOf(s, partners, gazetteer);
  return country
    ? {
        kind: 'ties established',
        country,
        date: { ...date, provenance: 'explicit', basis: 'stated in the article' },
        computed: false,
        basis: 'stated',
        passageId,
        quote: s,
      }
    : undefined;
}

/**
 * Anniversaries, one per clause ("the 75th anniversary of diplomatic ties between Việt Nam and Russia, … the 50th
 * anniversary of Việt Nam–Germany ties"), each with the year of the ties it counts from.
 */
function anniversaries({ sentence: s, passageId, partners, gazetteer }: SentenceAt, ref: DateRef): ArticleMilestone[] {
  const out: ArticleMilestone[] = [];
  for (const clause of s.split(/(?=\bthe \d{1,3}(?:st|nd|rd|th) (?:founding )?anniversary)/i)) {
    const an =
      /\b(\d{1,3})(?:st|nd|rd|th)\s+(?:founding\s+)?anniversary of (?:the\s+)?(?:their\s+|bilateral\s+)?(?:diplomatic (?:ties|relations)|[^,.;]{0,40}?\b(?:ties|relations)\b)/i.exec(
        clause,
      );
    if (!an || /treaty|signing|victory|partnership/i.test(an[0])) continue;
    if (!/diplomatic|ties|relations/i.test(an[0])) continue;
    const ordinal = Number(an[1]);
    // "The 0th anniversary" is a typo, and no state has had ties for more than about two centuries.
    if (ordinal < 1 || ordinal > 250) continue;
    const country = partnerOf(clause, partners, gazetteer);
    if (!country) continue;
    const span = /\b(1[89]\d\d|20\d\d)\s*[–—-]\s*(20\d\d)\b/.exec(s);
    const spanStated = Boolean(span && Number(span[2]) - Number(span[1]) === ordinal);
    const when = anniversaryYear(s, clause, ordinal, spanStated ? span! : undefined, ref);
    if (!when) continue;
    const { year, basis } = when;
    out.push({
      kind: 'anniversary',
      country,
      date: { provenance: 'resolved', year, basis },
      computed: false,
      basis,
      ordinal,
      passageId,
      quote: s,
    });
    const from = year - ordinal;
    out.push({
      kind: 'ties established',
      country,
      date: {
        provenance: spanStated ? 'explicit' : 'resolved',
        year: from,
        basis: spanStated ? `stated as the span ${from}–${year}` : `computed: ${basis}`,
      },
      computed: !spanStated,
      basis: spanStated ? `stated as the span ${from}–${year}` : `computed from the ${basis}`,
      passageId,
      quote: s,
    });
  }
  return out;
}

/** The year an anniversary falls in: a span that fits it, a stated year, "this year", or the article's when marked. */
function anniversaryYear(
  s: string,
  clause: string,
  ordinal: number,
  span: RegExpExecArray | undefined,
  ref: DateRef,
): { year: number; basis: string } | undefined {
  if (span) return { year: Number(span[2]), basis: `span ${span[1]}–${span[2]}` };
  const stated = /\b(?:in|of|year)\s+(20\d\d|19\d\d)\b/.exec(clause) ?? /\bThe year (20\d\d)\b/.exec(s);
  if (stated) return { year: Number(stated[1]), basis: `${ordinal}th anniversary in ${Number(stated[1])}` };
  if (/\bthis year\b/i.test(s) && ref.year) return { year: ref.year, basis: `${ordinal}th anniversary "this year" (${ref.year})` };
  if (!FUTURE.test(s) && /\b(?:celebrat\w*|mark\w*|on the occasion)\b/i.test(s) && ref.year)
    return { year: ref.year, basis: `${ordinal}th anniversary celebrated in the article's year ${ref.year}` };
  return undefined;
}

/** Partnership levels: established, upgraded, current, under negotiation. */
function partnershipLevels({ sentence: s, passageId, partners, gazetteer }: SentenceAt, articleDate: DateInfo): ArticleMilestone[] {
  const out: ArticleMilestone[] = [];
  for (const m of s.matchAll(LEVELS)) {
    const level = m[1]!.toLowerCase();
    const around = s.slice(Math.max(0, m.index! - 120), m.index! + m[0].length + 40);
    const country = partnerOf(around, partners, gazetteer) ?? partnerOf(s, partners, gazetteer);
    if (!country) continue;
    let status = 'current';
    if (/negotiat|letter of intent|moving towards|towards (?:signing|establishing)/i.test(around)) status = 'negotiating';
    else if (/\b(?:lift\w*|upgrad\w*|elevat\w*|raised)\b/i.test(around)) status = 'upgraded';
    else if (/\bestablish\w*\b/i.test(around) && !/since its establishment/i.test(around)) status = 'established';
    const yearMatch = /\b(?:in|since)\s+(?:\w+\s)?(19\d\d|20\d\d)\b/.exec(s.slice(m.index!));
    const date: DateInfo = yearMatch
      ? { provenance: 'explicit', year: Number(yearMatch[1]), basis: 'year stated' }
      : { ...articleDate, basis: `as reported on the article's date` };
    out.push({ kind: 'partnership', country, date, computed: false, basis: 'stated', level, status, passageId, quote: s });
  }
  return out;
}
