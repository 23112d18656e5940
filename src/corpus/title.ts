import { splitSentences } from '../text/sentences.ts';

/** Does this first line read as a headline: short, no closing full stop, not a dateline? */
export function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (line.length > 200 || words < 3 || words > 30) return false;
  if (/[.:;,]$/.test(line) && !/\b[A-Z]\.$/.test(line)) return false;
  if (/\((?:VNA|VOV|VOVworld|VNS|VGP|VNF)\)\s*[–—-]/.test(line)) return false;
  if (/^\p{Lu}{2,}[\p{Lu} ]*\s*[–—]/u.test(line)) return false;
  return true;
}

/** A short title made from the lead sentence, for texts that come without a headline. */
export function deriveTitle(lead: string): string {
  const sentence = splitSentences(lead)[0]?.text ?? lead;
  const words = sentence.replace(/[.!?]+$/, '').split(/\s+/);
  if (words.length <= 16) return words.join(' ');
  // Cut at a clause boundary after a few words when there is one; else at 14 words.
  const text = words.join(' ');
  const clause = /^(.{50,110}?)(?:,| who | which | during | while | as | to discuss | in order to )/.exec(text);
  return clause ? `${clause[1]!.trim()}…` : `${words.slice(0, 14).join(' ')}…`;
}
