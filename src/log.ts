import { pino, type Logger } from 'pino';

/** The process logger: JSON lines on stderr, so stdout stays clean for replies and --json output. */
export function createLogger(level = 'info'): Logger {
  return pino(
    {
      level,
      base: undefined,
      // Tokens and keys must never reach a log line, whatever object is logged.
      redact: { paths: ['*.token', '*.apiKey', '*.secret', '*.password', 'config.*_TOKEN', 'config.*_SECRET', 'config.OPENAI_API_KEY'], censor: '[redacted]' },
    },
    pino.destination(2),
  );
}

export type { Logger };
