import type { SourceInfo } from './types.ts';

// News outlets by web host. A host not listed is named as it is (an aggregator such as vietmaz.com).
const HOSTS: Array<[RegExp, string]> = [
  [/(^|\.)(vietnamplus\.vn|vnanet\.vn|bnews\.vn|vnagency\.com\.vn)$/, 'VNA'],
  [/(^|\.)vietnamnews\.vn$/, 'VNS'],
  [/(^|\.)(vov\.vn|vovworld\.vn|vov\.gov\.vn)$/, 'VOV'],
  [/(^|\.)(sggp\.org\.vn|sggpnews\.org\.vn)$/, 'SGGP'],
  [/(^|\.)dangcongsan\.vn$/, 'CPV Online'],
  [/(^|\.)vietnamnet\.vn$/, 'VietNamNet'],
  [/(^|\.)(baochinhphu\.vn|chinhphu\.vn)$/, 'VGP'],
  [/(^|\.)vietnamtimes\.org\.vn$/, 'Vietnam Times'],
  [/(^|\.)tuoitre\.vn$/, 'Tuổi Trẻ News'],
  [/(^|\.)dantri\.com\.vn$/, 'Dân trí'],
  [/(^|\.)qdnd\.vn$/, 'QĐND'],
  [/(^|\.)nhandan\.vn$/, 'Nhân Dân'],
  [/(^|\.)baoquocte\.vn$/, 'Báo Quốc tế'],
  [/(^|\.)thanhnien\.vn$/, 'Thanh Niên'],
  [/(^|\.)hanoitimes\.vn$/, 'Hanoi Times'],
  [/(^|\.)mofa\.gov\.vn$/, 'MOFA'],
  [/(^|\.)vir\.com\.vn$/, 'VIR'],
  [/(^|\.)vnexpress\.net$/, 'VnExpress'],
  [/(^|\.)vietnam\.vn$/, 'vietnam.vn'],
];

// Agency marks as they appear in datelines and credits.
const MARKS: Record<string, string> = {
  VNA: 'VNA',
  VNS: 'VNS',
  'VNA/VNS': 'VNS',
  VOV: 'VOV',
  VOVWORLD: 'VOV',
  VOVWorld: 'VOV',
  VGP: 'VGP',
  VNF: 'Vietnam Times',
  NDO: 'Nhân Dân',
  QDND: 'QĐND',
  QĐND: 'QĐND',
  SGGP: 'SGGP',
  VNN: 'VietNamNet',
};

/** Agency named by a dateline or credit mark such as "VNA", "VOVworld", "VNA/VNS"; undefined when unknown. */
export function agencyFromMark(mark: string): string | undefined {
  const m = mark.trim();
  return MARKS[m] ?? MARKS[m.toUpperCase()];
}

// Outlets as photo credits and bylines spell them.
const NAMES: Array<[RegExp, string]> = [
  [/^tu(o|ổ)i tr(e|ẻ)( news)?$/i, 'Tuổi Trẻ News'],
  [/^thanh ni(e|ê)n$/i, 'Thanh Niên'],
  [/^vnexpress$/i, 'VnExpress'],
  [/^nh(a|â)n d(a|â)n$/i, 'Nhân Dân'],
  [/^vietnamplus$/i, 'VNA'],
  [/^vietnam news$/i, 'VNS'],
];

/** Outlet named in a photo credit or byline ("Tuoi Tre"), undefined when not a known outlet. */
export function agencyFromName(name: string): string | undefined {
  const n = name.trim();
  return agencyFromMark(n) ?? NAMES.find(([re]) => re.test(n))?.[1];
}

/** Outlet named by a url's host, or the bare host for outlets we do not know. */
export function agencyFromUrl(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
  for (const [re, name] of HOSTS) if (re.test(host)) return name;
  return host.replace(/^(en|english|m)\./, '');
}

/** Evidence gathered while reading an article, weighed in this order. */
export interface SourceEvidence {
  frontMatter?: string;
  dateline?: string;
  credit?: string;
  url?: string;
  style?: string;
}

/** The article's source: front matter, then its own dateline or credit, then its url, then its house style. */
export function decideSource(e: SourceEvidence): SourceInfo {
  if (e.frontMatter) return { agency: e.frontMatter, basis: 'front matter' };
  if (e.dateline) return { agency: e.dateline, basis: 'dateline' };
  if (e.credit) return { agency: e.credit, basis: 'credit' };
  const fromUrl = e.url ? agencyFromUrl(e.url) : undefined;
  if (fromUrl) return { agency: fromUrl, basis: 'url' };
  if (e.style) return { agency: e.style, basis: 'style' };
  return { agency: 'unknown', basis: 'unknown' };
}
