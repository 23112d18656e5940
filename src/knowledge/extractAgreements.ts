import type { Article, Passage } from '../corpus/types.ts';
import { fold } from '../text/fold.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { AgreementStatus } from './types.ts';

/** An agreement named in one sentence, with the status that sentence gives it. */
export interface AgreementMention {
  /** Identity across articles: kind and parties (and subject for MoUs). */
  key: string;
  name: string;
  aliases: string[];
  kind: string;
  parties: string[];
  status: AgreementStatus;
  by: string[];
  passageId: string;
  quote: string;
}

// Treaties known by acronym alone. Each is defined by kind and parties, so "EU-Vietnam FTA" is the EVFTA.
const KNOWN: Record<string, { kind: string; parties: string[]; name: string }> = {
  EVFTA: { kind: 'free trade agreement', parties: ['EU', 'VN'], name: 'EU–Việt Nam Free Trade Agreement' },
  EVIPA: { kind: 'investment protection agreement', parties: ['EU', 'VN'], name: 'EU–Việt Nam Investment Protection Agreement' },
  UKVFTA: { kind: 'free trade agreement', parties: ['GB', 'VN'], name: 'UK–Việt Nam Free Trade Agreement' },
  VKFTA: { kind: 'free trade agreement', parties: ['KR', 'VN'], name: 'Korea–Việt Nam Free Trade Agreement' },
  VJEPA: { kind: 'economic partnership agreement', parties: ['JP', 'VN'], name: 'Việt Nam–Japan Economic Partnership Agreement' },
  CPTPP: { kind: 'trade agreement', parties: [], name: 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership' },
  RCEP: { kind: 'trade agreement', parties: [], name: 'Regional Comprehensive Economic Partnership' },
  JETP: { kind: 'just energy transition partnership', parties: [], name: 'Just Energy Transition Partnership' },
};
/** Kinds of agreement that bind in law and so enter into force; partnerships, frameworks and programmes do not. */
const TREATY_KINDS = /agreement|treaty|convention|protocol|memorandum/i;

// Status words, each matched near the agreement's name; the nearest wins.
const STATUS_WORDS: Array<[AgreementStatus, RegExp]> = [
  ['ratified', /\b(?:first (?:\w+ ){0,4}to (?:approve|ratify)|among the first to ratify|has ratified|have ratified|ratified by)\b/gi],
  ['awaiting ratification', /\b(?:ratifications?|ratify|ratifying|approval by)\b/gi],
  ['negotiating', /\b(?:negotiat\w*|early conclusion|early signing|conclude|talks on)\b/gi],
  ['signed', /\b(?:signed|inked)\b/gi],
  [
    'in force',
    /\b(?:implement\w*|in force|took effect|came into (?:force|effect)|yield\w*|utilis\w*|utiliz\w*|carry out|carried out|after its launch|enforcement)\b/gi,
  ],
  [
    'proposed',
    /\b(?:propos\w*|desire to sign|wish(?:es)? to sign|sign an? |soon sign|call(?:ed|s)? for|consider\w*|towards signing|move towards|early signing)\b/gi,
  ],
];

function statusNear(sentence: string, at: number, len: number): AgreementStatus {
  let best: { status: AgreementStatus; distance: number } | undefined;
  for (const [status, re] of STATUS_WORDS) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index!;
      const distance = start >= at + len ? start - (at + len) : Math.max(0, at - (start + m[0].length));
      // Prefer the more specific status when two are equally near.
      if (!best || distance < best.distance - 5) best = { status, distance };
    }
  }
  return best && best.distance < 160 ? best.status : 'mentioned';
}

function countriesAfterBy(sentence: string, from: number, gazetteer: Gazetteer): string[] {
  const m = /\bby\s+([^.;]{3,120})/.exec(sentence.slice(from));
  return m ? [...new Set(gazetteer.find(m[1]!).map((p) => p.code))] : [];
}

function partyName(code: string, gazetteer: Gazetteer): string {
  if (code === 'VN') return 'Việt Nam';
  if (code === 'GB') return 'UK';
  if (code === 'EU') return 'EU';
  return gazetteer.get(code)?.name ?? code;
}

function ftaIdentity(kind: string, parties: string[], gazetteer: Gazetteer): { key: string; name: string; aliases: string[] } {
  const sorted = [...new Set(parties)].sort();
  const known = Object.entries(KNOWN).find(
    ([, k]) => k.kind === kind && k.parties.length && [...k.parties].sort().join() === sorted.join(),
  );
  if (known) return { key: `${kind}:${sorted.join('+')}`, name: known[1].name, aliases: [known[0]] };
  const other = sorted.filter((c) => c !== 'VN');
  const label = `${other.map((c) => partyName(c, gazetteer)).join('–')}–Việt Nam`;
  const short = kind === 'free trade agreement' ? 'FTA' : kind;
  return {
    key: `${kind}:${sorted.join('+')}`,
    name: `${label} ${kind.replace(/\b\w/g, (c) => c.toUpperCase())}`,
    // "EFTA–Việt Nam FTA": an organisation party is also written by its acronym.
    aliases: [
      `${label} ${short}`,
      ...other.map((c) => `${c} FTA`),
      ...other.filter((c) => /^[A-Z]{3,}$/.test(c) && gazetteer.get(c)?.aliases.includes(c)).map((c) => `${c}–Việt Nam ${short}`),
    ],
  };
}

/** An agreement named in a sentence, where it is named, before its status is read. */
interface Named {
  mention: Omit<AgreementMention, 'status' | 'by'>;
  at: number;
  len: number;
}

interface SentenceAt {
  s: string;
  passageId: string;
  partners: string[];
  gazetteer: Gazetteer;
}

/** Agreements named in one article, each mention with its status (in force, negotiating, awaiting ratification…). */
export function extractAgreements(article: Article, passages: Passage[], partners: string[], gazetteer: Gazetteer): AgreementMention[] {
  const out: AgreementMention[] = [];
  const push = ({ mention: m, at, len }: Named, sentence: string) => {
    const near = statusNear(sentence, at, len);
    // "Implementing the JETP" is work under a partnership, not a treaty that entered into force.
    const status = near === 'in force' && !TREATY_KINDS.test(m.kind) ? 'being implemented' : near;
    const ratifiedBy = () =>
      gazetteer
        .find(sentence.slice(0, at))
        .map((p) => p.code)
        .filter((c) => c !== 'VN')
        .slice(-1);
    const by = status === 'awaiting ratification' ? countriesAfterBy(sentence, at, gazetteer) : status === 'ratified' ? ratifiedBy() : [];
    if (out.some((o) => o.key === m.key && o.quote === m.quote)) return;
    out.push({ ...m, status, by });
  };
  for (const passage of passages) {
    for (const { text: s } of splitSentences(passage.text)) {
      const at: SentenceAt = { s, passageId: passage.id, partners, gazetteer };
      const ftas = ftasNamed(at);
      const claimed = ftas.map((n) => [n.at, n.at + n.len] as const);
      const free = (a: number, b: number) => !claimed.some(([x, y]) => a < y && b > x);
      for (const n of [
        ...ftas,
        ...acronymsNamed(at).filter((n) => free(n.at, n.at + n.len)),
        ...memorandaNamed(at),
        ...visaExemptionsNamed(at),
      ])
        push(n, s);
    }
  }
  return out;
}

/** "X–Việt Nam Free Trade Agreement (FTA)", "UK-Việt Nam FTA", "free trade agreement between Việt Nam and X". */
function ftasNamed({ s, passageId, gazetteer }: SentenceAt): Named[] {
  // The pattern is costly (names of up to four words before a dash); most sentences name no agreement at all.
  if (!/\bFTA\b|free trade agreement|investment protection agreement/i.test(s)) return [];
  const ftaRe =
    /\b((?:[\p{Lu}][\p{L}]*\s?){1,4})\s*[-–—]\s*(?:Vietnam|Viet Nam|Việt Nam)\s+(Free Trade Agreement|FTA|Investment Protection Agreement)\b|\b(?:(?:Vietnam|Viet Nam|Việt Nam)\s*[-–—]\s*((?:[\p{Lu}][\p{L}]*\s?){1,4})\s+(Free Trade Agreement|FTA))\b|\b(free trade agreement|FTA)\s*(?:\(FTA\)\s*)?between (?:Vietnam|Viet Nam|Việt Nam) and (?:the )?(?:member states of the )?((?:[\p{Lu}][\p{L}]*\s?){1,5})/giu;
  const out: Named[] = [];
  for (const m of s.matchAll(ftaRe)) {
    const partyText = (m[1] ?? m[3] ?? m[6] ?? '').trim();
    const kindText = (m[2] ?? m[4] ?? m[5] ?? '').toLowerCase();
    const party = gazetteer.resolve(partyText) ?? gazetteer.find(partyText)[0]?.code;
    if (!party || party === 'VN') continue;
    const kind = /investment/.test(kindText) ? 'investment protection agreement' : 'free trade agreement';
    const id = ftaIdentity(kind, [party, 'VN'], gazetteer);
    out.push({
      mention: { key: id.key, name: id.name, aliases: id.aliases, kind, parties: [party, 'VN'], passageId, quote: s },
      at: m.index!,
      len: m[0].length,
    });
  }
  return out;
}

/** Known acronyms, defined or not: "(EVFTA)", "EVIPA ratifications". */
function acronymsNamed({ s, passageId, partners }: SentenceAt): Named[] {
  const out: Named[] = [];
  for (const m of s.matchAll(/\b([A-Z]{3,7})\b/g)) {
    const known = KNOWN[m[1]!];
    if (!known) continue;
    const sorted = [...known.parties].sort();
    const key = known.parties.length ? `${known.kind}:${sorted.join('+')}` : `${known.kind}:${m[1]}`;
    const parties = known.parties.length ? known.parties : partners;
    out.push({
      mention: { key, name: known.name, aliases: [m[1]!], kind: known.kind, parties, passageId, quote: s },
      at: m.index!,
      len: m[0].length,
    });
  }
  return out;
}

/** Memoranda of understanding between Việt Nam and this story's partners. */
function memorandaNamed({ s, passageId, partners, gazetteer }: SentenceAt): Named[] {
  const out: Named[] = [];
  for (const m of s.matchAll(
    /\b(?:memorandum of understanding|MoU|MOU)\b(?:\s+(?:on|in)\s+([^,.;]{3,60}?))?(?=[,.;]|\s+(?:between|to|with|in order)\b|$)/g,
  )) {
    const subject = (m[1] ?? 'cooperation').replace(/\s+between.*$/, '').trim();
    const parties = [...partners, 'VN'];
    const key = `memorandum of understanding:${[...parties].sort().join('+')}:${fold(subject).split(' ').slice(0, 3).join(' ')}`;
    const name = `MoU on ${subject} (${partners.map((c) => partyName(c, gazetteer)).join(', ') || 'partner'}–Việt Nam)`;
    out.push({
      mention: { key, name, aliases: ['MoU'], kind: 'memorandum of understanding', parties, passageId, quote: s },
      at: m.index!,
      len: m[0].length,
    });
  }
  return out;
}

/** Visa exemptions between Việt Nam and this story's partners. */
function visaExemptionsNamed({ s, passageId, partners, gazetteer }: SentenceAt): Named[] {
  const out: Named[] = [];
  for (const m of s.matchAll(
    /\bvisa exemptions?\b(?:\s+(?:considerations?\s+)?for\s+([^,.;]{3,80}?))?(?=[,.;]|\s+(?:to|and|in order)\b|$)/gi,
  )) {
    const parties = [...partners, 'VN'];
    const key = `visa exemption agreement:${[...parties].sort().join('+')}`;
    const name = `Visa exemption (${partners.map((c) => partyName(c, gazetteer)).join(', ') || 'partner'}–Việt Nam)`;
    out.push({
      mention: { key, name, aliases: ['visa exemption', 'visa waiver'], kind: 'visa exemption agreement', parties, passageId, quote: s },
      at: m.index!,
      len: m[0].length,
    });
  }
  return out;
}
