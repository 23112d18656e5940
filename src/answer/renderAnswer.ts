import { bold, bullet } from '../core/markdown.ts';
import { Citations } from '../knowledge/cite.ts';
import type { Reply } from '../core/reply.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Answer, AnswerEvidence } from './answer.ts';

/** The honest reply when no passage answers: no citations, and a way to look further. */
export function notCoveredReply(kb: KnowledgeBase): Reply {
  return {
    title: 'Not covered',
    // The question is not echoed: whatever it carries (a ping, an injected claim) is not repeated back.
    text: `The corpus does not cover this: none of its ${kb.articles.length} articles answers the question. Try /search with a few key words, or /help.`,
    fields: [],
    citations: [],
  };
}

/**
 * The one place an answer becomes a Reply: the direct answer in bold, fact lines and quotes as bullets, each ending
 * with the citations of the passages it rests on. An answer with nothing to cite is "not covered".
 */
export function renderAnswer(answer: Answer, kb: KnowledgeBase): Reply {
  if (answer.notCovered || (!answer.span && answer.lines.length === 0 && answer.quotes.length === 0)) return notCoveredReply(kb);
  const cite = new Citations(kb, true);
  const refs = (evidence: AnswerEvidence[]) => cite.refs(evidence);
  const out: string[] = [];
  if (answer.span) out.push(`${bold(answer.span.text)} ${refs(answer.span.evidence)}`);
  for (const l of answer.lines) out.push(bullet(`${l.text} ${refs(l.evidence)}`));
  // A direct answer alone is shown with the sentences that state it, so the reader sees the source's own words.
  const quotes = answer.quotes.length || answer.lines.length || !answer.span ? answer.quotes : answer.span.evidence;
  const seen = new Set<string>();
  const shown = quotes.filter((q) => !seen.has(q.quote) && seen.add(q.quote));
  if (shown.length) {
    if (out.length) out.push('');
    for (const q of shown) out.push(bullet(`${q.quote} ${refs([q])}`));
  }
  // The heading and a count ("3 articles", "12 events; the latest 8") are the bot's own words, not claims from a
  // source, so they go in the title, which needs no citation.
  const title = [answer.heading ?? 'Answer', answer.intro].filter(Boolean).join(' — ');
  return { title, text: out.join('\n'), fields: [], citations: cite.list };
}
