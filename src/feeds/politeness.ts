import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** A host the bot must not reach on a feed's behalf: loopback, private, link-local (literal addresses and localhost). */
export function isPrivateHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) {
    const [a, b] = h.split('.').map(Number) as [number, number];
    return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  if (isIP(h) === 6) return h === '::1' || h.startsWith('fc') || h.startsWith('fd') || h.startsWith('fe80');
  return false;
}

type Lookup = (host: string, o: { all: true }) => Promise<Array<{ address: string }>>;

/**
 * Whether a host name leads to a private or loopback address: a literal one, or a name whose DNS answer is one (a
 * public-looking name pointed at the bot's own network). A name that does not resolve is not private; its fetch fails.
 */
export async function reachesPrivate(hostname: string, resolve: Lookup = lookup as Lookup): Promise<boolean> {
  if (isPrivateHost(hostname)) return true;
  if (isIP(hostname.replace(/^\[|\]$/g, ''))) return false;
  const addresses = await resolve(hostname, { all: true }).catch(() => []);
  return addresses.some((a) => isPrivateHost(a.address));
}

/**
 * The path prefixes robots.txt disallows for this bot: the group for "attache" if there is one, else the group for
 * "*". Lines are read as the robots exclusion standard writes them; anything else is ignored.
 */
export function disallowed(robots: string): string[] {
  const groups: Array<{ agents: string[]; rules: string[] }> = [];
  let current: { agents: string[]; rules: string[] } | undefined;
  for (const raw of robots.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!current || current.rules.length) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
    } else if (key === 'disallow' && current) current.rules.push(value);
  }
  const mine = groups.find((g) => g.agents.some((a) => a.startsWith('attache'))) ?? groups.find((g) => g.agents.includes('*'));
  return (mine?.rules ?? []).filter(Boolean);
}

/** Whether a path is allowed by a disallow list (prefix rules). */
export function allowedBy(rules: string[], path: string): boolean {
  return !rules.some((r) => path.startsWith(r));
}
