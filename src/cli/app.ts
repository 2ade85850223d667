import type { Command } from 'commander';
import type { ExitCode } from '../core/exit-codes.js';
import type { Lang, Text } from '../core/i18n.js';
import type { CliContext } from './context.js';
import type { CliIO } from './io.js';
import { CLI_HELP } from './messages.js';

/**
 * What a command file receives: the language for its help texts and a runner that builds the context
 * from the parsed options and records the exit code. Command files stay thin: parse options, call the
 * core (imported lazily so offline commands start fast), return an exit code.
 */
export interface CliApp {
  readonly lang: Lang;
  readonly io: CliIO;
  run(cmd: Command, body: (ctx: CliContext) => Promise<ExitCode>): Promise<void>;
  /** Help text in the user's language, from a command's message catalogue. */
  h(text: Text): string;
}

export type CommandFactory = (app: CliApp) => Command;

/** Adds an "Examples" block after a command's help. */
export function withExamples(cmd: Command, app: CliApp, lines: readonly string[]): Command {
  const title = app.h(CLI_HELP.examples);
  return cmd.addHelpText('after', `\n${title}\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
}
