import type { Links } from './linkEntities.ts';
import type { AnalysedQuestion } from './readQuestion.ts';
import { hasTime } from './readTime.ts';

/** What a conversation remembers of its last question: the question, its entities and the events it answered with. */
interface Turn {
  q: AnalysedQuestion;
  links: Links;
  time: AnalysedQuestion['time'];
  /** Ids of the events the answer rested on, for "when was that?". */
  events: string[];
  at: number;
}

/** A follow-up completed from the turn before: the question to answer, and the events "that" refers to. */
export interface Completed {
  q: AnalysedQuestion;
  links: Links;
  /** Set when the question asks about the previous answer's events ("when was that?", "where was it?"). */
  events?: string[];
}

/** Turns are forgotten after this long, and at most this many conversations are kept. */
export const TURN_TTL_MS = 30 * 60_000;
export const MAX_CONVERSATIONS = 1_000;

// A follow-up leans on the previous turn: "and with Sweden?", "what about Laos?", "when was that?", "who else…".
const FOLLOW_UP = /^(and|what about|how about|also|then)\b|\b(that|this|it|they|them|he|she|him|her|there|else|same)\b/;
// Only a new entity, asked as the last question was: "and with Sweden?", "what about Trung?".
const FRAGMENT = /^(and|what about|how about)\b/;
// "When was that?", "Where was it?": the previous answer's events, with no new entity.
const ABOUT_THAT = /^(when|where) (was|were|did) (that|it|this|they|those)\b/;
// Words of Việt Nam's own name: it is in most questions and is never the entity a follow-up swaps.
const HOME = new Set(['vietnam', 'viet', 'nam', 'vietnamese']);

/**
 * The last question with its entity replaced: the run of words that named it (not Việt Nam) gives way to the new
 * entity's words. Undefined when the last question named no entity to replace.
 */
function swapEntity(prev: Turn, q: AnalysedQuestion, links: Links): string | undefined {
  const named = q.tokens.filter((t) => links.words.has(t.folded) && !HOME.has(t.folded)).map((t) => t.text);
  if (!named.length) return undefined;
  const toks = prev.q.tokens;
  const start = toks.findIndex((t) => prev.links.words.has(t.folded) && !HOME.has(t.folded));
  if (start < 0) return undefined;
  let end = start;
  while (end + 1 < toks.length && prev.links.words.has(toks[end + 1]!.folded) && !HOME.has(toks[end + 1]!.folded)) end++;
  return [...toks.slice(0, start).map((t) => t.text), ...named, ...toks.slice(end + 1).map((t) => t.text)]
    .join(' ')
    .replace(/\s+([?.,!’'])/g, '$1')
    .replace(/\s+([’']s)\b/g, '$1');
}

/** One conversation (a thread, a DM, a console session): completes a follow-up from the turn before it. */
export class Conversation {
  private last?: Turn;

  constructor(private readonly clock: () => number = Date.now) {}

  /**
   * The question and its links, with what a follow-up leaves out taken from the previous turn; inputs untouched.
   * `reread` reads and links a question text (the last question with a new entity swapped in).
   */
  complete(q: AnalysedQuestion, links: Links, reread?: (text: string) => { q: AnalysedQuestion; links: Links }): Completed {
    const prev = this.last && this.clock() - this.last.at < TURN_TTL_MS ? this.last : undefined;
    if (!prev || !FOLLOW_UP.test(q.folded)) return { q, links };
    if (ABOUT_THAT.test(q.folded) && !links.places.length && !links.people.length && prev.events.length)
      return { q, links: prev.links, events: prev.events };
    // "and with Russia?": few words besides the entity; the last question is asked again about it.
    const own = q.content.filter((t) => !links.words.has(t.folded) && !HOME.has(t.folded));
    if (reread && FRAGMENT.test(q.folded) && own.length === 0 && (links.places.length || links.people.length)) {
      const text = swapEntity(prev, q, links);
      if (text) return reread(text);
    }
    const out: Links = { ...links, words: new Set(links.words) };
    // A new place or person replaces the old one; what is not named again is carried over.
    if (!links.places.length && !links.people.length) {
      out.places = prev.links.places;
      out.people = prev.links.people;
    }
    if (!links.agreements.length) out.agreements = prev.links.agreements;
    if (!links.role && prev.links.role && !links.places.length) out.role = prev.links.role;
    const time = !hasTime(q.time) && hasTime(prev.time) ? { ...prev.time, words: q.time.words } : q.time;
    return { q: time === q.time ? q : { ...q, time }, links: out };
  }

  /** Remember a question, its links and the events its answer rested on, once it is answered. */
  remember(run: { q: AnalysedQuestion; links: Links; events?: string[]; answer?: { route: string } }): void {
    // "When was that?" answers about the turn before; a later "and with X?" still means that turn's question.
    if (run.answer?.route === 'follow-up' && this.last) {
      this.last = { ...this.last, at: this.clock() };
      return;
    }
    this.last = { q: run.q, links: run.links, time: run.q.time, events: run.events ?? [], at: this.clock() };
  }
}

/** Conversations by key, bounded and expiring: the oldest is dropped when there are too many. */
export class Conversations {
  private readonly byKey = new Map<string, { c: Conversation; at: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** The conversation for a key (created on first use). */
  get(key: string): Conversation {
    const now = this.clock();
    const hit = this.byKey.get(key);
    if (hit && now - hit.at < TURN_TTL_MS) {
      this.byKey.delete(key);
      this.byKey.set(key, { c: hit.c, at: now });
      return hit.c;
    }
    const c = new Conversation(this.clock);
    this.byKey.delete(key);
    this.byKey.set(key, { c, at: now });
    while (this.byKey.size > MAX_CONVERSATIONS) this.byKey.delete(this.byKey.keys().next().value!);
    return c;
  }
}
