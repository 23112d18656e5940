import type { Links } from './linkEntities.ts';
import type { AnalysedQuestion } from './readQuestion.ts';
import { hasTime } from './readTime.ts';

/** What a conversation remembers of its last question: the entities it was about and the events it answered with. */
interface Turn {
  links: Links;
  time: AnalysedQuestion['time'];
  at: number;
}

/** Turns are forgotten after this long, and at most this many conversations are kept. */
export const TURN_TTL_MS = 30 * 60_000;
export const MAX_CONVERSATIONS = 1_000;

// A follow-up leans on the previous turn: "and with Sweden?", "what about Laos?", "when was that?", "who else…".
const FOLLOW_UP = /^(and|what about|how about|also|then)\b|\b(that|this|it|they|them|he|she|him|her|there|else|same)\b/;

/** One conversation (a thread, a DM, a console session): completes a follow-up from the turn before it. */
export class Conversation {
  private last?: Turn;

  constructor(private readonly clock: () => number = Date.now) {}

  /** The question and its links, with what a follow-up leaves out taken from the previous turn; inputs untouched. */
  complete(q: AnalysedQuestion, links: Links): { q: AnalysedQuestion; links: Links } {
    const prev = this.last && this.clock() - this.last.at < TURN_TTL_MS ? this.last : undefined;
    if (!prev || !FOLLOW_UP.test(q.folded)) return { q, links };
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

  /** Remember a question's links once it is answered. */
  remember(run: { q: AnalysedQuestion; links: Links }): void {
    this.last = { links: run.links, time: run.q.time, at: this.clock() };
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
