import { errorOf } from '../../../core/errors.js';
import type { Text } from '../../../core/i18n.js';
import { SANDBOX_ERRORS, SANDBOX_MESSAGES } from './messages.js';

/** Options of the sandbox subcommands: a bad value is a usage error naming the option and what it takes. */
export function badOption(option: string, value: string, expected: Text, min?: number) {
  return errorOf(SANDBOX_ERRORS, 'SANDBOX_BAD_OPTION', {
    hint: expected,
    data: { option, value, ...(min !== undefined ? { min } : {}) },
  });
}

export function intOption(option: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw badOption(option, value, SANDBOX_MESSAGES.wholeNumber, min);
  return n;
}
