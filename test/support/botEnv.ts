import { APP_ID } from '../fakes/fakeDiscord.ts';
import { cleanEnv } from './spawnCli.ts';

/** The environment of a bot with both platforms configured against the local fakes, plus `extra`. */
export function botEnv(fakes: { discordApi: string; slackApi: string }, extra: Record<string, string>): NodeJS.ProcessEnv {
  return cleanEnv({
    DISCORD_TOKEN: 'fake-discord-token',
    DISCORD_APPLICATION_ID: APP_ID,
    ATTACHE_DISCORD_API_URL: fakes.discordApi,
    SLACK_BOT_TOKEN: 'xoxb-fake',
    SLACK_SIGNING_SECRET: 'secret',
    ATTACHE_SLACK_API_URL: fakes.slackApi,
    ...extra,
  });
}
