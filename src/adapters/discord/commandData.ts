import type { Command } from '../../app/command.ts';
import { optionSpecs, type OptionSpec } from '../../app/optionSpecs.ts';

// Discord application command option types.
const OPTION_TYPE = { string: 3, integer: 4, boolean: 5, number: 10 } as const;

export interface DiscordOptionData {
  type: number;
  name: string;
  description: string;
  required: boolean;
  min_length?: number;
  max_length?: number;
  min_value?: number;
  max_value?: number;
  choices?: Array<{ name: string; value: string }>;
  autocomplete?: boolean;
}

export interface DiscordCommandData {
  name: string;
  description: string;
  type: 1;
  options: DiscordOptionData[];
}

function optionData(o: OptionSpec): DiscordOptionData {
  const d: DiscordOptionData = { type: OPTION_TYPE[o.type], name: o.name, description: o.description || o.name, required: o.required };
  if (o.minLength !== undefined) d.min_length = Math.max(0, o.minLength);
  if (o.maxLength !== undefined) d.max_length = Math.min(6000, o.maxLength);
  if (o.min !== undefined) d.min_value = o.min;
  if (o.max !== undefined) d.max_value = o.max;
  // Discord allows choices or autocomplete, not both; a fixed list is better shown as choices.
  if (o.choices) d.choices = o.choices.slice(0, 25).map((c) => ({ name: c, value: c }));
  else if (o.complete) d.autocomplete = true;
  return d;
}

/** The registry as Discord slash commands: names, descriptions and typed options from the zod schemas. */
export function discordCommandData(commands: readonly Command[]): DiscordCommandData[] {
  return commands.map((c) => ({
    name: c.name,
    description: c.description.slice(0, 100),
    type: 1,
    options: optionSpecs(c).map(optionData),
  }));
}
