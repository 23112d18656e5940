import { z } from 'zod';
import { defineCommand, type Command } from '../src/core/command.ts';
import { usageOf } from '../src/core/usage.ts';

/** /help lists the registry it is given, so it never drifts from the commands that exist. */
export function helpCommand(all: () => readonly Command[]) {
  return defineCommand({
    name: 'help',
    description: 'Commands and examples',
    options: z.object({}),
    examples: ['/help'],
    run() {
      const fields = all().map((c) => ({ name: usageOf(c), value: `${c.description}\ne.g. ${c.examples.join(' · ')}` }));
      return {
        title: 'Attaché — commands',
        text: 'Ask about Việt Nam’s diplomacy. Every fact comes with its source, numbered [1], [2]… Names work with or without diacritics.',
        fields,
        citations: [],
      };
    },
  });
}
