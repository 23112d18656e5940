import type { Citation, Reply } from '../../core/reply.ts';
import { packLines } from '../splitLines.ts';
import { clip } from '../clip.ts';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  embedTotal: 6000,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  choiceName: 100,
} as const;

const COLOR = 0xda251d;
/** Discord's flag for a message only the invoking user sees. */
export const EPHEMERAL = 64;

export interface DiscordEmbed {
  title: string;
  description?: string;
  fields: Array<{ name: string; value: string }>;
  color: number;
  /** A picture attached to the same message ("attachment://chart.png"). */
  image?: { url: string };
}

/** The file name a reply's chart is attached under. */
export const CHART_FILE = 'chart.png';

export interface DiscordButton {
  type: 2;
  style: 1 | 2 | 3 | 4;
  label: string;
  custom_id: string;
}

/** A message payload as the Discord API takes it; pings are always off. */
export interface DiscordMessage {
  embeds: DiscordEmbed[];
  components: Array<{ type: 1; components: DiscordButton[] }>;
  allowed_mentions: { parse: [] };
  flags?: number;
}

function sourceLine(c: Citation): string {
  const title = clip(c.title, 120).replace(/[[\]]/g, '');
  return `[${c.n}] ${c.url ? `[${title}](${c.url})` : title} — ${c.date} · ${c.source}`;
}

function embedSize(e: DiscordEmbed): number {
  return e.title.length + (e.description?.length ?? 0) + e.fields.reduce((s, f) => s + f.name.length + f.value.length, 0);
}

/** Buttons under a reply: its sources, feedback, and up to two follow-up commands. */
function buttons(reply: Reply, key?: string): DiscordMessage['components'] {
  if (!key) return [];
  const row: DiscordButton[] = [];
  if (reply.citations.length) row.push({ type: 2, style: 2, label: 'Sources', custom_id: `src:${key}` });
  if (reply.answer)
    row.push(
      { type: 2, style: 2, label: '👍', custom_id: `fb:up:${key}` },
      { type: 2, style: 2, label: '👎', custom_id: `fb:down:${key}` },
    );
  for (const a of reply.actions ?? []) {
    const id = `run:${a.command}`;
    if (row.length < DISCORD_LIMITS.buttonsPerRow && id.length <= DISCORD_LIMITS.customId)
      row.push({ type: 2, style: 1, label: clip(a.label, DISCORD_LIMITS.buttonLabel), custom_id: id });
  }
  return row.length ? [{ type: 1, components: row.slice(0, DISCORD_LIMITS.buttonsPerRow) }] : [];
}

/**
 * A reply as Discord messages: one embed each, within every limit; text is broken only between lines, so each
 * citation stays whole. Replies too long for one message continue in the next, titled "(2/3)". Buttons go on the
 * last message. `key` names the reply for its buttons.
 */
export function renderDiscord(reply: Reply, key?: string): DiscordMessage[] {
  const embeds: DiscordEmbed[] = [];
  const title = clip(reply.title, DISCORD_LIMITS.title - 8);
  let current: DiscordEmbed = { title, fields: [], color: COLOR };
  const flush = () => {
    if (current.description || current.fields.length) embeds.push(current);
    current = { title, fields: [], color: COLOR };
  };
  const addField = (name: string, value: string) => {
    const f = { name: clip(name, DISCORD_LIMITS.fieldName), value };
    if (
      current.fields.length >= DISCORD_LIMITS.fields ||
      embedSize(current) + f.name.length + f.value.length > DISCORD_LIMITS.embedTotal - 16
    )
      flush();
    current.fields.push(f);
  };
  const descriptions = reply.text ? packLines(reply.text.split('\n'), DISCORD_LIMITS.description) : [];
  descriptions.forEach((d, i) => {
    if (i > 0) flush();
    current.description = d;
  });
  for (const f of reply.fields)
    packLines(f.value.split('\n'), DISCORD_LIMITS.fieldValue).forEach((v, i) => addField(i ? `${f.name} (cont.)` : f.name, v));
  if (reply.citations.length)
    packLines(reply.citations.map(sourceLine), DISCORD_LIMITS.fieldValue).forEach((v, i) => addField(i ? 'Sources (cont.)' : 'Sources', v));
  flush();
  if (embeds.length === 0) embeds.push({ title, description: '—', fields: [], color: COLOR });
  if (embeds.length > 1) embeds.forEach((e, i) => (e.title = `${title} (${i + 1}/${embeds.length})`));
  // The chart, attached to the first message by the bot, is shown inside its embed.
  if (reply.chart) embeds[0]!.image = { url: `attachment://${CHART_FILE}` };
  const ephemeral = reply.ephemeral ? { flags: EPHEMERAL } : {};
  return embeds.map((e, i) => ({
    embeds: [e],
    components: i === embeds.length - 1 ? buttons(reply, key) : [],
    allowed_mentions: { parse: [] },
    ...ephemeral,
  }));
}

/** The full quotes behind a reply, for the "Sources" button: shown only to the person who pressed it. */
export function renderDiscordSources(reply: Reply): DiscordMessage[] {
  const fields = reply.citations.flatMap((c) => {
    const head = clip(`[${c.n}] ${c.title}`, DISCORD_LIMITS.fieldName);
    const body = [`${c.date} · ${c.source}${c.url ? ` · ${c.url}` : ''}`, `“${c.quote}”`];
    return packLines(body, DISCORD_LIMITS.fieldValue).map((value, i) => ({ name: i ? `${head} (cont.)` : head, value }));
  });
  return renderDiscord({ title: `Sources — ${reply.title}`, text: '', fields, citations: [], ephemeral: true });
}
