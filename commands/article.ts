import { bullet } from '../src/core/markdown.ts';
import { z } from 'zod';
import { defineCommand } from '../src/app/command.ts';
import { textOption } from '../src/app/options.ts';
import { textReply } from '../src/core/reply.ts';
import { placeName } from '../src/knowledge/queries.ts';
import { showDate } from '../src/knowledge/showDate.ts';
import { fold } from '../src/text/fold.ts';

export const article = defineCommand({
  name: 'article',
  description: 'One article: its metadata and clean text',
  options: z.object({ id: textOption('Article id or its start (002, dev_003), or file name') }),
  positional: 'id',
  complete: { id: 'article' },
  examples: ['/article 002', '/article dev_003'],
  run({ options, services: { kb } }) {
    const q = fold(options.id).replace(/\.(txt|md)$/, '');
    const exact = kb.articles.find((a) => fold(a.id) === q || fold(a.file).replace(/\.(txt|md)$/, '') === q);
    const matches = exact ? [exact] : kb.articles.filter((a) => fold(a.id).startsWith(q));
    if (matches.length !== 1) {
      const listed = (matches.length ? matches : kb.articles)
        .slice(0, 10)
        .map((a) => bullet(`${a.id} — ${a.title}`))
        .join('\n');
      return textReply(
        'Which article?',
        `${matches.length ? `“${options.id}” matches ${matches.length} articles` : `No article “${options.id}”`}. ${matches.length ? 'Some' : 'Articles'}:\n${listed}`,
      );
    }
    const a = matches[0]!;
    const partners = kb.partners[a.id] ?? [];
    const fields = [
      { name: 'Date', value: `${showDate(a.date)}${a.date.provenance === 'explicit' ? '' : ` (${a.date.provenance}: ${a.date.basis})`}` },
      { name: 'Source', value: a.source.agency },
      ...(a.url ? [{ name: 'URL', value: a.url }] : []),
      ...(a.place ? [{ name: 'Dateline', value: a.place }] : []),
      ...(partners.length ? [{ name: 'Partners', value: partners.map((c) => placeName(kb, c)).join(', ') }] : []),
      { name: 'File', value: `${a.file}${a.truncated ? ' (the text looks truncated)' : ''}` },
    ];
    return {
      title: a.titleDerived ? `${a.title} (title derived from the lead)` : a.title,
      text: a.paragraphs.join('\n\n'),
      fields,
      citations: [],
    };
  },
});
