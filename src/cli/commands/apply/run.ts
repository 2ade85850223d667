import { resolve } from 'node:path';
import { findInterrupted, checkResumeSpec, planResume } from '../../../apply/resume.js';
import { checkSpecOfPlan, plannedFromSavedPlan, specPathOfPlan } from '../../../apply/saved-plan.js';
import { errorOf } from '../../../core/errors.js';
import type { ExitCode } from '../../../core/exit-codes.js';
import { planAgainstPortal } from '../../../plan/against-portal.js';
import { loadPlanFile } from '../../../plan/plan-file.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { readCrmSettingsOption, type CrmSettingsOptionValues } from '../../crm-settings-option.js';
import { withPortal, type PortalOptionValues } from '../../portal-option.js';
import { loadSpecInput } from '../../spec-input.js';
import { applyAndReport, type ApplyChoices } from './apply-and-report.js';
import { APPLY_CLI_ERRORS, APPLY_CLI_MESSAGES } from './messages.js';

export interface ApplyCommandOptions extends PortalOptionValues, ApplyChoices, CrmSettingsOptionValues {
  prune?: boolean;
  allowDataLoss?: boolean;
  resume?: string;
  allowStructureChanges?: boolean;
}

/** `b24cfg apply <spec | plan.json>`: the same plan as `plan`, executed, then verified. */
export async function runApply(
  ctx: CliContext,
  target: string | undefined,
  o: ApplyCommandOptions,
): Promise<ExitCode> {
  requireFormat(ctx, ['pretty', 'json']);
  // The archive is read before anything touches the portal: a bad one stops the apply early.
  const facts = await readCrmSettingsOption(ctx, o);
  if (facts && !o.checklist?.length) ctx.note(ctx.t(APPLY_CLI_MESSAGES.crmSettingsForChecklist));
  if (facts) o = { ...o, crmSettingsFacts: facts };
  if (o.resume !== undefined) return resumeApply(ctx, target, o.resume, o);
  if (target === undefined) throw errorOf(APPLY_CLI_ERRORS, 'USAGE');
  if (target.endsWith('.json')) return applySavedPlan(ctx, target, o);
  const input = await loadSpecInput(ctx, target);
  return withPortal(ctx, o, async (client) => {
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
    return applyAndReport(ctx, { planned, input, client, savedPlan: false, priorCreated: [] }, o);
  });
}

/** `apply plan.json`: the plan as it was approved, on the portal and spec it was made from. */
async function applySavedPlan(ctx: CliContext, planPath: string, o: ApplyCommandOptions): Promise<ExitCode> {
  const abs = resolve(ctx.cwd, planPath);
  const plan = await loadPlanFile(abs, planPath);
  const input = await loadSpecInput(ctx, specPathOfPlan(plan, abs, ctx.cwd));
  checkSpecOfPlan(plan, input, planPath);
  return withPortal(ctx, o, async (client) => {
    const planned = await plannedFromSavedPlan(plan, input, client, ctx.now, planPath);
    return applyAndReport(ctx, { planned, input, client, savedPlan: true, priorCreated: [] }, o);
  });
}

/** `apply --resume <run|last>`: finishes an interrupted run without repeating what it did. */
async function resumeApply(
  ctx: CliContext,
  target: string | undefined,
  id: string,
  o: ApplyCommandOptions,
): Promise<ExitCode> {
  const run = await findInterrupted(target, id, ctx.cwd);
  if (run.finished) ctx.note(ctx.t(APPLY_CLI_MESSAGES.alreadyFinished));
  const input = await loadSpecInput(ctx, target ?? run.start.spec.file);
  checkResumeSpec(run, input);
  return withPortal(ctx, o, async (client) => {
    const { planned, created } = await planResume(run, input, client, ctx.now());
    ctx.note(ctx.t(APPLY_CLI_MESSAGES.resuming, { run: run.start.runId }));
    return applyAndReport(ctx, { planned, input, client, savedPlan: false, priorCreated: created }, o);
  });
}
