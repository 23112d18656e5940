import { clipWords } from '../clip.ts';
import type { Reply } from '../../core/reply.ts';

/** Longest quote shown under a citation in the console; the full passage is one /article away. */
export const CONSOLE_QUOTE_LENGTH = 220;

export interface RenderOptions {
  /** ANSI bold and dim for a terminal; plain text for pipes and files. */
  color: boolean;
}

/** A reply as console text: title, text, fields, then numbered sources with their quotes. */
export function renderConsole(reply: Reply, { color }: RenderOptions): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s);
  const italic = (s: string) => (color ? `\x1b[3m${s}\x1b[23m` : s);
  // The Markdown replies use: **bold**, _italics_ (a word's own underscores stay), [text](address).
  const marks = (s: string) =>
    // Links first: the escape codes of bold and italics hold brackets of their own.
    s
      .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, (_, text: string, url: string) => `${text} (${url})`)
      .replace(/\*\*(.+?)\*\*/g, (_, w: string) => bold(w))
      .replace(/(^|[\s(])_([^_\n]+?)_(?=[\s).,;:!?]|$)/gm, (_, pre: string, w: string) => `${pre}${italic(w)}`);
  const out: string[] = [bold(reply.title)];
  if (reply.text) out.push(marks(reply.text));
  for (const f of reply.fields)
    out.push(
      '',
      bold(f.name),
      ...marks(f.value)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  if (reply.citations.length) {
    out.push('', bold('Sources'));
    for (const c of reply.citations) {
      out.push(`  [${c.n}] ${c.title} — ${c.date}, ${c.source}${c.url ? ` ${c.url}` : ''}`);
      out.push(dim(`      “${clipWords(c.quote, CONSOLE_QUOTE_LENGTH)}”`));
    }
  }
  const tries = [
    ...(reply.actions ?? []).map((a) => a.command),
    ...(reply.citations.some((c) => c.quote.length > CONSOLE_QUOTE_LENGTH) ? ['/sources'] : []),
  ];
  if (tries.length) out.push('', dim(`Try: ${tries.join('   ')}`));
  return out.join('\n');
}

/** Every source of a reply with its full quote. */
export function renderSources(reply: Reply, { color }: RenderOptions): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const out = [bold(`Sources of “${reply.title}”`)];
  for (const c of reply.citations)
    out.push('', `[${c.n}] ${c.title} — ${c.date}, ${c.source}${c.url ? ` ${c.url}` : ''}`, `    “${c.quote}”`);
  return out.join('\n');
}

/** The reply as DESIGN.md's JSON shape. */
export function replyJson(reply: Reply): object {
  // status tells a usage mistake or an error from an answer without reading the exit code.
  return { status: reply.status ?? 'ok', title: reply.title, text: reply.text, fields: reply.fields, citations: reply.citations };
}
