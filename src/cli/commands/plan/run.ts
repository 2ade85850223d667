import { resolve } from 'node:path';
import { b24cfgCommand } from '../../../core/command-line.js';
import { EXIT, type ExitCode } from '../../../core/exit-codes.js';
import { writeTextFile } from '../../../core/files.js';
import { planAgainstPortal } from '../../../plan/against-portal.js';
import { archiveBindingOf } from '../../../resources/manual-archive/binding.js';
import { manualCheckOf, manualDrift } from '../../../resources/manual-archive/check.js';
import { formatPlanJson } from '../../../report/plan/json.js';
import { formatPlanMarkdown } from '../../../report/plan/markdown.js';
import { formatPlanPretty } from '../../../report/plan/pretty.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { readCrmSettingsOption, type CrmSettingsOptionValues } from '../../crm-settings-option.js';
import { portalArgOf } from '../../portal-arg.js';
import { withPortal, type PortalOptionValues } from '../../portal-option.js';
import { loadSpecInput } from '../../spec-input.js';
import { PLAN_MESSAGES } from './messages.js';

export interface PlanCommandOptions extends PortalOptionValues, CrmSettingsOptionValues {
  out?: string;
  detailedExitcode?: boolean;
  prune?: boolean;
  allowDataLoss?: boolean;
  showManual?: boolean;
  hideManual?: boolean;
  allowStructureChanges?: boolean;
}

/** `b24cfg plan`: read the portal, print the diff, optionally save it for `apply`. */
export async function runPlan(ctx: CliContext, specPath: string, o: PlanCommandOptions): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json', 'markdown']);
  const input = await loadSpecInput(ctx, specPath);
  if (o.prune && input.spec.manage?.prune !== true) ctx.note(ctx.t(PLAN_MESSAGES.pruneNeedsSpec));
  const archive = await readCrmSettingsOption(ctx, o);
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
    // With the archive, each manual item is checked against it: the portal tells who the people and
    // the document templates it names by id are.
    const p = archive
      ? {
          ...planned.plan,
          manualCheck: manualCheckOf(
            input.spec,
            archive,
            archiveBindingOf(input.spec, archive, {
              users: planned.state.users,
              documentTemplates: planned.state.documentTemplates,
              stateFile: planned.binding,
            }),
            ctx.now(),
          ),
        }
      : planned.plan;
    if (o.out) {
      await writeTextFile(resolve(ctx.cwd, o.out), formatPlanJson(p));
      // The apply of a saved plan takes its permissions from its own command line: the hint repeats them.
      const flags = [
        ...(o.prune === true ? ['--prune'] : []),
        ...(o.allowDataLoss === true ? ['--allow-data-loss'] : []),
        ...(o.allowStructureChanges === true ? ['--allow-structure-changes'] : []),
      ];
      const command = b24cfgCommand('apply', o.out, '--portal', portalArgOf(o.portal), ...flags);
      ctx.note(ctx.t(PLAN_MESSAGES.saved, { path: o.out, command }));
    }
    if (ctx.format === 'json') ctx.out.write(formatPlanJson(p));
    else if (ctx.format === 'markdown') ctx.out.write(formatPlanMarkdown(p, ctx.lang));
    else
      ctx.out.write(
        formatPlanPretty(p, {
          lang: ctx.lang,
          chalk: ctx.chalk,
          manual: o.showManual ? 'list' : o.hideManual ? 'hide' : undefined,
          verbose: ctx.verbose,
        }),
      );
    return p;
  });
  const s = plan.summary;
  const drift = s.create + s.update + s.rename + s.delete + s.blocked + manualDrift(plan.manualCheck) > 0;
  return o.detailedExitcode && drift ? EXIT.changes : EXIT.ok;
}
