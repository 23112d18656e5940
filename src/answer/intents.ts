import { agreementsWith, anniversary, ratification, tiesEstablished } from './intentFacts.ts';
import { mentions, type Intent, type IntentContext, type IntentResult } from './intentContext.ts';
import { meetingContent } from './intentMeeting.ts';
import { eventsInPeriod, overview, timeline } from './intentOverview.ts';
import { personRole, roleHolder, whoMet } from './intentPeople.ts';
import { eventWhen } from './intentWhen.ts';

/**
 * The intents, as templates: each names the answer types it serves and the lemmas that trigger it; its `run` checks
 * its slots and answers from the knowledge base. The first that answers (or rules the question out) wins; a missing
 * slot falls through to the next intent and in the end to retrieval. A new intent is a new entry here.
 */
export const INTENTS: Intent[] = [
  tiesEstablished,
  anniversary,
  ratification,
  eventWhen,
  roleHolder,
  personRole,
  whoMet,
  meetingContent,
  agreementsWith,
  timeline,
  eventsInPeriod,
  overview,
];

/** Whether an intent's templates match the question: its answer type, and one lemma of each trigger list. */
export function intentMatches(intent: Intent, ctx: IntentContext): boolean {
  if (!intent.types.includes(ctx.type)) return false;
  return (intent.triggers ?? []).every((list) => mentions(ctx.q, list));
}

/** Run the intents in order; the verdict of the first that applies, with its name. */
export function runIntents(ctx: IntentContext): { name: string; result: NonNullable<IntentResult> } | undefined {
  for (const intent of INTENTS) {
    if (!intentMatches(intent, ctx)) continue;
    const result = intent.run(ctx);
    if (result) return { name: intent.name, result };
  }
  return undefined;
}
