import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { errorOf } from '../core/errors.js';
import type { CliContext } from './context.js';
import { CLI_ERRORS } from './messages.js';
import { pathExists } from '../core/files.js';

/** The file a path names after symlinks, so `./spec.yaml` and a link to it are one file. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => realpath(p).catch(() => p);
  return (await real(a)) === (await real(b));
}

/**
 * Where `--out` writes, refused when it would replace a file silently (issue 16.2): an existing file
 * needs --force (as `init` does), and a file the command reads (the spec, a snapshot) is never
 * overwritten by its own output.
 */
export async function outFileFor(
  ctx: CliContext,
  out: string,
  o: { force?: boolean; inputs?: readonly string[] },
): Promise<string> {
  const path = resolve(ctx.cwd, out);
  for (const input of o.inputs ?? []) {
    if (await sameFile(path, resolve(ctx.cwd, input)))
      throw errorOf(CLI_ERRORS, 'OUT_IS_INPUT', { where: out, data: { file: out } });
  }
  if (o.force !== true && (await pathExists(path)))
    throw errorOf(CLI_ERRORS, 'OUT_EXISTS', { where: out, data: { file: out } });
  return path;
}
