import { z } from 'zod';
import { answerQuestion } from '../src/answer/answerQuestion.ts';
import { defineCommand } from '../src/core/command.ts';
import { MAX_OPTION_LENGTH } from '../src/core/options.ts';

export const ask = defineCommand({
  name: 'ask',
  description: 'A question in your own words, answered from the articles with citations',
  options: z.object({
    question: z.string().trim().min(3, 'is too short').max(MAX_OPTION_LENGTH, `is longer than ${MAX_OPTION_LENGTH} characters`).describe('Your question, e.g. When were Việt Nam–Norway ties established?'),
  }),
  positional: 'question',
  examples: ['/ask When were Vietnam–Norway diplomatic ties established?', '/ask Who is Norway’s ambassador to Vietnam?'],
  run({ options, services }) {
    return answerQuestion(options.question, services);
  },
});
