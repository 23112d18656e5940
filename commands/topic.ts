import { z } from 'zod';
import { Citations } from '../src/knowledge/cite.ts';
import { defineCommand } from '../src/app/command.ts';
import { textOption } from '../src/app/options.ts';
import { resolveEntity } from '../src/app/resolveEntity.ts';
import { topicCandidates } from '../src/knowledge/names.ts';
import { placeName } from '../src/knowledge/queries.ts';

const MAX_PASSAGES = 8;

export const topic = defineCommand({
  name: 'topic',
  description: 'A cooperation area: which countries work with Việt Nam on it, with passages',
  options: z.object({ name: textOption('Cooperation area: green transition, digital transformation, cybersecurity') }),
  positional: 'name',
  complete: { name: 'topic' },
  examples: ['/topic green transition', '/topic cybersecurity'],
  run({ options, services: { kb } }) {
    const found = resolveEntity('topic', options.name, topicCandidates(kb), 'topic');
    if ('reply' in found) {
      if (found.reply.title === 'Not found') found.reply.text += `\nTopics in the corpus: ${kb.topics.map((t) => t.name).join(', ')}.`;
      return found.reply;
    }
    const t = kb.topics.find((x) => x.id === found.id)!;
    const cite = new Citations(kb);
    // Countries by how often they are named with the topic, each cited where first named.
    const byCountry = new Map<string, typeof t.mentions>();
    for (const m of t.mentions) for (const c of m.countries) byCountry.set(c, [...(byCountry.get(c) ?? []), m]);
    const countries = [...byCountry].sort((a, b) => b[1].length - a[1].length);
    const fields = [];
    if (countries.length)
      fields.push({ name: 'Countries', value: countries.map(([c, ms]) => `${placeName(kb, c)} ${cite.ref(ms[0]!)}`).join(', ') });
    const passages = t.mentions.slice(0, MAX_PASSAGES).map((m) => `“${m.quote}” ${cite.ref(m)}`);
    fields.push({
      name: 'Passages',
      value: passages.join('\n') + (t.mentions.length > MAX_PASSAGES ? `\n… and ${t.mentions.length - MAX_PASSAGES} more` : ''),
    });
    const articles = new Set(t.mentions.map((m) => m.articleId)).size;
    return {
      title: `Topic: ${t.name}`,
      text: `Named in ${t.mentions.length} passage${t.mentions.length === 1 ? '' : 's'} of ${articles} article${articles === 1 ? '' : 's'}, with ${countries.length} partner${countries.length === 1 ? '' : 's'}.`,
      fields,
      citations: cite.list,
    };
  },
});
