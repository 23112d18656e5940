import { z } from 'zod';
import { Citations } from '../src/knowledge/cite.ts';
import { defineCommand } from '../src/app/command.ts';
import { MAX_OPTION_LENGTH } from '../src/app/options.ts';
import { textReply } from '../src/core/reply.ts';
import { resolveEntity } from '../src/app/resolveEntity.ts';
import { agreementCandidates, placeCandidates } from '../src/knowledge/names.ts';
import { agreementsOf, latestStatus, placeName, shortName, statusHistory } from '../src/knowledge/queries.ts';
import { statusText } from '../src/knowledge/describe.ts';
import { resolveName } from '../src/knowledge/resolveName.ts';
import { showDate } from '../src/knowledge/showDate.ts';

export const agreements = defineCommand({
  name: 'agreements',
  description: 'Agreements with their latest status and where each status was said',
  options: z.object({
    country: z
      .string()
      .trim()
      .min(1)
      .max(MAX_OPTION_LENGTH, `is longer than ${MAX_OPTION_LENGTH} characters`)
      .describe('Country, organisation or agreement (EVFTA)')
      .optional(),
  }),
  positional: 'country',
  complete: { country: 'place' },
  examples: ['/agreements', '/agreements Norway', '/agreements evfta'],
  run({ options, services: { kb } }) {
    let list = kb.agreements;
    let scope = '';
    if (options.country) {
      // "/agreements evfta" names an agreement exactly; anything else is a country or organisation.
      const ag = resolveName(options.country, agreementCandidates(kb));
      if (ag.kind === 'found' && ag.how === 'exact') {
        list = kb.agreements.filter((a) => a.id === ag.id);
      } else {
        const r = resolveEntity('country', options.country, placeCandidates(kb), 'agreements');
        if ('reply' in r) return r.reply;
        list = agreementsOf(kb, r.id);
        scope = ` with ${placeName(kb, r.id)}`;
      }
    }
    return render();

    function render() {
      if (list.length === 0)
        return textReply('Agreements', `No agreements${scope} are named in the ${kb.articles.length} articles of the corpus.`);
      const cite = new Citations(kb);
      const fields = list.map((a) => {
        const latest = latestStatus(a)!;
        const short = shortName(a);
        return {
          name: `${short ? `${short} — ` : ''}${a.name}: ${statusText(kb, latest)}`,
          value: statusHistory(a)
            .map((m) => `${showDate(m.date)} · ${statusText(kb, m)} ${cite.ref(m)}`)
            .join('\n'),
        };
      });
      return {
        title: `Agreements${scope}`,
        text: `${list.length} agreement${list.length === 1 ? '' : 's'}, each with every status the articles give it:`,
        fields,
        citations: cite.list,
      };
    }
  },
});
