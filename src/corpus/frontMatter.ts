/** Keys a front-matter block may set; anything else is ignored. */
export interface FrontMatter {
  url?: string;
  source?: string;
  date?: string;
  title?: string;
}

/** Split an optional `---` front-matter block from the body. Unknown keys and bad lines are ignored. */
export function splitFrontMatter(text: string): { meta: FrontMatter; body: string } {
  const m = /^\s*---\n([\s\S]{0,4000}?)\n---[ ]*(?:\n|$)/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: FrontMatter = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^\s*(url|source|date|title)\s*:\s*(.+?)\s*$/i.exec(line);
    if (!kv) continue;
    const key = kv[1]!.toLowerCase() as keyof FrontMatter;
    meta[key] = kv[2]!.replace(/^["']|["']$/g, '');
  }
  return { meta, body: text.slice(m[0].length) };
}
