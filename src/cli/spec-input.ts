import { dirname, isAbsolute, relative } from 'node:path';
import { errorOf } from '../core/errors.js';
import type { SpecInput } from '../plan/against-portal.js';
import type { Text } from '../core/i18n.js';
import type { Spec, SpecLoadResult } from '../spec/index.js';
import type { CliContext } from './context.js';
import { VERSION } from '../core/version.js';
import { CLI_ERRORS, CLI_MESSAGES } from './messages.js';

/**
 * Loads and validates a spec for a command that goes on to a portal or an audit. Problems are printed
 * exactly as `validate` prints them (to stderr), and the command stops when any is an error, saying
 * what it did not do (`stopped`).
 */
export async function loadValidSpec(
  ctx: CliContext,
  path: string,
  stopped: Text = CLI_MESSAGES.portalNotTouched,
): Promise<SpecLoadResult & { spec: Spec }> {
  const [{ loadSpec }, { formatValidation }] = await Promise.all([
    import('../spec/index.js'),
    import('../report/validation/index.js'),
  ]);
  const r = await loadSpec(path, { env: ctx.env, cwd: ctx.cwd, root: ctx.root });
  if (!r.ok || !r.spec) {
    ctx.err.write(
      formatValidation('pretty', [r], { lang: ctx.lang, chalk: ctx.chalk, cwd: ctx.cwd, version: VERSION }),
    );
    throw errorOf(CLI_ERRORS, 'SPEC_INVALID', { where: path, data: { path }, texts: { what: stopped } });
  }
  return { ...r, spec: r.spec };
}

/** The spec of a networked command (plan, apply): where its `.b24cfg/` folder lives, how it is named. */
export async function loadSpecInput(ctx: CliContext, path: string): Promise<SpecInput> {
  const r = await loadValidSpec(ctx, path);
  const warnings = r.problems.filter((p) => p.severity === 'warning').length;
  if (warnings > 0) {
    ctx.note(ctx.t(CLI_MESSAGES.specWarnings, { n: warnings, path }));
  }
  return {
    spec: r.spec,
    // Shown in plans and saved in plan files: relative when the spec is under the working folder.
    specFile: displayPath(r.rootFile, ctx.cwd),
    specHash: r.specHash,
    stateDir: dirname(r.rootFile),
    projectRoot: r.projectRoot,
  };
}

function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
}
