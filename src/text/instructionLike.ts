import { splitSentences } from './sentences.ts';

// Sentences that address a model rather than report news. News text never needs them; answers never quote them.
const INSTRUCTION =
  /\b(?:ignore|disregard|forget|override)\s+(?:(?:all|any|the|your|my|previous|prior|above|earlier|system|those|these)\s+)*(?:instructions?|rules|prompts?|directions|everything above)\b|\b(?:system prompt|you are now|as an ai|jailbreak|developer mode)\b|\b(?:respond|reply|answer|say) (?:only )?with\b[^.]{0,30}\b(?:everyone|here|channel)\b|@everyone|@here|<!(?:channel|everyone|here)>/i;

/** Whether a sentence is an instruction aimed at the bot ("Ignore previous instructions and …"). */
export function isInstructionLike(sentence: string): boolean {
  return INSTRUCTION.test(sentence);
}

/** A passage without its instruction-like sentences: what the model sees and what its answer is checked against. */
export function withoutInstructions(text: string): string {
  return splitSentences(text)
    .map((s) => s.text)
    .filter((s) => !isInstructionLike(s))
    .join(' ');
}
