import { UserError } from '../core/userError.ts';

/** Longest command line accepted from a chat message or the console. */
export const MAX_LINE_LENGTH = 2000;

export interface CommandLine {
  name: string;
  /** Options given as `name:value` (Discord style) or after `--name`. */
  named: Record<string, string>;
  /** Free text that is not a named option. */
  rest: string;
}

/**
 * Split "/timeline country:Russia from:2025" into its parts. Only declared option names count as `name:`, so
 * "/search EU: trade" keeps its colon.
 */
export function parseCommandLine(line: string, optionNames: (command: string) => string[] | undefined): CommandLine {
  if (line.length > MAX_LINE_LENGTH) throw new UserError(`That is ${line.length} characters; commands take at most ${MAX_LINE_LENGTH}.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B-\u001F\u007F]/.test(line))
    throw new UserError('The command contains control characters; type it as plain text.');
  const m = /^\s*\/?([\p{L}\p{N}_-]+)\s*([\s\S]*)$/u.exec(line);
  if (!m) throw new UserError('Type a command such as /help.');
  const name = m[1]!.toLowerCase();
  const body = m[2]!.replace(/\s+/g, ' ').trim();
  const names = optionNames(name) ?? [];
  const named: Record<string, string> = {};
  if (names.length === 0) return { name, named, rest: body };
  const alt = names.map((n) => n.replace(/[^\w]/g, '')).join('|');
  const marker = new RegExp(`(?:^|\\s)(?:--(${alt})(?:=|\\s+)|(${alt}):\\s*)`, 'gi');
  const marks = [...body.matchAll(marker)];
  const rest = (marks.length ? body.slice(0, marks[0]!.index) : body).trim();
  marks.forEach((mk, i) => {
    const key = (mk[1] ?? mk[2])!.toLowerCase();
    const start = mk.index! + mk[0].length;
    const end = i + 1 < marks.length ? marks[i + 1]!.index! : body.length;
    named[names.find((n) => n.toLowerCase() === key)!] = body
      .slice(start, end)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  });
  return { name, named, rest };
}
