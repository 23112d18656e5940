import { prepareLookups } from '../knowledge/prepareLookups.ts';
import type { Passage } from '../corpus/types.ts';
import type { Reply } from '../core/reply.ts';
import { lookupMaps } from '../knowledge/lookupMaps.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { PassageIndex } from '../search/passageIndex.ts';
import type { Answer } from './answer.ts';
import { answerAboutThat, eventsOfAnswer } from './answerAboutThat.ts';
import { answerType } from './answerType.ts';
import { extractiveAnswer, rankSentences, type RankedSentence } from './extractiveAnswer.ts';
import { runIntents } from './intents.ts';
import { linkEntities, type Links } from './linkEntities.ts';
import { readQuestion, type AnalysedQuestion } from './readQuestion.ts';
import { notCoveredReply, renderAnswer } from './renderAnswer.ts';
import { retrievePassages } from './retrievePassages.ts';
import { scoreSentence, WEIGHTS, type Weights } from './scoreSentence.ts';
import type { Conversation } from './conversation.ts';
import { explainOf } from './explain.ts';
import { sentenceAfter } from './sentencesOf.ts';

/** What a model is given for one question: the passages it may cite (headed by their article when shown). */
export interface ModelInput {
  question: string;
  passages: Passage[];
}

/** Writes an answer from numbered passages; undefined (or a throw) falls back to the extractive answer. */
export interface PassageAnswerer {
  answer(input: ModelInput, kb: KnowledgeBase): Promise<{ reply?: Reply; note?: string }>;
}

export interface AnswerDeps {
  kb: KnowledgeBase;
  index: PassageIndex;
  llm?: PassageAnswerer;
}

export interface AnswerOptions {
  /** The conversation this question belongs to (thread, DM, console session), for follow-ups. */
  conversation?: Conversation;
  /** Reference time for "last year". */
  now?: Date;
  /** Weights to score with (the eval's fitting); the fitted ones otherwise. */
  weights?: Weights;
  explain?: boolean;
}

/** Passages shown to a model: the top 8 distinct ones, more when they are short (up to about 6,000 characters). */
export const MODEL_PASSAGES = 8;
const MODEL_CHARS = 6_000;

/** The passages a model would be shown: those of the best sentences, distinct, best first. */
export function modelPassages(ranked: RankedSentence[], kb: KnowledgeBase): Passage[] {
  const ids: string[] = [];
  let chars = 0;
  const add = (id: string) => {
    if (ids.includes(id)) return;
    const p = lookupMaps(kb).passage.get(id);
    if (!p) return;
    ids.push(id);
    chars += p.text.length;
  };
  for (const s of ranked) {
    if (ids.length >= MODEL_PASSAGES && chars >= MODEL_CHARS / 2) break;
    if (chars >= MODEL_CHARS && ids.length >= MODEL_PASSAGES / 2) break;
    add(s.passageId);
  }
  return ids.map((id) => lookupMaps(kb).passage.get(id)!);
}

/** Every stage's result for one question, before rendering. */
export interface Pipeline {
  q: AnalysedQuestion;
  links: Links;
  answer: Answer;
  ranked: RankedSentence[];
  intent?: string;
}

/** Read, link, type, retrieve, score, try the intents, and fall back to the extractive answer. Pure over its inputs. */
export function runPipeline(question: string, deps: AnswerDeps, options: AnswerOptions = {}): Pipeline {
  const { kb, index } = deps;
  const read = readQuestion(question, options.now);
  const reread = (text: string) => {
    const again = readQuestion(text, options.now);
    return { q: again, links: linkEntities(again, kb, index.stats) };
  };
  const { q, links, events } = options.conversation
    ? options.conversation.complete(read, linkEntities(read, kb, index.stats), reread)
    : { q: read, links: linkEntities(read, kb, index.stats), events: undefined };
  if (events) return { q, links, answer: answerAboutThat(q, events, kb), ranked: [] };
  const type = answerType(q);
  const w = options.weights ?? WEIGHTS;
  const ranked = rankSentences(q, links, type, retrievePassages(q, links, kb, index), kb, (s, typed) =>
    scoreSentence(s.features, typed, w),
  );
  const hit = runIntents({ q, links, type, kb, ranked });
  if (hit && 'answer' in hit.result) return { q, links, answer: hit.result.answer, ranked, intent: hit.name };
  if (hit && 'none' in hit.result)
    return { q, links, answer: { route: hit.name, type, lines: [], quotes: [], notCovered: hit.result.none }, ranked, intent: hit.name };
  return { q, links, answer: extractiveAnswer(type, ranked, w, (s) => sentenceAfter(kb, s)), ranked };
}

/**
 * Run one question through the pipeline and drop the answer: the NLP model and the per-corpus sentence tables load
 * now (about 0.2 s on the bundled corpus) rather than on the first user's question, and so do the tables lookups
 * read. Never throws.
 */
export function warmUp(deps: AnswerDeps): void {
  try {
    runPipeline('How are Vietnam–Laos relations developing?', deps);
    prepareLookups(deps.kb);
  } catch {
    // A warm-up that fails costs nothing: the first question then pays the loading itself.
  }
}

/**
 * Answer a question: a knowledge-base intent when one applies, otherwise retrieval, written by the model when one
 * is configured (the extractive answer is its fallback) and by the extractor when not.
 */
export async function answerQuestion(question: string, deps: AnswerDeps, options: AnswerOptions = {}): Promise<Reply> {
  return replyFor(runPipeline(question, deps, options), deps, options);
}

/** The reply to a pipeline run: rendered, or written by the model for retrieval; the run is remembered for follow-ups. */
export async function replyFor(run: Pipeline, deps: AnswerDeps, options: AnswerOptions = {}): Promise<Reply> {
  const { kb } = deps;
  const explain = options.explain ? { explain: explainOf(run) } : {};
  options.conversation?.remember({ ...run, events: eventsOfAnswer(run.answer, kb) });
  const meta = (answerer: 'lookup' | 'extractive' | 'llm') => ({ question: run.q.text, route: run.answer.route, answerer });
  if (run.answer.route !== 'retrieval') return { ...renderAnswer(run.answer, kb), answer: meta('lookup'), ...explain };
  const extractive = renderAnswer(run.answer, kb);
  if (deps.llm) {
    const input = { question: run.q.text, passages: modelPassages(run.ranked, kb) };
    const result = input.passages.length
      ? await deps.llm
          .answer(input, kb)
          .catch(() => ({ reply: undefined, note: 'The language model failed; this answer is quoted from the sources.' }))
      : { reply: notCoveredReply(kb) };
    if (result.reply) return { ...result.reply, answer: meta('llm'), ...explain };
    if (result.note && extractive.citations.length)
      return { ...extractive, text: `${extractive.text}\n\n_${result.note}_`, answer: meta('extractive'), ...explain };
  }
  return { ...extractive, answer: meta('extractive'), ...explain };
}
