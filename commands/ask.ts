import { z } from 'zod';
import { answerQuestion } from '../src/answer/answerQuestion.ts';
import { cleanQuestion } from '../src/answer/readQuestion.ts';
import { defineCommand } from '../src/app/command.ts';
import { UserError } from '../src/core/userError.ts';

/** Longest question accepted (Discord's message limit); only the first 1,000 characters are analysed. */
export const MAX_QUESTION_INPUT = 4_000;

export const ask = defineCommand({
  name: 'ask',
  description: 'A question in your own words, answered from the articles with citations',
  options: z.object({
    question: z
      .string()
      .max(MAX_QUESTION_INPUT, `is longer than ${MAX_QUESTION_INPUT} characters`)
      .describe('Your question, e.g. When were Việt Nam–Norway ties established?'),
    explain: z.coerce.boolean().optional().describe('Show every stage of the answer: analysis, entities, passages, scores'),
  }),
  positional: 'question',
  examples: ['/ask When were Vietnam–Norway diplomatic ties established?', '/ask Who is Norway’s ambassador to Vietnam?'],
  async run({ options, services, caller }) {
    // Mentions and pings are removed first: a question that was only "@everyone" is an empty question.
    if (cleanQuestion(options.question).length < 2)
      throw new UserError(
        '/ask needs a question.',
        'Usage: /ask <question>\nExample: /ask When were Vietnam–Norway diplomatic ties established?',
      );
    const conversation = caller.conversationId && services.conversations ? services.conversations.get(caller.conversationId) : undefined;
    return answerQuestion(options.question, services, {
      ...(conversation ? { conversation } : {}),
      ...(options.explain ? { explain: true } : {}),
    });
  },
});
