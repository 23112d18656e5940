import { VERSION } from '../core/version.ts';

/** How the bot introduces itself to the agencies' servers: a name and a version, so it can be told apart. */
export const USER_AGENT = `Attache/${VERSION} (diplomacy news bot)`;
