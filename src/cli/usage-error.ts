import type { Command, CommanderError } from 'commander';
import { CliError } from '../core/errors.js';
import { fill, type Text } from '../core/i18n.js';
import { CLI_ERRORS, COMMANDER_USAGE as U } from './messages.js';

/** The words commander's English message carries: the name it quotes, its suggestion, the choices. */
interface UsageParts {
  name: string;
  value?: string;
  suggestion?: string;
  choices?: string;
  expected?: string;
  got?: string;
}

function partsOf(detail: string): UsageParts {
  const quoted = [...detail.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
  const counts = /Expected (\d+) arguments? but got (\d+)/.exec(detail);
  const suggestion = /\(Did you mean (.+?)\?\)/.exec(detail)?.[1];
  const choices = /Allowed choices are (.+?)\.?$/m.exec(detail)?.[1];
  return {
    // "--out <file>" → "--out": the option as typed.
    name: (quoted[0] ?? '').replace(/ [<[].*$/, ''),
    ...(quoted[1] !== undefined ? { value: quoted[1] } : {}),
    ...(suggestion !== undefined ? { suggestion } : {}),
    ...(choices !== undefined ? { choices } : {}),
    ...(counts?.[1] !== undefined && counts[2] !== undefined ? { expected: counts[1], got: counts[2] } : {}),
  };
}

/** Commander's message said again in our words, or undefined when its shape is not one we know. */
function ownWords(code: string, p: UsageParts): Text | undefined {
  const suggest =
    p.suggestion !== undefined ? fill(U.didYouMean, { suggestion: p.suggestion }) : { ru: '', en: '' };
  const withSuggestion = (t: Text): Text => ({
    ru: fill(t, { name: p.name }).ru + suggest.ru,
    en: fill(t, { name: p.name }).en + suggest.en,
  });
  if (p.name === '' && code !== 'commander.excessArguments') return undefined;
  switch (code) {
    case 'commander.unknownCommand':
      return withSuggestion(U.unknownCommand);
    case 'commander.unknownOption':
      return withSuggestion(U.unknownOption);
    case 'commander.missingArgument':
      return fill(U.missingArgument, { name: p.name });
    case 'commander.optionMissingArgument':
      return fill(U.optionMissingArgument, { name: p.name });
    case 'commander.missingMandatoryOptionValue':
      return fill(U.missingMandatoryOptionValue, { name: p.name });
    case 'commander.invalidArgument':
      if (p.value === undefined || p.choices === undefined) return undefined;
      return fill(U.invalidChoice, { name: p.name, value: p.value, choices: p.choices });
    case 'commander.excessArguments':
      if (p.expected === undefined || p.got === undefined) return undefined;
      return fill(U.excessArguments, { expected: p.expected, got: p.got });
    default:
      return undefined;
  }
}

/** "plan", "sandbox serve": the command the user typed, as far as commander knows it. */
export function typedCommand(program: Command, argv: readonly string[]): string[] {
  const path: string[] = [];
  let cmd = program;
  for (const a of argv) {
    if (a.startsWith('-')) continue;
    const sub = cmd.commands.find((c) => c.name() === a || c.aliases().includes(a));
    if (!sub) break;
    path.push(sub.name());
    cmd = sub;
  }
  return path;
}

/**
 * Commander reports usage mistakes in English; we say them in the user's language, and the hint is the
 * help of the command typed (or the one commander suggests), a command to paste.
 */
export function usageErrorFrom(e: CommanderError, command: readonly string[] = []): CliError {
  const detail = e.message.replace(/^error:\s*/, '');
  const parts = partsOf(detail);
  const usage = CLI_ERRORS.USAGE;
  const own = ownWords(e.code, parts);
  const helpOf =
    e.code === 'commander.unknownCommand'
      ? [...command, ...(parts.suggestion !== undefined ? [parts.suggestion] : [])]
      : [...command];
  return new CliError({
    code: 'USAGE',
    message: own ?? usage.message,
    hint: fill(U.helpHint, { help: ['b24cfg', ...helpOf, '--help'].join(' ') }),
    data: { detail },
    exit: usage.exit,
  });
}
