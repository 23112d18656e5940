import type { AnalysedQuestion } from './readQuestion.ts';

/** What kind of answer a question wants. */
export type AnswerType =
  | 'person'
  | 'place'
  | 'date'
  | 'amount'
  | 'duration'
  | 'ordinal'
  | 'level'
  | 'countries'
  | 'items'
  | 'reason'
  | 'events'
  | 'overview'
  | 'fact';

/**
 * The answer-type table: each row matches a question word, a head noun or a lemma anywhere in the question; the
 * row that matches on most of its conditions wins, so "which city" (question word + head) beats "which" alone.
 * A new kind of question is a new row, not a new branch.
 */
interface Row {
  type: AnswerType;
  qword?: string[];
  head?: string[];
  lemma?: string[];
}

const PERSON_NOUNS = [
  'official',
  'minister',
  'leader',
  'envoy',
  'ambassador',
  'president',
  'diplomat',
  'person',
  'who',
  'chairman',
  'chair',
  'secretary',
  'premier',
  'spokesperson',
  'counterpart',
  'head',
  'king',
];
const PLACE_NOUNS = ['city', 'place', 'venue', 'capital', 'location', 'town', 'province', 'where'];
const DATE_NOUNS = ['date', 'day', 'year', 'month', 'time', 'when'];
const COUNTRY_NOUNS = ['country', 'nation', 'partner', 'state', 'member', 'government'];
const ITEM_NOUNS = [
  'area',
  'field',
  'sector',
  'topic',
  'issue',
  'agreement',
  'deal',
  'meeting',
  'body',
  'organisation',
  'organization',
  'route',
  'flight',
  'priority',
  'domain',
  'matter',
  'document',
  'programme',
  'program',
  'project',
  'mou',
  'step',
  'measure',
  'proposal',
  'event',
  'forum',
  'mechanism',
  'item',
];
const LEVEL_NOUNS = ['framework', 'level', 'status', 'partnership'];

const ROWS: Row[] = [
  { type: 'person', qword: ['who'] },
  { type: 'person', qword: ['which', 'what'], head: PERSON_NOUNS },
  { type: 'place', qword: ['where'] },
  { type: 'place', qword: ['which', 'what', 'in what', 'in which'], head: PLACE_NOUNS },
  { type: 'date', qword: ['when'] },
  { type: 'date', qword: ['what', 'which'], head: DATE_NOUNS },
  { type: 'date', lemma: ['since when'] },
  { type: 'amount', qword: ['how much', 'how many'] },
  { type: 'duration', qword: ['how long'] },
  { type: 'ordinal', qword: ['how many'], head: ['year'], lemma: ['mark', 'celebrate', 'anniversary'] },
  { type: 'ordinal', qword: ['which', 'what'], head: ['anniversary', 'round'], lemma: ['anniversary', 'round', 'th'] },
  // "Which meeting" is an ordinal only when the question counts ("the 10th meeting"); else it names meetings.
  { type: 'ordinal', qword: ['which', 'what'], lemma: ['th', 'anniversary'] },
  { type: 'level', qword: ['what', 'which', 'how'], head: LEVEL_NOUNS },
  { type: 'level', qword: ['how'], lemma: ['characterise', 'characterize', 'describe', 'view', 'define'] },
  { type: 'countries', qword: ['which', 'what', 'list'], head: COUNTRY_NOUNS },
  { type: 'items', qword: ['which', 'what', 'list'], head: ITEM_NOUNS },
  { type: 'items', lemma: ['areas', 'fields', 'sectors'] },
  { type: 'reason', qword: ['why'] },
  { type: 'reason', qword: ['what'], head: ['purpose', 'reason', 'aim', 'goal', 'objective', 'significance', 'motive'] },
  { type: 'reason', qword: ['how'], lemma: ['position', 'stance', 'view'], head: ['position', 'stance', 'war', 'conflict'] },
  {
    type: 'events',
    head: ['timeline', 'history', 'milestone', 'engagement', 'contact', 'exchange'],
    lemma: ['timeline', 'history', 'milestone', 'engagement', 'contact'],
  },
  // "List Vietnam's meetings with Laos": events, in the plural, are a timeline rather than items of a text.
  {
    type: 'events',
    qword: ['list', 'what'],
    head: ['meeting', 'visit', 'engagement', 'contact', 'exchange', 'event', 'talk'],
    lemma: ['meetings', 'visits', 'engagements', 'contacts', 'exchanges', 'events'],
  },
  { type: 'events', qword: ['what', 'list'], lemma: ['happen', 'recently', 'take place', 'occur'] },
  { type: 'overview', qword: ['how'], lemma: ['relation', 'tie', 'relationship', 'go'] },
  { type: 'overview', qword: ['what'], lemma: ['discuss', 'talk', 'review'] },
];

/** The answer type of an analysed question, from the table; 'fact' when no row matches. */
export function answerType(q: AnalysedQuestion): AnswerType {
  const lemmas = new Set(q.tokens.map((t) => t.lemma).concat(q.tokens.map((t) => t.folded)));
  const text = ` ${q.folded} `;
  const qword = q.qword ?? '';
  const inQ = [qword, ...(q.folded.startsWith('in what') ? ['in what'] : []), ...(q.folded.startsWith('in which') ? ['in which'] : [])];
  let best: { type: AnswerType; score: number } = { type: 'fact', score: 0 };
  for (const row of ROWS) {
    let score = 0;
    if (row.qword) {
      if (!row.qword.some((w) => inQ.includes(w))) continue;
      score += 1;
    }
    if (row.head) {
      if (row.head.includes(q.head ?? '')) score += 2;
      else if (!row.lemma) continue;
    }
    if (row.lemma) {
      const hit = row.lemma.some((l) => (l.includes(' ') ? text.includes(` ${l} `) : lemmas.has(l)));
      if (hit) score += 1.5;
      else if (!row.head || !row.head.includes(q.head ?? '')) continue;
    }
    if (score > best.score) best = { type: row.type, score };
  }
  // A yes/no question ("Was there a summit…?", "Did X visit…?") wants the fact, not an overview.
  if (!q.qword && /^(is|are|was|were|did|do|does|has|have|had|will|can)\b/.test(q.folded))
    return best.type === 'fact' || best.score === 0 ? 'fact' : best.type;
  // A keyword query that names what it wants ("pedro sanchez vietnam visit dates") wants that.
  if (!q.qword && best.score < 2 && (lemmas.has('date') || lemmas.has('dates') || lemmas.has('when'))) return 'date';
  // A bare keyword query with no question word ("vietnam japan relationship status 2023") reads as an overview.
  if (best.score === 0 && !q.qword && q.content.length <= 6) return 'overview';
  return best.type;
}
