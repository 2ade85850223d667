import { EXIT, type ExitCode } from './exit-codes.js';
import { fillTexts, fmt, type Lang, type Text, type TextData } from './i18n.js';
import { redact } from './redact.js';
import type { ErrorCatalogue, ErrorEntry } from './catalogue.js';
import { CORE_ERRORS } from './messages.js';

export interface CliErrorInit {
  /** Stable machine code, e.g. SPEC_NOT_FOUND, B24_INSUFFICIENT_SCOPE. */
  code: string;
  message: Text;
  hint?: Text;
  /** Where: file:line:col, "pipeline ▸ stage", or a portal method. */
  where?: string;
  exit?: ExitCode;
  data?: TextData;
  cause?: unknown;
}

/**
 * Every failure a user can see is a CliError: a code, a message in both languages, where it happened
 * and what to do. Only src/cli/main.ts turns it into output and an exit code.
 */
export class CliError extends Error {
  readonly code: string;
  readonly text: Text;
  readonly hint?: Text;
  readonly where?: string;
  readonly exitCode: ExitCode;
  readonly data?: TextData;
  /**
   * Facts the layer that catches the error on its way up adds for its placeholders, without
   * overriding the error's own data: `{portal}`, how a command to paste names the portal, is filled
   * by the CLI for every error raised while a portal is open.
   */
  readonly context: TextData = {};

  constructor(init: CliErrorInit) {
    super(
      redact(fmt(init.message, 'en', init.data)),
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.name = new.target.name;
    this.code = init.code;
    this.text = init.message;
    this.hint = init.hint;
    this.where = init.where;
    this.exitCode = init.exit ?? EXIT.findings;
    this.data = init.data;
  }

  render(lang: Lang): { message: string; hint?: string; where?: string } {
    const data = { ...this.context, ...this.data };
    return {
      message: redact(fmt(this.text, lang, data)),
      hint: this.hint ? redact(fmt(this.hint, lang, data)) : undefined,
      where: this.where ? redact(this.where) : undefined,
    };
  }
}

/** "Should never happen": rendered with a request to report it, exit 70. */
export class InternalError extends CliError {
  constructor(message: string, cause?: unknown) {
    super({
      code: 'INTERNAL',
      exit: CORE_ERRORS.INTERNAL.exit,
      message: CORE_ERRORS.INTERNAL.message,
      hint: CORE_ERRORS.INTERNAL.hint,
      data: { message },
      cause,
    });
  }
}

export function isCliError(e: unknown): e is CliError {
  return e instanceof CliError;
}

export interface ErrorDetails {
  where?: string;
  data?: TextData;
  cause?: unknown;
  /** Overrides the catalogue's exit code where one code serves several situations. */
  exit?: ExitCode;
  /** Overrides the catalogue's hint where one code has several remedies (another catalogue entry). */
  hint?: Text;
  /** Parameters that are texts themselves (what a command did not do): filled in each language. */
  texts?: Readonly<Record<string, Text>>;
}

function localized(t: Text, texts: Readonly<Record<string, Text>> | undefined): Text {
  return texts ? fillTexts(t, texts) : t;
}

/**
 * Builds the CliError of catalogue entry `key` (its code is the key unless the entry names another):
 * `throw errorOf(APPLY_ERRORS, 'PLAN_FILE_INVALID', {…})`.
 */
export function errorOf<C extends ErrorCatalogue, K extends keyof C & string>(
  catalogue: C,
  key: K,
  details: ErrorDetails = {},
): CliError {
  const entry = catalogue[key] as ErrorEntry;
  const init: CliErrorInit = {
    code: entry.code ?? key,
    message: localized(entry.message, details.texts),
    ...((details.hint ?? entry.hint)
      ? { hint: localized((details.hint ?? entry.hint) as Text, details.texts) }
      : {}),
    ...(details.where !== undefined ? { where: details.where } : {}),
    ...(details.data ? { data: details.data } : {}),
    ...(details.cause !== undefined ? { cause: details.cause } : {}),
    ...((details.exit ?? entry.exit) !== undefined ? { exit: details.exit ?? entry.exit } : {}),
  };
  return new CliError(init);
}
