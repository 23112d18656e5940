import type { Passage } from '../corpus/types.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Gazetteer } from './gazetteer.ts';

/** Cooperation areas of diplomatic news, each with the phrasings articles use for it. */
export const TOPIC_LEXICON: Array<{ id: string; name: string; patterns: RegExp; aliases: string[] }> = [
  {
    id: 'digital-transformation',
    name: 'digital transformation',
    patterns: /\bdigital (?:transformation|government|society|economy)|digitali[sz]ation\b/i,
    aliases: ['digitalisation', 'digital economy', 'e-government'],
  },
  {
    id: 'green-transition',
    name: 'green transition',
    patterns: /\bgreen (?:transition|transformation|growth)\b/i,
    aliases: ['green transformation', 'green growth'],
  },
  { id: 'circular-economy', name: 'circular economy', patterns: /\bcircular economy\b/i, aliases: [] },
  { id: 'cybersecurity', name: 'cybersecurity', patterns: /\bcyber ?security\b/i, aliases: ['cyber security'] },
  {
    id: 'climate-change',
    name: 'climate change',
    patterns: /\bclimate change|climate (?:action|response|adaptation)\b/i,
    aliases: ['climate'],
  },
  {
    id: 'energy',
    name: 'energy transition and renewable energy',
    patterns: /\b(?:renewable|green|clean|alternative) energy|energy transition|electricity\b/i,
    aliases: ['renewable energy', 'energy transition', 'clean energy'],
  },
  {
    id: 'education',
    name: 'education and training',
    patterns: /\beducation|training|scholarships?\b/i,
    aliases: ['education', 'training'],
  },
  {
    id: 'innovation',
    name: 'science, technology and innovation',
    patterns:
      /\binnovation|sci-tech|science(?:[–-]| and )technology|high technology|artificial intelligence|semiconductors?|quantum|biotechnology\b/i,
    aliases: ['science and technology', 'innovation', 'sci-tech', 'technology'],
  },
  { id: 'trade', name: 'trade', patterns: /\btrade\b|\bexports?\b|\bmarket access\b/i, aliases: ['commerce', 'exports'] },
  { id: 'investment', name: 'investment', patterns: /\binvestments?\b/i, aliases: ['FDI'] },
  {
    id: 'defence',
    name: 'defence and security',
    patterns: /\bdefen[cs]e|security cooperation|military\b/i,
    aliases: ['defence', 'defense', 'security', 'military'],
  },
  { id: 'tourism', name: 'tourism', patterns: /\btourism|tourists?|air routes?\b/i, aliases: [] },
  {
    id: 'culture',
    name: 'culture and people-to-people exchange',
    patterns: /\bcultur(?:e|al)|people-to-people\b/i,
    aliases: ['culture', 'people-to-people exchange'],
  },
  {
    id: 'agriculture',
    name: 'agriculture',
    patterns: /\bagricultur\w*|farm produce|agro-forestry|food security\b/i,
    aliases: ['farming', 'food security'],
  },
  {
    id: 'fisheries',
    name: 'fisheries and maritime economy',
    patterns: /\bfisheries|aquaculture|seafood|maritime economy|marine economy|sea-based economy\b/i,
    aliases: ['fisheries', 'maritime economy', 'marine economy'],
  },
  {
    id: 'sustainable-development',
    name: 'sustainable development',
    patterns: /\bsustainable development|sustainable agriculture|SDGs?\b/i,
    aliases: [],
  },
  {
    id: 'health',
    name: 'health care',
    patterns: /\bhealth(?: ?care)?|medic(?:al|ine)|pharmaceuticals?|COVID-19|pandemic\b/i,
    aliases: ['health', 'medicine'],
  },
  {
    id: 'infrastructure',
    name: 'infrastructure and logistics',
    patterns: /\binfrastructure|logistics|transport\b/i,
    aliases: ['infrastructure', 'logistics'],
  },
  {
    id: 'finance',
    name: 'green finance and development assistance',
    patterns: /\bgreen finance|official development assistance|\bODA\b|development assistance\b/i,
    aliases: ['ODA', 'development assistance', 'green finance'],
  },
  {
    id: 'environment',
    name: 'environmental protection',
    patterns: /\benvironmental protection|biodiversity|environment\b/i,
    aliases: ['environment', 'biodiversity'],
  },
  {
    id: 'labour',
    name: 'labour and citizen protection',
    patterns: /\blabou?r|citizen protection|Vietnamese community|overseas Vietnamese\b/i,
    aliases: ['labour', 'citizen protection'],
  },
  {
    id: 'multilateral',
    name: 'multilateral cooperation',
    patterns: /\bmultilateral (?:forums?|cooperation|organi[sz]ations)|United Nations|\bUN\b/i,
    aliases: ['multilateralism', 'United Nations'],
  },
];

/** Topics named in a passage, with the countries that sentence names (or the story's one partner). */
export function findTopics(
  passage: Passage,
  partners: string[],
  gazetteer: Gazetteer,
): Array<{ topicId: string; quote: string; countries: string[] }> {
  const out: Array<{ topicId: string; quote: string; countries: string[] }> = [];
  for (const { text: s } of splitSentences(passage.text)) {
    const named = gazetteer
      .find(s)
      .map((m) => m.code)
      .filter((c) => c !== 'VN');
    // A sentence that names no partner speaks of the story's partner only when the story has one: in a review of
    // relations with ten countries, "expanding into green transition" ties the topic to none of them.
    const countries = [
      ...new Set(
        named.length
          ? named.filter((c) => partners.includes(c) || gazetteer.get(c)?.kind === 'country')
          : partners.length === 1
            ? partners
            : [],
      ),
    ];
    for (const t of TOPIC_LEXICON) {
      if (t.patterns.test(s) && !out.some((o) => o.topicId === t.id)) out.push({ topicId: t.id, quote: s, countries });
    }
  }
  return out;
}
