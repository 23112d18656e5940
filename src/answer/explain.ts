import type { Pipeline } from './answerQuestion.ts';

/** Every stage's result for one question, as plain data (`attache ask --explain`, `"explain"` in --json). */
export interface Explanation {
  question: {
    text: string;
    qword?: string;
    head?: string;
    type: string;
    lemmas: string[];
    content: string[];
    time: { from?: string; to?: string };
  };
  entities: {
    places: string[];
    corrected: Array<{ word: string; code: string }>;
    people: string[];
    agreements: string[];
    topics: string[];
    role?: unknown;
  };
  route: string;
  intent?: string;
  passages: Array<{ passageId: string; score: number; features: Record<string, number>; candidate?: string; sentence: string }>;
  decision: string;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The explanation of a pipeline run: what was read, linked, retrieved and scored, and why it answered or not. */
export function explainOf(run: Pipeline): Explanation {
  const { q, links, answer } = run;
  const decision = answer.notCovered
    ? `not covered: ${answer.notCovered}`
    : answer.route === 'retrieval'
      ? `answered from ${answer.quotes.length} sentence(s)${answer.span ? `, direct answer "${answer.span.text}"` : ''}`
      : `answered by the ${answer.route} intent from the knowledge base`;
  return {
    question: {
      text: q.text,
      ...(q.qword ? { qword: q.qword } : {}),
      ...(q.head ? { head: q.head } : {}),
      type: answer.type,
      lemmas: q.tokens.map((t) => t.lemma),
      content: q.keys,
      time: { from: q.time.from, to: q.time.to },
    },
    entities: {
      places: links.places,
      corrected: links.corrected,
      people: links.people,
      agreements: links.agreements,
      topics: links.topics,
      ...(links.role ? { role: links.role } : {}),
    },
    route: answer.route,
    ...(run.intent ? { intent: run.intent } : {}),
    passages: run.ranked.slice(0, 8).map((s) => ({
      passageId: s.passageId,
      score: round(s.score),
      features: Object.fromEntries(Object.entries(s.features).map(([k, v]) => [k, round(v)])),
      ...(s.candidate ? { candidate: s.candidate.text } : {}),
      sentence: s.text.slice(0, 200),
    })),
    decision,
  };
}

/** The explanation as lines for a terminal. */
export function renderExplanation(e: Explanation): string {
  const ents = Object.entries(e.entities)
    .filter(([, v]) => (Array.isArray(v) ? v.length : v))
    .map(([k, v]) => `${k} ${JSON.stringify(v)}`);
  return [
    `question: "${e.question.text}"`,
    `  question word ${e.question.qword ?? '—'}, head noun ${e.question.head ?? '—'}, answer type ${e.question.type}${e.question.time.from || e.question.time.to ? `, time ${e.question.time.from ?? '…'}–${e.question.time.to ?? '…'}` : ''}`,
    `  lemmas: ${e.question.lemmas.join(' ')}`,
    `  content keys: ${e.question.content.join(' ')}`,
    `entities: ${ents.join('; ') || 'none'}`,
    `route: ${e.route}${e.intent ? ` (intent ${e.intent})` : ''}`,
    'passages (best sentences):',
    ...e.passages.map(
      (p) =>
        `  ${p.score.toFixed(2)} ${p.passageId} ${Object.entries(p.features)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')}${p.candidate ? ` → "${p.candidate}"` : ''}\n      ${p.sentence}`,
    ),
    `decision: ${e.decision}`,
  ].join('\n');
}
