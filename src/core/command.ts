import type { z } from 'zod';
import type { PassageAnswerer } from '../answer/answerQuestion.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { PassageIndex } from '../search/passageIndex.ts';
import type { NameKind } from './optionSpecs.ts';
import type { Reply } from './reply.ts';

/** What commands read: the knowledge base and its index, swapped whole when the corpus changes. */
export interface Services {
  kb: KnowledgeBase;
  index: PassageIndex;
  version: string;
  /** The LLM answerer, when one is configured. */
  llm?: PassageAnswerer;
}

/** Who is asking and where, for replies that depend on the channel (digest) and for logs. */
export interface Caller {
  platform: 'console' | 'cli' | 'discord' | 'slack';
  userId?: string;
  channelId?: string;
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
