import { foldWords } from '../text/fold.ts';
import { STOP_WORDS } from '../search/stopWords.ts';
import { analyse, termKey, type TaggedEntity, type Token } from './nlp.ts';
import { readTime, type TimeSpan } from './readTime.ts';

/** Longest part of a question that is analysed; the rest is ignored rather than refused. */
export const MAX_QUESTION_CHARS = 1_000;

export type QuestionWord = 'who' | 'what' | 'when' | 'where' | 'which' | 'why' | 'how' | 'how many' | 'how much' | 'how long' | 'list';

/** A question read once: cleaned text, tokens with lemmas and parts of speech, question word, head noun, time. */
export interface AnalysedQuestion {
  /** The question as asked, mentions removed and capped at MAX_QUESTION_CHARS. */
  text: string;
  folded: string;
  tokens: Token[];
  qword?: QuestionWord;
  /** Lemma of the noun the question word asks about ("which city" → city), or of the first noun. */
  head?: string;
  /** Lemmas of the verbs. */
  verbs: string[];
  /** Content words (nouns, verbs, adjectives, numbers, names): what a passage must hold. */
  content: Token[];
  /** Matching keys of the content words (see termKey). */
  keys: string[];
  /** Entities the NLP model tags (DATE, DURATION, MONEY, ORDINAL, …). */
  tagged: TaggedEntity[];
  time: TimeSpan;
}

// Platform mentions and pings: Discord <@id>, <@&role>, <#channel>; Slack <@U…|name>, <!channel>, <!here>; @everyone.
const MENTIONS = /<[@#!][^>\s]{0,80}>|@(?:everyone|here|channel)\b/gi;

/** Strip mentions and pings, collapse white space, cap the length. Never throws. */
export function cleanQuestion(raw: string): string {
  return (
    raw
      .replace(MENTIONS, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are stripped on purpose
      .replace(/[\u0000-\u001f\u007f\u200b-\u200d\ufeff]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_QUESTION_CHARS)
  );
}

const QWORDS = new Set(['who', 'whom', 'whose', 'what', 'when', 'where', 'which', 'why', 'how']);
// Parts of speech that carry what a question is about; the rest shapes the question.
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);
// Verbs and adverbs that only frame a question ("Can you tell me…", "according to…").
const FRAME_LEMMAS = new Set([
  'tell',
  'know',
  'say',
  'give',
  'list',
  'name',
  'please',
  'show',
  'describe',
  'also',
  'there',
  'then',
  'now',
  'ever',
  'really',
  'very',
  'exactly',
  'exact',
  'happen',
  'go',
  'take',
  'make',
  'get',
]);

function questionWord(tokens: Token[]): { qword?: QuestionWord; at: number } {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.folded;
    if (w === 'how') {
      const next = tokens[i + 1]?.folded;
      if (next === 'many' || next === 'much' || next === 'long') return { qword: `how ${next}`, at: i + 1 };
      return { qword: 'how', at: i };
    }
    if (QWORDS.has(w)) return { qword: (w === 'whom' || w === 'whose' ? 'who' : w) as QuestionWord, at: i };
    if (i === 0 && (w === 'list' || w === 'name')) return { qword: 'list', at: i };
  }
  return { at: -1 };
}

/** The noun a question word governs ("which European countries" → country), else the first noun. */
function headNoun(tokens: Token[], at: number): string | undefined {
  // "What did Hang and the ambassador discuss?": an auxiliary after the question word starts the subject; the
  // question asks for the object, not for a noun of the subject.
  if (at >= 0 && ['do', 'have'].includes(tokens[at + 1]?.lemma ?? '') && tokens[at]?.folded !== 'how') return undefined;
  if (at >= 0) {
    for (let i = at + 1; i < Math.min(tokens.length, at + 4); i++) {
      const t = tokens[i]!;
      if (t.pos === 'NOUN') return t.lemma;
      if (!['ADJ', 'DET', 'PROPN', 'NUM'].includes(t.pos)) break;
    }
  }
  return tokens.find((t) => t.pos === 'NOUN' && !STOP_WORDS.has(t.folded))?.lemma;
}

/** Read a question once; every later stage takes this, never the raw text. `now` anchors "last year". */
export function readQuestion(raw: string, now: Date = new Date()): AnalysedQuestion {
  const text = cleanQuestion(raw);
  const { tokens: tagged, entities } = analyse(text);
  // "according to" frames a source; its "accord" is not the noun ("the Paris accord") that asks about agreements.
  const tokens = tagged.map((t, i) =>
    t.folded === 'according' && tagged[i + 1]?.folded === 'to' ? { ...t, lemma: 'according', pos: 'ADP' } : t,
  );
  const { qword, at } = questionWord(tokens);
  // "much", "many", "long" of "how much…" belong to the question word, not to the content.
  const qwordTail = qword?.startsWith('how ') ? at : -1;
  const content = tokens.filter(
    (t, i) =>
      i !== qwordTail &&
      CONTENT_POS.has(t.pos) &&
      /\p{L}|\d/u.test(t.folded) &&
      !STOP_WORDS.has(t.folded) &&
      !QWORDS.has(t.folded) &&
      !FRAME_LEMMAS.has(t.lemma) &&
      t.lemma !== 'be' &&
      t.lemma !== 'do' &&
      t.lemma !== 'have',
  );
  return {
    text,
    folded: foldWords(text),
    tokens,
    qword,
    head: headNoun(tokens, at),
    verbs: tokens.filter((t) => t.pos === 'VERB').map((t) => t.lemma),
    content,
    keys: [
      ...new Set(
        content
          .flatMap((t) => t.folded.split(/[^\p{L}\p{N}]+/u))
          .filter((w) => w.length > 1)
          .map(termKey),
      ),
    ],
    tagged: entities,
    time: readTime(text, now),
  };
}
