import type { CommanderError } from 'commander';
import { CliError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import type { Text } from '../core/i18n.js';

/** Commander reports usage mistakes in English; we say them in the user's language with a hint. */
const USAGE_TEXT: Record<string, Text> = {
  'commander.unknownOption': { ru: 'неизвестный параметр: {detail}', en: 'unknown option: {detail}' },
  'commander.unknownCommand': { ru: 'неизвестная команда: {detail}', en: 'unknown command: {detail}' },
  'commander.missingArgument': { ru: 'не хватает аргумента: {detail}', en: 'missing argument: {detail}' },
  'commander.optionMissingArgument': {
    ru: 'у параметра нет значения: {detail}',
    en: 'option needs a value: {detail}',
  },
  'commander.missingMandatoryOptionValue': {
    ru: 'обязательный параметр не указан: {detail}',
    en: 'required option not given: {detail}',
  },
  'commander.invalidArgument': { ru: 'недопустимое значение: {detail}', en: 'invalid value: {detail}' },
  'commander.excessArguments': { ru: 'лишние аргументы: {detail}', en: 'too many arguments: {detail}' },
};

export function usageErrorFrom(e: CommanderError): CliError {
  const detail = e.message.replace(/^error:\s*/, '');
  return new CliError({
    code: 'USAGE',
    message: USAGE_TEXT[e.code] ?? { ru: '{detail}', en: '{detail}' },
    hint: { ru: 'Справка: b24cfg <команда> --help', en: 'See: b24cfg <command> --help' },
    data: { detail },
    exit: EXIT.findings,
  });
}
