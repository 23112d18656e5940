import { z } from 'zod';

/** Longest text a name or query option takes; longer input is a mistake or an attack, never a name. */
export const MAX_OPTION_LENGTH = 300;

/** A required free-text option: trimmed, bounded, one line. */
export function textOption(description: string) {
  return z
    .string()
    .trim()
    .min(1, 'is required')
    .max(MAX_OPTION_LENGTH, `is longer than ${MAX_OPTION_LENGTH} characters`)
    .describe(description);
}

/** A date filter: YYYY, YYYY-MM or YYYY-MM-DD. */
export function dateOption(description: string) {
  return z
    .string()
    .trim()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date such as 2025, 2025-02 or 2025-02-21')
    .describe(description)
    .optional();
}
