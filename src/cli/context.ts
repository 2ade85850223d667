import { Chalk, type ChalkInstance } from 'chalk';
import { homedir } from 'node:os';
import { errorOf } from '../core/errors.js';
import { NEVER_ABORTED } from '../core/interrupt.js';
import { isLang, type Lang, type Text, fmt, type TextData } from '../core/i18n.js';
import { registerSecretsIn } from '../core/redact.js';
import { terminalSafe } from '../core/terminal-text.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../report/format.js';
import { redactingWriter, type CliIO, type Writer } from './io.js';
import { CLI_ERRORS } from './messages.js';

export interface GlobalOptions {
  format?: string;
  lang?: string;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  /** A networked command's --portal (a webhook URL or a profile name). */
  portal?: string;
  /** --root: the project folder a spec may read files from. */
  root?: string;
}

/** Everything a command needs from the outside world, injected so commands run the same in tests. */
export interface CliContext {
  lang: Lang;
  format: OutputFormat;
  /** True when the user gave --format explicitly (commands with their own default may respect it). */
  formatGiven: boolean;
  color: boolean;
  quiet: boolean;
  verbose: boolean;
  /** A human at a terminal who can answer questions: a TTY and not CI. */
  interactive: boolean;
  out: Writer;
  err: Writer;
  env: Record<string, string | undefined>;
  cwd: string;
  /** --root, when given: the project folder a spec may read files from (src/spec/project-root.ts). */
  root?: string;
  homeDir: string;
  chalk: ChalkInstance;
  now: () => Date;
  confirm: (question: string) => Promise<boolean>;
  t: (text: Text, data?: TextData) => string;
  /** Prints a line to stderr unless --quiet (progress, notes). */
  note: (line: string) => void;
  /**
   * Aborted on Ctrl-C or SIGTERM (reason: "SIGINT" / "SIGTERM"). Hand it to the portal (withPortal
   * does) and to anything that waits. A command that does not call `deferInterrupt` is ended with
   * exit 130 shortly after it aborts, whatever it is doing.
   */
  signal: AbortSignal;
  /**
   * Says that this command ends by itself soon after `signal` aborts, with its own report and exit
   * code (apply releasing its lock, the sandbox server saving its state): it is waited for instead of
   * being cut short. A second signal still ends the process at once.
   */
  deferInterrupt: () => void;
  /** The command's name as typed after `b24cfg` ("plan", "sandbox serve"), for hints and scope checks. */
  command: string;
}

export function isCi(env: Record<string, string | undefined>): boolean {
  const v = env.CI;
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

/** The language is needed before commander parses (help texts), so it is found by a pre-scan. */
export function detectLang(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' && isLang(argv[i + 1])) return argv[i + 1] as Lang;
    if (a?.startsWith('--lang=')) {
      const v = a.slice('--lang='.length);
      if (isLang(v)) return v;
    }
  }
  const fromEnv = env.B24CFG_LANG;
  return isLang(fromEnv) ? fromEnv : 'ru';
}

/**
 * B24CFG_LANG set to a language b24cfg does not have ("de") while --lang is not given: the value it
 * ignored, so that the fallback to Russian is said rather than silent.
 */
export function unknownLangFromEnv(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): string | undefined {
  const v = env.B24CFG_LANG;
  if (v === undefined || v === '' || isLang(v)) return undefined;
  return argv.some((a) => a === '--lang' || a.startsWith('--lang=')) ? undefined : v;
}

/** What the runner knows about the command beyond its options. */
export interface RunInfo {
  /** The command's name as typed after `b24cfg`: "plan", "sandbox serve". */
  command?: string;
  deferInterrupt?: () => void;
}

export function buildContext(io: CliIO, opts: GlobalOptions, lang: Lang, run: RunInfo = {}): CliContext {
  const format = (opts.format ?? 'pretty') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    throw errorOf(CLI_ERRORS, 'USAGE_BAD_FORMAT', { data: { format, list: OUTPUT_FORMATS.join(', ') } });
  }
  if (opts.lang !== undefined && !isLang(opts.lang)) {
    throw errorOf(CLI_ERRORS, 'USAGE_BAD_LANG', { data: { lang: opts.lang } });
  }
  // Redaction replaces known secrets only (src/core/redact.ts): learn the webhook's before anything prints.
  registerSecretsIn(io.env.B24_WEBHOOK_URL);
  registerSecretsIn(opts.portal);
  const out = redactingWriter(io.out);
  const err = redactingWriter(io.err);
  const noColorEnv = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const color =
    opts.color !== false && !noColorEnv && (io.env.FORCE_COLOR !== undefined || out.isTTY === true);
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const interactive = io.confirm !== undefined && out.isTTY === true && !isCi(io.env);
  const quiet = opts.quiet === true;
  const t = (text: Text, data?: TextData) => fmt(text, lang, data);
  return {
    lang,
    format,
    formatGiven: opts.format !== undefined,
    color,
    quiet,
    verbose: opts.verbose === true,
    interactive,
    out,
    err,
    env: io.env,
    cwd: io.cwd,
    ...(opts.root !== undefined ? { root: opts.root } : {}),
    homeDir: io.homeDir ?? io.env.HOME ?? homedir(),
    chalk,
    now: io.now ?? (() => new Date()),
    confirm: io.confirm ?? (() => Promise.resolve(false)),
    t,
    note: (line: string) => {
      // Notes quote names from the spec and the portal: they reach the terminal through the same edge.
      if (!quiet) err.write(`${terminalSafe(line, { keepColor: color })}\n`);
    },
    signal: io.signal ?? NEVER_ABORTED,
    deferInterrupt: run.deferInterrupt ?? (() => undefined),
    command: run.command ?? '',
  };
}

/** Refuses formats a command does not produce, naming the ones it does. */
export function requireFormat(ctx: CliContext, allowed: readonly OutputFormat[]): void {
  if (!allowed.includes(ctx.format)) {
    throw errorOf(CLI_ERRORS, 'USAGE_FORMAT_NOT_SUPPORTED', {
      data: { format: ctx.format, list: allowed.join(', ') },
    });
  }
}
