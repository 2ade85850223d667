import { CliError } from '../core/errors.js';
import { EXIT, type ExitCode } from '../core/exit-codes.js';
import { writeTextFile } from '../core/files.js';
import type { CliContext } from '../cli/context.js';
import { requireFormat } from '../cli/context.js';
import { withPortal, type PortalOptionValues } from '../cli/portal-option.js';
import { loadSpecInput } from '../cli/spec-input.js';
import { planAgainstPortal } from './against-portal.js';
import { formatPlanJson } from '../report/plan/json.js';
import { formatPlanMarkdown } from '../report/plan/markdown.js';
import { formatPlanPretty } from '../report/plan/pretty.js';
import { resolve } from 'node:path';

export interface PlanCommandOptions extends PortalOptionValues {
  out?: string;
  detailedExitcode?: boolean;
  prune?: boolean;
  allowDataLoss?: boolean;
  hideManual?: boolean;
  allowStructureChanges?: boolean;
}

/** `b24cfg plan`: read the portal, print the diff, optionally save it for `apply`. */
export async function runPlan(ctx: CliContext, specPath: string, o: PlanCommandOptions): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json', 'markdown']);
  const input = await loadSpecInput(ctx, specPath);
  if (o.prune && input.spec.manage?.prune !== true) {
    ctx.note(
      ctx.t({
        ru: 'Внимание: --prune действует, только если в спецификации manage.prune: true — удалений в плане не будет.',
        en: 'Note: --prune only takes effect with manage.prune: true in the spec; the plan deletes nothing.',
      }),
    );
  }
  // The plan is printed inside the portal scope so that the request summary comes after it.
  const plan = await withPortal(ctx, o, async (client) => {
    const planned = await planAgainstPortal(
      input,
      client,
      {
        prune: o.prune === true,
        allowDataLoss: o.allowDataLoss === true,
        ...(o.allowStructureChanges === true ? { allowStructureChanges: true } : {}),
      },
      ctx.now(),
    );
    const p = planned.plan;
    if (o.out) {
      const path = resolve(ctx.cwd, o.out);
      await writeTextFile(path, formatPlanJson(p));
      ctx.note(
        ctx.t(
          {
            ru: 'План сохранён: {path} (применить: b24cfg apply {path})',
            en: 'Plan saved: {path} (apply it: b24cfg apply {path})',
          },
          { path: o.out },
        ),
      );
    }
    if (ctx.format === 'json') ctx.out.write(formatPlanJson(p));
    else if (ctx.format === 'markdown') ctx.out.write(formatPlanMarkdown(p, ctx.lang));
    else ctx.out.write(formatPlanPretty(p, { lang: ctx.lang, chalk: ctx.chalk, hideManual: o.hideManual }));
    return p;
  });
  const s = plan.summary;
  const drift = s.create + s.update + s.rename + s.delete + s.blocked > 0;
  if (o.detailedExitcode) return drift ? EXIT.changes : EXIT.ok;
  return EXIT.ok;
}

export function planFileError(path: string, why: string): CliError {
  return new CliError({
    code: 'PLAN_FILE_INVALID',
    where: path,
    message: { ru: 'файл плана не читается: {why}', en: 'the plan file cannot be read: {why}' },
    hint: {
      ru: 'Создайте его заново: b24cfg plan <spec> --out plan.json',
      en: 'Make it again: b24cfg plan <spec> --out plan.json',
    },
    data: { why },
  });
}
