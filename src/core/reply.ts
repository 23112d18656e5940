/** A source a reply rests on: the article and the passage quoted. */
export interface Citation {
  n: number;
  articleId: string;
  file: string;
  title: string;
  /** Article date as shown to users ("2026-01-08", "27–28 May, year not stated"). */
  date: string;
  source: string;
  url?: string;
  quote: string;
}

export interface ReplyField {
  name: string;
  value: string;
}

/** A follow-up a platform may show as a button: the command line it runs. */
export interface ReplyAction {
  label: string;
  command: string;
}

/**
 * What every command returns, whatever the platform: adapters turn it into Discord embeds, Slack blocks or console
 * text. Text and field values mark citations as [n], numbers into `citations`.
 */
export interface Reply {
  title: string;
  text: string;
  fields: ReplyField[];
  citations: Citation[];
  actions?: ReplyAction[];
  /** A usage hint or error meant only for the person who asked. */
  ephemeral?: boolean;
  /** 'usage' and 'error' replies make the one-shot CLI exit non-zero. */
  status?: 'ok' | 'usage' | 'error';
  /** For answers to questions: which lookup or retrieval answered, and whether a lookup, the extractor or an LLM wrote it. */
  answer?: { question: string; route: string; answerer: 'lookup' | 'extractive' | 'llm' };
  /** Every stage's result for an answer, when asked for (`attache ask --explain`). */
  explain?: object;
  /** A picture of the events listed, for platforms that show images. */
  chart?: ChartSpec;
}

/**
 * One scheduled post (a channel's digest for one slot), so a platform can recognise a repeat: `nonce` is the same
 * for every attempt, `slot` names it, and `retry` says an earlier attempt may already have reached the channel.
 */
export interface Delivery {
  nonce: string;
  slot: string;
  retry: boolean;
}

/** A reply with only text. */
export function textReply(title: string, text: string, extra: Partial<Reply> = {}): Reply {
  return { title, text, fields: [], citations: [], ...extra };
}

/**
 * A chart a platform may attach as a picture: engagements per year by kind, with the milestones of those years.
 * Plain data, so replies stay serialisable and only adapters that show pictures render it (src/charts).
 */
export interface ChartSpec {
  title: string;
  years: number[];
  /** Events per year, one count per entry of `years`, by kind ("visit", "talks"…). */
  series: Array<{ kind: string; counts: number[] }>;
  /** Milestones in those years: "ties established", "strategic partnership". */
  marks: Array<{ year: number; label: string }>;
  /** What the picture shows, for readers who cannot see it. */
  alt: string;
}
