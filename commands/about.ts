import { z } from 'zod';
import { defineCommand } from '../src/app/command.ts';
import { corpusTotals } from '../src/knowledge/corpusTotals.ts';

export const about = defineCommand({
  name: 'about',
  description: 'The corpus: articles, date range, sources, countries; version',
  options: z.object({}),
  examples: ['/about'],
  run({ services: { kb, version, store } }) {
    const t = corpusTotals(kb);
    const fields = [
      {
        name: 'Articles',
        value: `${t.articles}${t.skipped.length ? ` (${t.skipped.length} file${t.skipped.length === 1 ? '' : 's'} skipped)` : ''}`,
      },
      {
        name: 'Date range',
        value: t.firstDate
          ? `${t.firstDate} to ${t.lastDate}${t.undated ? ` (${t.undated} without a full date)` : ''}`
          : 'no dated articles',
      },
      { name: 'Sources', value: t.sources.map((s) => `${s.name} (${s.count})`).join(', ') || 'none' },
      { name: 'Countries', value: t.countries.map((c) => `${c.name} (${c.count})`).join(', ') || 'none' },
      {
        name: 'Knowledge',
        value: `${t.people} people, ${t.events} events, ${t.agreements} agreements, ${t.milestones} milestones, ${t.topics} topics`,
      },
    ];
    // The feeds the running bot follows, one line each: when it last got news, and the last thing that went wrong.
    const feeds = Object.entries(store?.data.feeds ?? {});
    if (feeds.length) {
      fields.push({
        name: 'Feeds',
        value: feeds
          .map(
            ([name, f]) =>
              `${name}: ${f.taken} taken, last success ${f.lastSuccess?.slice(0, 16).replace('T', ' ') ?? 'never'}${f.lastError ? `, last error ${f.lastError.slice(0, 80)}` : ''}`,
          )
          .join('\n'),
      });
    }
    return {
      title: 'About Attaché',
      text: `Attaché ${version} answers questions about Việt Nam’s diplomacy from ${t.articles} news articles, citing each one.`,
      fields,
      citations: [],
    };
  },
});
