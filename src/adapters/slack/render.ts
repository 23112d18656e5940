import type { Citation, Reply } from '../../core/reply.ts';
import { packLines } from '../splitLines.ts';
import { clip } from '../clip.ts';

/** Slack's Block Kit limits (https://api.slack.com/reference/block-kit/blocks). */
export const SLACK_LIMITS = {
  headerText: 150,
  sectionText: 3000,
  blocks: 50,
  contextElements: 10,
  /** Slack refuses messages well before 50 full sections ("msg_blocks_too_long" near 13k characters). */
  messageChars: 12_000,
  fallbackText: 300,
} as const;

export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string } }
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'context'; elements: Array<{ type: 'mrkdwn'; text: string }> }
  | { type: 'actions'; elements: Array<{ type: 'button'; text: { type: 'plain_text'; text: string }; action_id: string; value: string }> };

export interface SlackMessage {
  /** Plain-text fallback for notifications and clients without blocks. */
  text: string;
  blocks: SlackBlock[];
}

/**
 * Text from articles, users or a model as safe mrkdwn: &, < and > escaped (so "<!channel>" or "<@U123>" cannot
 * ping), bare @channel/@here/@everyone broken with a zero-width space, our **bold** as Slack's *bold*.
 */
export function slackEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, '@\u200b$1')
    .replace(/\*\*(.+?)\*\*/g, '*$1*');
}

function sourceText(c: Citation): string {
  const title = slackEscape(clip(c.title, 150)).replace(/\|/g, '¦');
  return `[${c.n}] ${c.url ? `<${c.url.replace(/[<>|]/g, '')}|${title}>` : title} — ${c.date} · ${slackEscape(c.source)}`;
}

function blockChars(b: SlackBlock): number {
  if (b.type === 'context' || b.type === 'actions') return JSON.stringify(b).length;
  return b.text.text.length;
}

/**
 * A reply as Slack messages of Block Kit: header, text and fields as sections within 3,000 characters, sources as
 * context blocks with links, and the buttons on the last message. Breaks fall only between lines, so each citation
 * stays whole; a reply too long for one message continues in the next.
 */
export function renderSlack(reply: Reply, key?: string): SlackMessage[] {
  // Headers are plain text, not parsed for mentions; the same break keeps them harmless anywhere they are copied.
  const title = clip(
    reply.title
      .replace(/@(channel|here|everyone)\b/gi, '@\u200b$1')
      .replace(/</g, '‹')
      .replace(/>/g, '›'),
    SLACK_LIMITS.headerText,
  );
  const fallback = slackEscape(clip(`${reply.title}: ${reply.text.replace(/\*\*/g, '')}`, SLACK_LIMITS.fallbackText));
  const messages: SlackMessage[] = [];
  let blocks: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: title } }];
  let chars = title.length;
  for (const b of bodyBlocks(reply)) {
    if (blocks.length + 1 >= SLACK_LIMITS.blocks || chars + blockChars(b) > SLACK_LIMITS.messageChars) {
      messages.push({ text: fallback, blocks });
      blocks = [{ type: 'header', text: { type: 'plain_text', text: clip(`${title} (cont.)`, SLACK_LIMITS.headerText) } }];
      chars = title.length;
    }
    blocks.push(b);
    chars += blockChars(b);
  }
  blocks.push(...buttonBlocks(reply, key));
  messages.push({ text: fallback, blocks });
  return messages;
}

/** The text and fields as sections within Slack's limit, then the sources as context blocks. */
function bodyBlocks(reply: Reply): SlackBlock[] {
  const body: SlackBlock[] = [];
  const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
  if (reply.text) for (const chunk of packLines(slackEscape(reply.text).split('\n'), SLACK_LIMITS.sectionText)) body.push(section(chunk));
  for (const f of reply.fields) {
    const lines = [`*${slackEscape(f.name)}*`, ...slackEscape(f.value).split('\n')];
    for (const chunk of packLines(lines, SLACK_LIMITS.sectionText)) body.push(section(chunk));
  }
  const sources = reply.citations.map(sourceText);
  for (let i = 0; i < sources.length; i += SLACK_LIMITS.contextElements) {
    body.push({
      type: 'context',
      elements: sources
        .slice(i, i + SLACK_LIMITS.contextElements)
        .map((text) => ({ type: 'mrkdwn', text: clip(text, SLACK_LIMITS.sectionText) })),
    });
  }
  return body;
}

/** The Sources and feedback buttons, for a reply kept under `key`. */
function buttonBlocks(reply: Reply, key: string | undefined): SlackBlock[] {
  if (!key || !(reply.citations.length || reply.answer)) return [];
  const button = (text: string, action_id: string) => ({
    type: 'button' as const,
    text: { type: 'plain_text' as const, text },
    action_id,
    value: key,
  });
  const elements = [
    ...(reply.citations.length ? [button('Sources', 'attache_sources')] : []),
    ...(reply.answer ? [button('👍', 'attache_feedback_up'), button('👎', 'attache_feedback_down')] : []),
  ];
  return [{ type: 'actions', elements }];
}

/** The full quotes behind a reply, for the "Sources" button. */
export function renderSlackSources(reply: Reply): SlackMessage[] {
  const fields = reply.citations.map((c) => ({
    name: `[${c.n}] ${c.title}`,
    value: `${c.date} · ${c.source}${c.url ? ` · ${c.url}` : ''}\n“${c.quote}”`,
  }));
  return renderSlack({ title: `Sources — ${reply.title}`, text: '', fields, citations: [] });
}
