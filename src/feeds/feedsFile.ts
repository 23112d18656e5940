import { z } from 'zod';

/** One feed to follow, as `data/feeds.json` lists it. */
export const FeedSchema = z.object({
  name: z.string().trim().min(1).max(80),
  url: z.url({ protocol: /^https?$/ }),
  /** The agency, written into each article's front matter: "VNA", "VNS", "VOV". */
  source: z.string().trim().min(1).max(20),
  /** "diplomacy": only items whose title or summary reads as diplomatic news; "all": every item. */
  filter: z.enum(['diplomacy', 'all']).default('diplomacy'),
  /** How often to poll: "30m", "2h" (at least 5 minutes). */
  every: z
    .string()
    .regex(/^\d{1,4}[mh]$/, 'must be minutes or hours, e.g. 30m or 2h')
    .default('30m'),
});
export type Feed = z.infer<typeof FeedSchema>;

/** Milliseconds between polls of a feed. */
export function everyMs(feed: Feed): number {
  const n = Number(feed.every.slice(0, -1));
  return Math.max(5, feed.every.endsWith('h') ? n * 60 : n) * 60_000;
}

/** The feeds of a feeds file; a bad entry is named with its reason and the rest still run. */
export function readFeedsFile(text: string): { feeds: Feed[]; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { feeds: [], problems: [`not JSON: ${(err as Error).message.slice(0, 120)}`] };
  }
  if (!Array.isArray(raw)) return { feeds: [], problems: ['must be a JSON array of feeds'] };
  const feeds: Feed[] = [];
  const problems: string[] = [];
  raw.forEach((entry, i) => {
    const parsed = FeedSchema.safeParse(entry);
    const label = typeof (entry as { name?: unknown })?.name === 'string' ? `"${(entry as { name: string }).name}"` : `entry ${i + 1}`;
    if (!parsed.success)
      problems.push(`${label}: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'entry'} ${x.message}`).join('; ')}`);
    else if (feeds.some((f) => f.name === parsed.data.name)) problems.push(`${label}: a second feed with this name`);
    else feeds.push(parsed.data);
  });
  return { feeds, problems };
}
