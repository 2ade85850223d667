import { dataJson } from '../core/data-text.js';
import type { ChalkInstance } from 'chalk';
import { basename, dirname } from 'node:path';
import { CliError, errorOf, InternalError } from '../core/errors.js';
import type { Lang } from '../core/i18n.js';
import { redact } from '../core/redact.js';
import { shellWord } from '../core/shell.js';
import { ERROR_LABELS, FILE_SYSTEM_ERRORS } from './messages.js';
import { terminalSafe } from '../core/terminal-text.js';

/** Turns anything thrown into a CliError; unknown throwables become an internal error (exit 70). */
export function toCliError(e: unknown): CliError {
  if (e instanceof CliError) return e;
  const fsError = fileSystemError(e);
  if (fsError) return fsError;
  const msg = e instanceof Error ? e.message : String(e);
  return new InternalError(redact(msg), e);
}

/** A refused file operation (it names its path) said in words; other system errors stay internal. */
function fileSystemError(e: unknown): CliError | undefined {
  if (!(e instanceof Error)) return undefined;
  const err = e as NodeJS.ErrnoException & { dest?: string };
  // mkdir -p meeting a file where a folder should be answers EEXIST.
  const code =
    err.code === 'EPERM' ? 'EACCES' : err.code === 'EEXIST' && err.syscall === 'mkdir' ? 'ENOTDIR' : err.code;
  // A rename names the temp file first and the file it was meant to become as dest.
  const path = err.dest ?? err.path;
  if (typeof path !== 'string' || code === undefined || !Object.hasOwn(FILE_SYSTEM_ERRORS, code))
    return undefined;
  return errorOf(FILE_SYSTEM_ERRORS, code as keyof typeof FILE_SYSTEM_ERRORS, {
    data: { path, dir: shellWord(dirname(path)), name: basename(path) },
  });
}

/** Human rendering for stderr: code, place, message, hint. Never a stack trace (unless B24CFG_DEBUG). */
export function renderErrorText(err: CliError, lang: Lang, chalk: ChalkInstance, debug: boolean): string {
  const r = err.render(lang);
  const label = ERROR_LABELS.error[lang];
  const lines = [`${chalk.red.bold(`b24cfg: ${label}`)} ${chalk.dim(`[${err.code}]`)} ${r.message}`];
  if (r.where) lines.push(`  ${chalk.dim(ERROR_LABELS.where[lang])} ${r.where}`);
  if (r.hint) lines.push(`  ${chalk.cyan(ERROR_LABELS.hint[lang])} ${r.hint}`);
  if (debug) {
    const stack = err.cause instanceof Error ? err.cause.stack : err.stack;
    if (stack) lines.push(chalk.dim(redact(stack)));
  }
  return terminalSafe(`${lines.join('\n')}\n`, { keepColor: chalk.level > 0 });
}

export function renderErrorJson(err: CliError, lang: Lang): string {
  const r = err.render(lang);
  return dataJson({ ok: false, error: { code: err.code, exitCode: err.exitCode, ...r } });
}
