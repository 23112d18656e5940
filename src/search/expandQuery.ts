import { foldWords } from '../text/fold.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { STOP_WORDS } from './stopWords.ts';

/**
 * Extra words for a query from the knowledge base: a demonym or a Vietnamese name brings the country's English name
 * ("Norwegian ambassador" also finds "Norway"; "Na Uy" finds "Norway"), a country brings its demonym.
 */
export function expandQuery(query: string, kb: KnowledgeBase): string[] {
  const raw = query.split(/\s+/).filter(Boolean);
  const words = raw.map(foldWords);
  const extra = new Set<string>();
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const gram = words.slice(i, i + n).join(' ');
      if (n === 1 && STOP_WORDS.has(gram)) continue;
      // Short words are place codes only when typed in capitals ("EU", "UK"); "in" is not India.
      if (gram.length < 4 && !/^[A-Z]{2,}$/.test(raw.slice(i, i + n).join(' '))) continue;
      const code = kb.gazetteer.resolve(gram);
      const place = code ? kb.gazetteer.get(code) : undefined;
      if (!place || place.code === 'VN') continue;
      for (const name of [place.name, ...place.demonyms]) {
        // eslint-disable-next-line no-control-regex -- ASCII fast path
        if (foldWords(name) !== gram && /^[\x00-\x7f]+$/.test(name)) extra.add(name);
      }
    }
  }
  return [...extra];
}
