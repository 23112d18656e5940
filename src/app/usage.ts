import { z } from 'zod';
import type { Command } from './command.ts';

/** Whether an option may be left out. */
export function isOptional(command: Command, key: string): boolean {
  const schema = command.options.shape[key];
  return !schema || z.safeParse(schema, undefined).success;
}

/** "/timeline [country:…] [person:…]" or "/country <name>". */
export function usageOf(command: Command): string {
  const parts = Object.keys(command.options.shape).map((key) => {
    if (key === command.positional) return isOptional(command, key) ? `[${key}]` : `<${key}>`;
    return isOptional(command, key) ? `[${key}:…]` : `${key}:…`;
  });
  return [`/${command.name}`, ...parts].join(' ');
}
