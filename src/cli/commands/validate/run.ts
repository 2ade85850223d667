import { EXIT, type ExitCode } from '../../../core/exit-codes.js';
import { VERSION } from '../../../core/version.js';
import { formatValidation } from '../../../report/validation/index.js';
import { loadSpec } from '../../../spec/index.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';

/** `b24cfg validate <spec...>`: every spec checked (each once), one report; exit 1 when any has errors. */
export async function runValidate(ctx: CliContext, specs: readonly string[]): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json', 'sarif']);
  const results = [];
  for (const spec of [...new Set(specs)])
    results.push(await loadSpec(spec, { env: ctx.env, cwd: ctx.cwd, root: ctx.root }));
  const format = ctx.format === 'json' || ctx.format === 'sarif' ? ctx.format : 'pretty';
  ctx.out.write(
    formatValidation(format, results, {
      lang: ctx.lang,
      chalk: ctx.chalk,
      cwd: ctx.cwd,
      version: VERSION,
      quiet: ctx.quiet,
    }),
  );
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.findings;
}
