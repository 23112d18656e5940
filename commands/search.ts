import { z } from 'zod';
import { Citations } from '../src/knowledge/cite.ts';
import { defineCommand } from '../src/app/command.ts';
import { textOption } from '../src/app/options.ts';
import { textReply } from '../src/core/reply.ts';
import { showDate } from '../src/knowledge/showDate.ts';
import { snippet } from '../src/search/snippet.ts';
import { lookupMaps } from '../src/knowledge/lookupMaps.ts';

export const search = defineCommand({
  name: 'search',
  description: 'Articles ranked by how well they match your words, with highlighted snippets',
  options: z.object({
    words: textOption('Words to look for: visa exemption, Norwegian ambassador'),
    limit: z.coerce.number().int().min(1).max(10).default(5).describe('How many articles (1–10)'),
  }),
  positional: 'words',
  examples: ['/search visa exemption', '/search Norwegian ambassador'],
  run({ options, services: { kb, index } }) {
    const hits = index.searchArticles(options.words, options.limit);
    if (hits.length === 0) return textReply('Search', `No passage in the ${kb.articles.length} articles matches “${options.words}”.`);
    const cite = new Citations(kb);
    const fields = hits.map((h, i) => {
      const a = lookupMaps(kb).article.get(h.articleId)!;
      const best = h.passages[0]!;
      return {
        name: `${i + 1}. ${a.title}`,
        value: `${showDate(a.date)} · ${a.source.agency} · ${a.id}\n${snippet(best.passage.text, best.terms)} ${cite.ref({ articleId: a.id, passageId: best.passage.id, quote: best.passage.text })}`,
      };
    });
    return {
      title: `Search: ${options.words}`,
      text: `${hits.length} best matching article${hits.length === 1 ? '' : 's'}:`,
      fields,
      citations: cite.list,
    };
  },
});
