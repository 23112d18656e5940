import { z } from 'zod';
import { defineCommand, type Command } from '../src/app/command.ts';
import { usageOf } from '../src/app/usage.ts';
import type { Person } from '../src/knowledge/types.ts';

/** "000" for 000_1200fe3336b335e3 when no other article id starts so; /article takes a unique prefix. */
function shortId(articles: readonly { id: string }[], id: string): string {
  const head = id.split('_')[0]!;
  return articles.filter((a) => a.id.startsWith(head)).length === 1 ? head : id;
}

/** The two people the most articles name, for examples that work on this corpus. */
function mostSeen(people: readonly Person[]): Person[] {
  return [...people].sort((a, b) => b.articleIds.length - a.articleIds.length || a.name.localeCompare(b.name)).slice(0, 2);
}

/** /help lists the registry it is given, so it never drifts from the commands that exist. */
export function helpCommand(all: () => readonly Command[]) {
  return defineCommand({
    name: 'help',
    description: 'Commands and examples',
    options: z.object({}),
    examples: ['/help'],
    run({ services: { kb }, caller }) {
      // Examples that name an article or a person are read from this corpus, so each one works as typed.
      const fromCorpus: Record<string, string[]> = {
        ...(kb.articles.length ? { article: kb.articles.slice(0, 2).map((a) => `/article ${shortId(kb.articles, a.id)}`) } : {}),
        ...(kb.people.length ? { person: mostSeen(kb.people).map((p) => `/person ${p.name}`) } : {}),
      };
      const fields = all().map((c) => ({
        name: usageOf(c),
        value: `${c.description}\ne.g. ${(fromCorpus[c.name] ?? c.examples).join(' · ')}`,
      }));
      if (caller.platform === 'console' || caller.platform === 'cli') {
        fields.push({
          name: 'In this console',
          value:
            '/sources — the full quotes behind the last answer\n/quit — leave (or Ctrl-D)\nA line that is not a command is a question.',
        });
      }
      return {
        title: 'Attaché — commands',
        text: 'Ask about Việt Nam’s diplomacy. Every fact comes with its source, numbered [1], [2]… Names work with or without diacritics.',
        fields,
        citations: [],
      };
    },
  });
}
