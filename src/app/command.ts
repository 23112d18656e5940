import type { z } from 'zod';
import type { PassageAnswerer } from '../answer/answerQuestion.ts';
import type { Conversations } from '../answer/conversation.ts';
import type { ArticleSummarizer } from '../answer/llmSummarizer.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { StateStore } from '../store/stateStore.ts';
import type { PassageIndex } from '../search/passageIndex.ts';
import type { NameKind } from './optionSpecs.ts';
import type { Reply } from '../core/reply.ts';

/** The knowledge base and its index: swapped whole when the corpus changes. */
export interface Corpus {
  kb: KnowledgeBase;
  index: PassageIndex;
}

/** What lives as long as the process, whatever the corpus holds. */
export interface Deps {
  version: string;
  /** The LLM answerer, when one is configured. */
  llm?: PassageAnswerer;
  /** Runtime state (subscriptions, feedback), when the bot runs. */
  store?: StateStore;
  /** Writes digest summaries, when an LLM is configured. */
  summarize?: ArticleSummarizer;
  /** Follow-up memory per conversation (thread, DM, console session), when the bot runs. */
  conversations?: Conversations;
  /** Digest time and time zone from the configuration. */
  digestDefaults?: { time: string; timezone: string };
}

/** What commands read: the current corpus with the long-lived parts. */
export type Services = Corpus & Deps;

/** Who is asking and where, for replies that depend on the channel (digest) and for logs. */
export interface Caller {
  platform: 'console' | 'cli' | 'discord' | 'slack';
  userId?: string;
  channelId?: string;
  /** The conversation a question belongs to (a thread, a DM, a console session): follow-ups resolve within it. */
  conversationId?: string;
  /** May change the channel's settings (Discord: Manage Channels; Slack: the configured admins, or anyone). */
  canManage?: boolean;
}

export interface CommandContext<O> {
  options: O;
  services: Services;
  caller: Caller;
}

type AnyObject = z.ZodObject<z.ZodRawShape>;

/** A platform-neutral command: its options schema also describes it to Discord, Slack and an LLM. */
export interface Command<S extends AnyObject = AnyObject> {
  name: string;
  description: string;
  options: S;
  /** The option that takes the free text after the command name ("/country Norway"). */
  positional?: keyof z.infer<S> & string;
  examples: string[];
  /** Options whose values are names platforms can suggest while the user types. */
  complete?: Partial<Record<keyof z.infer<S> & string, NameKind>>;
  run(ctx: CommandContext<z.infer<S>>): Reply | Promise<Reply>;
}

/** Declare a command with its option types checked against its schema. */
export function defineCommand<S extends AnyObject>(command: Command<S>): Command<S> {
  return command;
}
