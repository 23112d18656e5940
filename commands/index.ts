import type { Command } from '../src/app/command.ts';
import { about } from './about.ts';
import { agreements } from './agreements.ts';
import { ask } from './ask.ts';
import { article } from './article.ts';
import { country } from './country.ts';
import { digest } from './digest.ts';
import { helpCommand } from './help.ts';
import { person } from './person.ts';
import { search } from './search.ts';
import { timeline } from './timeline.ts';
import { topic } from './topic.ts';

/** Every command, in the order /help lists them. */
export const commands: Command[] = [];
commands.push(
  ask,
  country,
  person,
  timeline,
  agreements,
  topic,
  search,
  article,
  digest,
  about,
  helpCommand(() => commands),
);
