import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PROMPTS_DIR = join(import.meta.dirname, '..', '..', 'prompts');

export interface PromptTemplate {
  system: string;
  user: string;
}

/** Load a prompt template from prompts/: a system part and a user part, marked by HTML comments. */
export function loadPrompt(name: string): PromptTemplate {
  const text = readFileSync(join(PROMPTS_DIR, `${name}.md`), 'utf8');
  const m = /<!-- system -->\s*([\s\S]*?)<!-- user -->\s*([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`prompts/${name}.md needs <!-- system --> and <!-- user --> parts`);
  return { system: m[1]!.trim(), user: m[2]!.trim() };
}

/**
 * Fill {{slots}} in one pass, so text inserted for one slot is never read as another slot. Angle brackets in values
 * are escaped so a passage cannot close the <passages> block it sits in.
 */
export function fillPrompt(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`prompt slot {{${key}}} has no value`);
    return v.replace(/</g, '‹').replace(/>/g, '›');
  });
}
