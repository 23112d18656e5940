/** How a date was obtained: stated as the article's date, worked out from evidence, day without year, or none. */
export type DateProvenance = 'explicit' | 'resolved' | 'partial' | 'unknown';

/** A calendar date that may lack its year (partial) and may span several days. */
export interface DateInfo {
  provenance: DateProvenance;
  /** ISO date (YYYY-MM-DD) when the year is known. */
  iso?: string;
  year?: number;
  month?: number;
  day?: number;
  /** Last day of a span such as "May 27-28" (same month unless endMonth is set). */
  endDay?: number;
  endMonth?: number;
  /** Why we believe this date: "date line", "front matter", "anniversary span 1971–2026", … */
  basis: string;
}

/** Where the source agency came from, strongest first. */
export type SourceBasis = 'front matter' | 'dateline' | 'credit' | 'url' | 'style' | 'unknown';

export interface SourceInfo {
  /** Agency or outlet name as users know it: VNA, VNS, VOV, SGGP, … */
  agency: string;
  basis: SourceBasis;
}

/** A paragraph-sized piece of an article: the unit of retrieval and of citation. */
export interface Passage {
  /** `${articleId}#${index}` */
  id: string;
  articleId: string;
  index: number;
  text: string;
}

/** One parsed article: metadata and clean paragraphs, no boilerplate. */
export interface Article {
  id: string;
  file: string;
  title: string;
  /** True when the text had no headline and the title was made from its lead sentence. */
  titleDerived: boolean;
  date: DateInfo;
  source: SourceInfo;
  url?: string;
  /** Place named in the dateline ("Hà Nội", "Seoul"). */
  place?: string;
  paragraphs: string[];
  /** Photo captions, kept apart from the text. */
  captions: string[];
  /** The text stops mid-sentence or says "read full story". */
  truncated: boolean;
  /** Hash of the normalised body text, for deduplication. */
  contentHash: string;
  /** Values the file states that were rejected (a date that cannot exist), each with its reason. */
  warnings?: string[];
}

/** A file the loader did not load, with a one-line reason. */
export interface SkippedFile {
  file: string;
  reason: string;
}
