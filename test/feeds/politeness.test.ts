import { describe, expect, it } from 'vitest';
import { allowedBy, disallowed, reachesPrivate } from '../../src/feeds/politeness.ts';

describe('what a feed may make the bot fetch', () => {
  it('refuses loopback and private addresses, written or behind a name that resolves to one', async () => {
    const dns = (answers: Record<string, string[]>) => async (host: string) => (answers[host] ?? []).map((address) => ({ address }));
    const resolve = dns({ 'news.example.test': ['203.0.113.7'], 'intranet.example.test': ['10.1.2.3'], 'six.example.test': ['::1'] });
    expect(await reachesPrivate('127.0.0.1', resolve)).toBe(true);
    expect(await reachesPrivate('[::1]', resolve)).toBe(true);
    expect(await reachesPrivate('intranet.example.test', resolve)).toBe(true);
    expect(await reachesPrivate('six.example.test', resolve)).toBe(true);
    expect(await reachesPrivate('news.example.test', resolve)).toBe(false);
    expect(await reachesPrivate('203.0.113.7', resolve)).toBe(false);
    // A name with no answer is not private; fetching it fails on its own.
    expect(await reachesPrivate('gone.example.test', async () => Promise.reject(new Error('ENOTFOUND')))).toBe(false);
  });

  it('reads robots.txt for this bot, else for every bot', () => {
    const rules = disallowed('User-agent: *\nDisallow: /private/\n\nUser-agent: attache\nDisallow: /drafts/\n');
    expect(rules).toEqual(['/drafts/']);
    expect(allowedBy(rules, '/drafts/x.html')).toBe(false);
    expect(allowedBy(rules, '/private/x.html')).toBe(true);
  });
});
