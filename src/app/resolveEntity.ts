import { bullet } from '../core/markdown.ts';
import { resolveName, type Candidate } from '../knowledge/resolveName.ts';
import { textReply, type Reply } from '../core/reply.ts';

/** What kind of thing was named, for messages: "country", "person", "topic". */
export type EntityKind = 'country' | 'person' | 'topic' | 'agreement';

/**
 * Resolve a typed name to one id, or a reply for the user: the candidates when the name is ambiguous, the closest
 * names when nothing matches. Never a guess between two.
 */
export function resolveEntity(
  kind: EntityKind,
  query: string,
  candidates: Candidate[],
  command: string,
  label: (id: string) => string = (id) => candidates.find((c) => c.id === id)?.label ?? id,
): { id: string } | { reply: Reply } {
  const r = resolveName(query, candidates);
  if (r.kind === 'found') return { id: r.id };
  if (r.kind === 'ambiguous') {
    const names = r.ids.map((id) => candidates.find((c) => c.id === id)?.label ?? id);
    return {
      reply: textReply(
        `Which ${kind}?`,
        `“${query}” could be ${r.ids.length} ${kind === 'person' ? 'people' : `${kind === 'country' ? 'countries' : kind + 's'}`}:\n${r.ids.map((id) => bullet(label(id))).join('\n')}\nAsk again with the full name, e.g. /${command} ${names[0]}.`,
        { actions: names.map((n) => ({ label: n, command: `/${command} ${n}` })) },
      ),
    };
  }
  const hint = r.suggestions.length ? ` Closest names: ${r.suggestions.join(', ')}.` : '';
  return { reply: textReply('Not found', `No ${kind} named “${query}” in the corpus.${hint}`, { status: 'ok' }) };
}
