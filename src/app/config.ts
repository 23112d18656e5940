import { z } from 'zod';
import { isTimeZone, TIME_OF_DAY } from '../text/timeOfDay.ts';

const optional = z.string().trim().min(1).optional();

const ConfigSchema = z.object({
  ATTACHE_CORPUS_DIR: z.string().trim().min(1).default('data/articles'),
  ATTACHE_STATE_FILE: z.string().trim().min(1).default('data/state.json'),
  ATTACHE_TZ: z.string().default('Asia/Ho_Chi_Minh').refine(isTimeZone, 'must be an IANA time zone such as Asia/Ho_Chi_Minh'),
  ATTACHE_DIGEST_TIME: z.string().regex(TIME_OF_DAY, 'must be HH:MM (24-hour)').default('08:00'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Readable lines at a terminal, JSON lines otherwise; set to force one. */
  LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
  OPENAI_API_KEY: optional,
  // "localhost:9" parses as a URL whose scheme is "localhost:": only http(s) addresses are servers.
  OPENAI_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) address such as http://localhost:11434/v1' }).optional(),
  OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  ATTACHE_LLM_DEADLINE_MS: z.coerce.number().int().min(100).max(600_000).default(12_000),
  /** The feeds to follow (see data/feeds.example.json); none are polled when the file does not exist. */
  ATTACHE_FEEDS_FILE: z.string().min(1).default('data/feeds.json'),
  /** How long one channel's digest post may take before it counts as failed (and is retried next minute). */
  ATTACHE_DIGEST_POST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Threads that parse the corpus on a cold load; unset: one per core (one per core but one from four cores up). */
  ATTACHE_LOAD_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional,
  DISCORD_GUILD_ID: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_DIGEST_ADMINS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(/[,\s]+/).filter(Boolean) : [])),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** The interface Slack's HTTP listener binds: 0.0.0.0 (all), or 127.0.0.1 behind a local reverse proxy. */
  HOST: z.union([z.ipv4(), z.ipv6(), z.string().regex(/^[a-z0-9.-]+$/i, 'a host name or IP address')]).optional(),
  ATTACHE_DISCORD_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  ATTACHE_SLACK_API_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** Thrown when the environment is wrong: the message names each variable to set. */
export class ConfigError extends Error {}

/** Read the configuration once from the environment; empty variables count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([k, v]) => k in ConfigSchema.shape && v !== undefined && v.trim() !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  // A platform needs all of its secrets; half a configuration is a mistake worth stopping for.
  if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
    throw new ConfigError(
      'Invalid configuration:\n  SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode) must be set with SLACK_BOT_TOKEN',
    );
  }
  if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
    throw new ConfigError('Invalid configuration:\n  DISCORD_APPLICATION_ID must be set with DISCORD_TOKEN');
  }
  return Object.freeze(c);
}
