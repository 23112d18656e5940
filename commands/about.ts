import { z } from 'zod';
import { defineCommand } from '../src/core/command.ts';
import { corpusTotals } from '../src/knowledge/corpusTotals.ts';

export const about = defineCommand({
  name: 'about',
  description: 'The corpus: articles, date range, sources, countries; version',
  options: z.object({}),
  examples: ['/about'],
  run({ services: { kb, version } }) {
    const t = corpusTotals(kb);
    const fields = [
      { name: 'Articles', value: `${t.articles}${t.skipped.length ? ` (${t.skipped.length} file${t.skipped.length === 1 ? '' : 's'} skipped)` : ''}` },
      { name: 'Date range', value: t.firstDate ? `${t.firstDate} to ${t.lastDate}${t.undated ? ` (${t.undated} without a full date)` : ''}` : 'no dated articles' },
      { name: 'Sources', value: t.sources.map((s) => `${s.name} (${s.count})`).join(', ') || 'none' },
      { name: 'Countries', value: t.countries.map((c) => `${c.name} (${c.count})`).join(', ') || 'none' },
      { name: 'Knowledge', value: `${t.people} people, ${t.events} events, ${t.agreements} agreements, ${t.milestones} milestones, ${t.topics} topics` },
    ];
    return { title: 'About Attaché', text: `Attaché ${version} answers questions about Việt Nam’s diplomacy from ${t.articles} news articles, citing each one.`, fields, citations: [] };
  },
});
