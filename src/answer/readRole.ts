import type { Office } from '../knowledge/normaliseRole.ts';
import type { AnalysedQuestion } from './readQuestion.ts';

/** An office a question asks about: "Vietnam's foreign minister", "the Norwegian ambassador", "envoy to Laos". */
export interface RoleAsked {
  office: Office;
  /** Deputy, vice or assistant rank asked for explicitly. */
  deputy: boolean;
  /** Whose office: a place code, 'VN' for Việt Nam, or unknown. */
  of?: string;
  /** Where an ambassador is posted, when the question says so ("to Norway"). */
  to?: string;
}

export type { Office };

// Phrases (folded words) for each office; the longest phrase found wins.
const OFFICES: Array<[Office, string[]]> = [
  ['foreign minister', ['foreign minister', 'minister of foreign affairs', 'fm', 'top diplomat', 'foreign affairs minister']],
  ['ambassador', ['ambassador', 'envoy', 'ambassadors', 'envoys']],
  ['prime minister', ['prime minister', 'premier', 'pm']],
  ['president', ['president', 'head of state', 'state president']],
  ['general secretary', ['general secretary', 'party chief', 'party leader']],
  ['spokesperson', ['spokesperson', 'spokesman', 'spokeswoman']],
  ['minister', ['minister']],
];
const VIETNAM = new Set(['vietnam', 'vietnamese', 'viet']);

/** The office a question names, with whose it is and where it is posted; undefined when it names none. */
export function readRole(q: AnalysedQuestion, places: string[]): RoleAsked | undefined {
  const words = q.folded.split(' ');
  let found: { office: Office; at: number; len: number } | undefined;
  for (const [office, phrases] of OFFICES) {
    for (const phrase of phrases) {
      const p = phrase.split(' ');
      for (let i = 0; i + p.length <= words.length; i++) {
        if (p.every((w, k) => words[i + k] === w) && (!found || p.length > found.len)) found = { office, at: i, len: p.length };
      }
    }
    if (found) break;
  }
  if (!found) return undefined;
  const before = words.slice(Math.max(0, found.at - 4), found.at);
  const after = words.slice(found.at + found.len, found.at + found.len + 5);
  const deputy = before.some((w) => w === 'deputy' || w === 'vice' || w === 'assistant') || words.includes('deputy');
  let of: string | undefined;
  if (before.some((w) => VIETNAM.has(w)) || (after[0] === 'of' && VIETNAM.has(after[1] ?? ''))) of = 'VN';
  else if (places.length && before.length) of = places[0];
  let to: string | undefined;
  const toAt = after.indexOf('to');
  if (toAt >= 0) {
    if (VIETNAM.has(after[toAt + 1] ?? '')) to = 'VN';
    else if (places.length) to = places.at(-1);
  }
  if (to && of === to) of = undefined;
  if (to && to !== 'VN' && !of) of = 'VN';
  return { office: found.office, deputy, ...(of ? { of } : {}), ...(to ? { to } : {}) };
}
