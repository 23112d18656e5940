import { fold } from '../text/fold.ts';
import type { Gazetteer } from './gazetteer.ts';

/** The offices a role phrase is normalised to; any other title keeps only its raw phrase. */
export type Office =
  | 'foreign minister'
  | 'ambassador'
  | 'president'
  | 'prime minister'
  | 'general secretary'
  | 'minister'
  | 'spokesperson'
  | 'state secretary';

/** A role as an office, a rank and a posting; the raw phrase is kept beside it for display. */
export interface NormalRole {
  office?: Office;
  /** 'deputy' for a deputy, vice or assistant of the office; 'head' otherwise. Set with the office. */
  rank?: 'head' | 'deputy';
  /** Where an ambassador is posted ("Ambassador to Japan" → JP; a foreign ambassador with none is in Việt Nam). */
  to?: string;
}

// Longest and most specific first: "Deputy Prime Minister and Foreign Minister" is a deputy prime minister and a
// foreign minister; the first office written is the role's office.
const OFFICES: Array<[Office, RegExp]> = [
  ['foreign minister', /\b(?:foreign minister|minister of foreign affairs|foreign affairs minister|minister for foreign affairs|fm)\b/],
  ['prime minister', /\b(?:prime minister|premier|pm)\b/],
  ['general secretary', /\b(?:general secretary|secretary general)\b/],
  ['president', /\bpresident\b/],
  ['ambassador', /\bambassador\b/],
  ['spokesperson', /\bspokes(?:person|man|woman)\b/],
  ['state secretary', /\b(?:state secretary|secretary of state|under ?secretary|permanent secretary)\b/],
  ['minister', /\bminister\b/],
];
const DEPUTY = /\b(?:deputy|vice|assistant|first deputy|standing deputy)\s*$/;

/**
 * A role phrase as office + rank + posting: "Deputy Minister of Foreign Affairs" is the foreign minister's office at
 * deputy rank; "Deputy Prime Minister and Foreign Minister" is a foreign minister (the second office is the one held
 * in full); "Vietnamese Ambassador to Japan" is posted to JP. Pure.
 */
export function normaliseRole(role: string, gazetteer: Gazetteer): NormalRole {
  const text = ` ${fold(role).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  // Each office written, with whether the words right before it make it a deputy's.
  const found = OFFICES.map(([office, re]) => {
    const m = re.exec(text);
    return m ? { office, at: m.index, deputy: DEPUTY.test(text.slice(0, m.index)) } : undefined;
  }).filter((x): x is { office: Office; at: number; deputy: boolean } => Boolean(x));
  // A minister is only a minister when no more specific office covers the same words.
  const specific = found.filter(
    (f) => f.office !== 'minister' || !found.some((g) => g !== f && g.office !== 'minister' && Math.abs(g.at - f.at) < 12),
  );
  // An office held in full beats one held as deputy ("Deputy PM and Foreign Minister" is a foreign minister).
  const chosen = specific.find((f) => !f.deputy) ?? specific[0];
  if (!chosen) return {};
  const posting = /\b(?:to|in)\s+(.+)$/i.exec(role);
  const to = chosen.office === 'ambassador' && posting ? gazetteer.find(posting[1]!)[0]?.code : undefined;
  return { office: chosen.office, rank: chosen.deputy ? 'deputy' : 'head', ...(to ? { to } : {}) };
}
