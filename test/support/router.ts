import { commands } from '../../commands/index.ts';
import type { Services } from '../../src/app/command.ts';
import type { Reply } from '../../src/core/reply.ts';
import { Router } from '../../src/app/router.ts';
import { VERSION } from '../../src/core/version.ts';
import { createLogger } from '../../src/app/log.ts';
import { PassageIndex } from '../../src/search/passageIndex.ts';
import { knowledgeOf } from './seedKnowledge.ts';

/** A router over a fixture corpus, as the console would use it. */
export async function routerFor(dir: string): Promise<{ run: (line: string) => Promise<Reply>; services: Services }> {
  const kb = await knowledgeOf(dir);
  const services: Services = { kb, index: new PassageIndex(kb), version: VERSION };
  const router = new Router(commands, () => services, createLogger('silent'));
  return { run: (line) => router.runLine(line, { platform: 'cli' }), services };
}

/** Everything a user reads in a reply, fields included, as one string. */
export function textOf(reply: Reply): string {
  return [reply.title, reply.text, ...reply.fields.flatMap((f) => [f.name, f.value])].join('\n');
}

/** The citation numbers on the line that contains `needle`. */
export function refsOn(reply: Reply, needle: string): number[] {
  const line = textOf(reply)
    .split('\n')
    .find((l) => l.includes(needle));
  if (!line) throw new Error(`no line with "${needle}" in:\n${textOf(reply)}`);
  return [...line.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}
