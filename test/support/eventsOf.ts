import { parseArticle } from '../../src/corpus/parseArticle.ts';
import { defaultGazetteer } from '../../src/knowledge/buildKnowledge.ts';
import { extractArticle } from '../../src/knowledge/extractArticle.ts';

/** The events of an invented article dated `date` (null: undated), as "kind date people" lines (people by surname). */
export function eventsOf(body: string, date: string | null = '2026-03-12'): string[] {
  const parsed = parseArticle(`---\nsource: VNA\n${date ? `date: ${date}\n` : ''}title: A test article\n---\n${body}`, {
    file: 'test.txt',
  });
  if (!parsed.ok) throw new Error(parsed.reason);
  const facts = extractArticle(parsed.article, defaultGazetteer());
  const surname = (key: string) => facts.people.find((p) => p.key === key)?.shortForms[0] ?? key;
  return facts.events.map((e) => {
    const d = e.date.iso ?? [e.date.year, e.date.month, e.date.day].filter(Boolean).join('-') ?? '';
    return `${e.kind} ${d || '?'} ${e.participants.map(surname).sort().join('+')}`.trim();
  });
}
