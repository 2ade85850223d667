/**
 * Next-step hints are commands a user pastes into a shell (issue 16, item 4): every argument is
 * written so that a POSIX shell reads it back as it is.
 */
export function shellArg(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_./:@%+=,-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * `b24cfg <args…>` with every argument quoted as needed. Arguments given as `{ raw }` are written as
 * they are: a reference such as `"$B24_WEBHOOK_URL"` the shell is meant to expand.
 */
export function b24cfgCommand(...args: readonly CommandArg[]): string {
  return ['b24cfg', ...args.map((a) => (typeof a === 'string' ? shellArg(a) : a.raw))].join(' ');
}

/** An argument of a hint's command: a value (quoted as needed) or `{ raw }`, written as it is. */
export type CommandArg = string | { raw: string };

/**
 * The value of `--portal` in a hint: a profile name or a sandbox reference (quoted when printed), or
 * `{ raw: '"$B24_WEBHOOK_URL"' }`, a reference the shell expands (src/cli/portal-arg.ts chooses).
 */
export type PortalArg = CommandArg;
