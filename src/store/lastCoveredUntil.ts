import type { State, Subscription } from './stateSchema.ts';

/** Where a channel's last finished digest stopped (its newest arrival covered); undefined before the first. */
export function lastCoveredUntil(state: Readonly<State>, platform: Subscription['platform'], channelId: string): string | undefined {
  return state.digests
    .filter((d) => d.platform === platform && d.channelId === channelId && d.status !== 'sending')
    .map((d) => d.coveredUntil)
    .sort()
    .at(-1);
}
