import type { CommanderError } from 'commander';
import { CliError } from '../core/errors.js';
import type { Text } from '../core/i18n.js';
import { CLI_ERRORS, COMMANDER_USAGE } from './messages.js';

/** Commander reports usage mistakes in English; we say them in the user's language with a hint. */
export function usageErrorFrom(e: CommanderError): CliError {
  const detail = e.message.replace(/^error:\s*/, '');
  const usage = CLI_ERRORS.USAGE;
  return new CliError({
    code: 'USAGE',
    message: (COMMANDER_USAGE as Readonly<Record<string, Text | undefined>>)[e.code] ?? usage.message,
    hint: usage.hint,
    data: { detail },
    exit: usage.exit,
  });
}
