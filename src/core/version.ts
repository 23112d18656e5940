import { createRequire } from 'node:module';

/** The package version, shown by /about and sent in the feed reader's User-Agent. */
export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
