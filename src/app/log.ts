import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

/** How log lines look: JSON for machines and log collectors, short readable lines for a person at a terminal. */
export type LogFormat = 'json' | 'pretty';

/**
 * The process logger, on stderr so stdout stays clean for replies and --json output. Readable lines when stderr is a
 * terminal (or LOG_FORMAT=pretty), JSON lines otherwise (or LOG_FORMAT=json).
 */
export function createLogger(level = 'info', format: LogFormat | undefined = undefined, destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: undefined,
    // Tokens and keys must never reach a log line, whatever object is logged.
    redact: {
      paths: ['*.token', '*.apiKey', '*.secret', '*.password', 'config.*_TOKEN', 'config.*_SECRET', 'config.OPENAI_API_KEY'],
      censor: '[redacted]',
    },
  };
  // A destination of the caller's (the console's notices) takes the JSON lines and decides how they look.
  if (destination) return pino(options, destination);
  const readable = (format ?? (process.stderr.isTTY ? 'pretty' : 'json')) === 'pretty';
  // Synchronous, in this thread: a line logged just before exit is never lost in a worker.
  if (readable)
    return pino(
      options,
      pretty({
        destination: 2,
        sync: true,
        colorize: Boolean(process.stderr.isTTY),
        translateTime: 'HH:MM:ss',
        ignore: 'pid,hostname',
        singleLine: true,
      }),
    );
  return pino(options, pino.destination(2));
}

export type { Logger };

/** The logger a configuration asks for (LOG_LEVEL, LOG_FORMAT). */
export function loggerFor(config: { LOG_LEVEL: string; LOG_FORMAT?: LogFormat | undefined }, destination?: NodeJS.WritableStream): Logger {
  return createLogger(config.LOG_LEVEL, config.LOG_FORMAT, destination);
}
