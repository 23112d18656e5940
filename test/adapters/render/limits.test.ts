import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, renderDiscord, renderDiscordSources } from '../../../src/adapters/discord/render.ts';
import { SLACK_LIMITS, renderSlack, renderSlackSources } from '../../../src/adapters/slack/render.ts';
import type { Citation, Reply } from '../../../src/core/reply.ts';

// A reply far beyond every limit: long text, many long fields, 60 citations with long quotes.
function hugeReply(): Reply {
  const citations: Citation[] = Array.from({ length: 60 }, (_, i) => ({
    n: i + 1,
    articleId: `a${i}`,
    file: `a${i}.txt`,
    title: `Article number ${i + 1} about Việt Nam and its partners `.repeat(4).trim(),
    date: '2026-01-08',
    source: 'VNA',
    url: `https://example.org/a${i}`,
    quote: `Quote ${i + 1}: ${'the partners agreed to deepen cooperation '.repeat(45)}`.trim(),
  }));
  const lines = Array.from(
    { length: 300 },
    (_, i) => `Sentence ${i} says something the corpus states about the relationship [${(i % 60) + 1}]`,
  );
  return {
    title: 'A very long reply '.repeat(30),
    text: lines.join('\n'),
    fields: Array.from({ length: 40 }, (_, f) => ({ name: `Field ${f} `.repeat(40), value: lines.slice(0, 30).join('\n') })),
    citations,
    answer: { question: 'q', route: 'retrieval', answerer: 'extractive' },
  };
}

const refsIn = (s: string) => new Set([...s.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));

describe('rendering very long replies', () => {
  it('keeps every Discord message within the embed limits, with every citation line whole', () => {
    const reply = hugeReply();
    const messages = renderDiscord(reply, 'k1');
    expect(messages.length).toBeGreaterThan(1);
    let all = '';
    for (const m of messages) {
      expect(m.embeds).toHaveLength(1);
      expect(m.allowed_mentions).toEqual({ parse: [] });
      const e = m.embeds[0]!;
      expect(e.title.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect(e.fields.length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
      for (const f of e.fields) {
        expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      }
      const total = e.title.length + (e.description?.length ?? 0) + e.fields.reduce((s, f) => s + f.name.length + f.value.length, 0);
      expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
      all += [e.description, ...e.fields.map((f) => f.value)].join('\n');
    }
    // Every sentence arrives whole, citation included, and every source is listed.
    for (let i = 0; i < 300; i++)
      expect(all).toContain(`Sentence ${i} says something the corpus states about the relationship [${(i % 60) + 1}]`);
    for (let n = 1; n <= 60; n++) expect(all).toMatch(new RegExp(`^\\[${n}\\] \\[`, 'm'));
    expect(messages.at(-1)!.components[0]!.components.map((b) => b.custom_id)).toEqual(['src:k1', 'fb:up:k1', 'fb:down:k1']);
    expect(messages.slice(0, -1).every((m) => m.components.length === 0)).toBe(true);
  });

  it('keeps the Discord sources view within limits with full quotes', () => {
    const messages = renderDiscordSources(hugeReply());
    const text = messages
      .flatMap((m) => m.embeds[0]!.fields.map((f) => f.value))
      .join('\n')
      .replace(/\n/g, ' ');
    expect(text).toContain(`Quote 60: ${'the partners agreed to deepen cooperation '.repeat(45)}`.trim());
    for (const m of messages) for (const f of m.embeds[0]!.fields) expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
  });

  it('keeps every Slack message within Block Kit limits, with every citation whole', () => {
    const messages = renderSlack(hugeReply(), 'k2');
    expect(messages.length).toBeGreaterThan(1);
    let all = '';
    for (const m of messages) {
      expect(m.text.length).toBeGreaterThan(0);
      expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      expect(JSON.stringify(m.blocks).length).toBeLessThan(16_000);
      for (const b of m.blocks) {
        if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
        if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
        all += b.type === 'section' ? `${b.text.text}\n` : b.type === 'context' ? b.elements.map((e) => e.text).join('\n') + '\n' : '';
      }
    }
    for (let i = 0; i < 300; i++)
      expect(all).toContain(`Sentence ${i} says something the corpus states about the relationship [${(i % 60) + 1}]`);
    expect(refsIn(all).size).toBe(60);
    for (let n = 1; n <= 60; n++) expect(all).toContain(`[${n}] <https://example.org/a${n - 1}|`);
    expect(messages.at(-1)!.blocks.at(-1)).toMatchObject({ type: 'actions' });
  });

  it('keeps the Slack sources view within limits', () => {
    for (const m of renderSlackSources(hugeReply())) {
      expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      for (const b of m.blocks) if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
  });
});
