import { Command, CommanderError, Option } from 'commander';
import type { CliError } from '../core/errors.js';
import { interruptedError } from '../core/interrupt.js';
import { fmt, type Text } from '../core/i18n.js';
import { EXIT, type ExitCode } from '../core/exit-codes.js';
import type { CliApp } from './app.js';
import { commandFactories } from './commands/index.js';
import { OUTPUT_FORMATS } from '../report/format.js';
import { buildContext, detectLang, unknownLangFromEnv, type GlobalOptions } from './context.js';
import { localizedHelp } from './help-i18n.js';
import { CLI_HELP, LANG_ENV_MESSAGES } from './messages.js';
import type { CliIO } from './io.js';
import { renderErrorJson, renderErrorText, toCliError } from './render-error.js';
import { typedCommand, usageErrorFrom } from './usage-error.js';
import { commandToPaste } from './command-line.js';
import { Chalk } from 'chalk';
import { VERSION } from '../core/version.js';

/** "plan", "sandbox serve": the command's name under the program. */
function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function buildProgram(app: CliApp): Command {
  const program = new Command('b24cfg')
    .description(app.h(CLI_HELP.program))
    .version(VERSION, '-V, --version', app.h(CLI_HELP.version))
    .addOption(new Option('--format <format>', app.h(CLI_HELP.format)).choices([...OUTPUT_FORMATS]))
    .addOption(new Option('--lang <lang>', app.h(CLI_HELP.lang)).choices(['ru', 'en']))
    .option('--no-color', app.h(CLI_HELP.noColor))
    .option('-q, --quiet', app.h(CLI_HELP.quiet))
    .option('-v, --verbose', app.h(CLI_HELP.verbose))
    .addOption(new Option('--root <dir>', app.h(CLI_HELP.root)))
    .helpOption('-h, --help', app.h(CLI_HELP.help))
    .helpCommand('help [command]', app.h(CLI_HELP.helpCommand))
    .configureHelp(localizedHelp(app.lang))
    .showSuggestionAfterError(true)
    .addHelpText('after', app.h(CLI_HELP.exitCodes));
  for (const make of commandFactories) program.addCommand(make(app));
  // addCommand does not pass help settings down: localise every subcommand's help here, once.
  const localise = (cmd: Command) => {
    cmd.configureHelp(localizedHelp(app.lang));
    cmd.helpOption('-h, --help', app.h(CLI_HELP.help));
    if (cmd.commands.length > 0) cmd.helpCommand('help [command]', app.h(CLI_HELP.helpCommand));
    cmd.commands.forEach(localise);
  };
  program.commands.forEach(localise);
  return program;
}

/**
 * How long a command that did not ask to finish by itself (`ctx.deferInterrupt`) may go on after
 * Ctrl-C: long enough to let an aborted request settle and print its own error, short enough that
 * any command ends within a second (test/cli/signals.test.ts).
 */
export const INTERRUPT_GRACE_MS = 500;

/**
 * Resolves with the command's outcome, or rejects with INTERRUPTED once `signal` has aborted and the
 * grace period has passed, unless the command deferred the interrupt to its own handling.
 */
function cutShortOnSignal<T>(work: Promise<T>, signal: AbortSignal, deferred: () => boolean): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      timer = setTimeout(() => {
        if (!deferred()) reject(interruptedError(signal));
      }, INTERRUPT_GRACE_MS);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    const settle = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    work.finally(() => settle()).then(resolve, reject);
  });
}

/** Runs the CLI in-process and returns the exit code; tests call this directly. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const lang = detectLang(argv, io.env);
  const badLang = unknownLangFromEnv(argv, io.env);
  if (badLang !== undefined && !argv.includes('-q') && !argv.includes('--quiet')) {
    // Only printable ASCII of a value from the environment reaches the terminal.
    const value = badLang.replace(/[^ -~]/g, '?');
    io.err.write(
      `${fmt(LANG_ENV_MESSAGES.unknown, 'ru', { value })}\n${fmt(LANG_ENV_MESSAGES.unknown, 'en', { value })}\n`,
    );
  }
  const signal = io.signal ?? new AbortController().signal;
  let deferred = false;
  let exitCode: ExitCode = EXIT.ok;
  let wantsJson = argv.includes('json') && argv.some((a) => a === '--format' || a === '--format=json');
  const app: CliApp = {
    lang,
    io,
    h: (text: Text) => text[lang],
    run: async (cmd, body) => {
      const opts = cmd.optsWithGlobals<GlobalOptions>();
      wantsJson = opts.format === 'json';
      const ctx = buildContext(io, opts, lang, {
        command: commandPath(cmd),
        deferInterrupt: () => {
          deferred = true;
        },
      });
      exitCode = await body(ctx);
    },
  };
  const program = buildProgram(app);
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.out.write(s),
    writeErr: (s) => io.err.write(s),
    outputError: () => undefined,
  });
  for (const sub of program.commands) {
    sub.exitOverride();
    sub.configureOutput({
      writeOut: (s) => io.out.write(s),
      writeErr: (s) => io.err.write(s),
      outputError: () => undefined,
    });
  }
  try {
    await cutShortOnSignal(program.parseAsync([...argv], { from: 'user' }), signal, () => deferred);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      ) {
        return EXIT.ok;
      }
      if (e.code === 'commander.executeSubCommandAsync') return EXIT.ok;
      return report(usageErrorFrom(e, typedCommand(program, argv)), io, lang, wantsJson);
    }
    const err = toCliError(e);
    // Hints may offer the command again with a flag added: `{rerun} --force`.
    err.context.rerun ??= commandToPaste(argv);
    return report(err, io, lang, wantsJson);
  }
}

function report(err: CliError, io: CliIO, lang: 'ru' | 'en', json: boolean): ExitCode {
  const debug = io.env.B24CFG_DEBUG === '1';
  const colorOk =
    io.env.NO_COLOR === undefined && (io.err.isTTY === true || io.env.FORCE_COLOR !== undefined);
  const chalk = new Chalk({ level: colorOk ? 1 : 0 });
  io.err.write(renderErrorText(err, lang, chalk, debug).replace(/\n$/, '\n'));
  if (json) io.out.write(renderErrorJson(err, lang));
  return err.exitCode;
}

/**
 * Asks y/N on the terminal. Readline reads Ctrl-C as a key while it asks, so it is passed on as the
 * process's interrupt; the question then ends with INTERRUPTED.
 */
async function confirmOnTty(question: string, interrupt: AbortController): Promise<boolean> {
  // Loaded only when a question is asked: most runs never ask one, and every module costs at start-up.
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  rl.on('SIGINT', () => interrupt.abort('SIGINT'));
  try {
    const answer = (await rl.question(`${question} `, { signal: interrupt.signal })).trim().toLowerCase();
    return ['y', 'yes', 'д', 'да'].includes(answer);
  } catch (e) {
    if (interrupt.signal.aborted) throw interruptedError(interrupt.signal);
    throw e;
  } finally {
    rl.close();
  }
}

/**
 * The first SIGINT or SIGTERM aborts the command's signal (it ends within a second: exit 130, or its
 * own code when it finishes by itself, like apply's 4); a second one ends the process at once.
 */
function interruptOnSignals(exit: (code: ExitCode) => void): AbortController {
  const interrupt = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupt.signal.aborted) exit(EXIT.interrupted);
    else interrupt.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return interrupt;
}

/** The process entry point (bin/b24cfg.js). The only place that ends the process. */
export async function main(): Promise<void> {
  const exit = (code: ExitCode) => process.exit(code);
  const interrupt = interruptOnSignals(exit);
  const io: CliIO = {
    out: process.stdout,
    err: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    confirm: process.stdin.isTTY ? (q) => confirmOnTty(q, interrupt) : undefined,
    signal: interrupt.signal,
  };
  const code = await runCli(process.argv.slice(2), io);
  // Let piped output drain before exiting; open handles (spinners, sockets) must not keep us alive.
  process.stdout.write('', () => exit(code));
}
