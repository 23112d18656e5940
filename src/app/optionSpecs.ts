import type { z } from 'zod';
import type { Command } from './command.ts';

import type { NameKind } from '../knowledge/candidatesFor.ts';

export type { NameKind };

/** One option as platforms and LLM tools describe it, read from the command's zod schema. */
export interface OptionSpec {
  name: string;
  description: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  required: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  choices?: string[];
  complete?: NameKind;
}

interface Inspectable {
  description?: string;
  _zod: { def: { type: string; innerType?: Inspectable } };
  maxLength?: number | null;
  minLength?: number | null;
  maxValue?: number;
  minValue?: number;
  isInt?: boolean;
  options?: string[];
}

/** The options of a command, in declaration order, positional first. */
export function optionSpecs(command: Command): OptionSpec[] {
  const shape = command.options.shape as Record<string, z.ZodType>;
  const specs = Object.entries(shape).map(([name, schema]) => {
    let s = schema as unknown as Inspectable;
    let required = true;
    let description = s.description;
    // Optional and default wrap the real type; either makes the option optional.
    while (s._zod.def.type === 'optional' || s._zod.def.type === 'default') {
      required = false;
      s = s._zod.def.innerType!;
      description ??= s.description;
    }
    const t = s._zod.def.type;
    const spec: OptionSpec = {
      name,
      description: (description ?? name).slice(0, 100),
      type: t === 'number' ? (s.isInt ? 'integer' : 'number') : t === 'boolean' ? 'boolean' : 'string',
      required,
    };
    if (t === 'string') {
      if (s.minLength != null) spec.minLength = s.minLength;
      if (s.maxLength != null) spec.maxLength = s.maxLength;
    }
    if (t === 'number') {
      if (Number.isFinite(s.minValue)) spec.min = s.minValue;
      if (Number.isFinite(s.maxValue)) spec.max = s.maxValue;
    }
    if (t === 'enum' && s.options) spec.choices = s.options;
    const complete = command.complete?.[name];
    if (complete) spec.complete = complete;
    return spec;
  });
  return specs.sort(
    (a, b) => Number(b.name === command.positional) - Number(a.name === command.positional) || Number(b.required) - Number(a.required),
  );
}
