import { dirname, resolve } from 'node:path';
import { checkResumeSpec, findInterrupted, inheritInterrupted, planResume } from '../../../apply/resume.js';
import { APPLY_MESSAGES } from '../../../apply/messages.js';
import { checkSpecOfPlan, replanSavedPlan, specPathOfPlan } from '../../../apply/saved-plan.js';
import { b24cfgCommand, type CommandArg } from '../../../core/command-line.js';
import { errorOf } from '../../../core/errors.js';
import type { ExitCode } from '../../../core/exit-codes.js';
import { planAgainstPortal } from '../../../plan/against-portal.js';
import { loadPlanFile } from '../../../plan/plan-file.js';
import type { PlanOptions } from '../../../resources/plan.js';
import type { CliContext } from '../../context.js';
import { requireFormat } from '../../context.js';
import { readCrmSettingsOption, type CrmSettingsOptionValues } from '../../crm-settings-option.js';
import { portalArgOf } from '../../portal-arg.js';
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

/** The destructive permissions, from this command line only (never from a plan file). */
function flagsOf(o: ApplyCommandOptions): { options: PlanOptions; args: string[] } {
  const options: PlanOptions = {
    prune: o.prune === true,
    allowDataLoss: o.allowDataLoss === true,
    ...(o.allowStructureChanges === true ? { allowStructureChanges: true } : {}),
  };
  const args = [
    ...(options.prune ? ['--prune'] : []),
    ...(options.allowDataLoss ? ['--allow-data-loss'] : []),
    ...(options.allowStructureChanges ? ['--allow-structure-changes'] : []),
  ];
  return { options, args };
}

/** `b24cfg apply <spec> --portal P --resume <run>`: how a report names the way to finish a run. */
function resumeCommand(spec: string, portal: CommandArg): (runId: string) => string {
  return (runId) => b24cfgCommand('apply', spec, '--portal', portal, '--resume', runId);
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
  if (target === undefined) {
    // The commands to paste name the portal as this one did (a URL as "$B24_WEBHOOK_URL").
    const portal = ['--portal', portalArgOf(o.portal)] as const;
    throw errorOf(APPLY_CLI_ERRORS, 'USAGE', {
      data: {
        spec: b24cfgCommand('apply', 'b24cfg.yaml', ...portal),
        plan: b24cfgCommand('apply', 'plan.json', ...portal),
      },
    });
  }
  if (target.endsWith('.json')) return applySavedPlan(ctx, target, o);
  const input = await loadSpecInput(ctx, target);
  const portal = portalArgOf(o.portal);
  const { options, args } = flagsOf(o);
  return withPortal(ctx, o, async (client) => {
    const first = await planAgainstPortal(input, client, options, ctx.now());
    // An interrupted last run whose spec has changed since: finish what it left (issue 15, item 9).
    const inherited = await inheritInterrupted(input.stateDir, first, client, ctx.now());
    if (inherited.run !== undefined)
      ctx.note(ctx.t(APPLY_MESSAGES.inheritingRun, { run: inherited.run, n: inherited.created.length }));
    const run = await applyAndReport(
      ctx,
      {
        planned: inherited.planned,
        input,
        client,
        priorCreated: inherited.created,
        rerun: ['apply', target, '--portal', portal, ...args],
      },
      o,
      { next: resumeCommand(target, portal) },
    );
    return run.exitCode;
  });
}

/** `apply plan.json`: the plan as it was approved, on the portal and spec it was made from. */
async function applySavedPlan(ctx: CliContext, planPath: string, o: ApplyCommandOptions): Promise<ExitCode> {
  const abs = resolve(ctx.cwd, planPath);
  const portal = portalArgOf(o.portal);
  const plan = await loadPlanFile(abs, planPath, portal);
  const ref = { file: planPath, spec: plan.spec.file, portal };
  const input = await loadSpecInput(ctx, specPathOfPlan(plan, abs, ctx.cwd));
  checkSpecOfPlan(plan, input, ref);
  const { options, args } = flagsOf(o);
  return withPortal(ctx, o, async (client) => {
    const planned = await replanSavedPlan(plan, input, client, options, ctx.now(), ref);
    const run = await applyAndReport(
      ctx,
      {
        planned,
        input,
        client,
        savedPlan: ref,
        priorCreated: [],
        rerun: ['apply', planPath, '--portal', portal, ...args],
      },
      o,
      { next: resumeCommand(input.specFile, portal) },
    );
    return run.exitCode;
  });
}

/** `apply --resume <run|last>`: finishes an interrupted run without repeating what it did. */
async function resumeApply(
  ctx: CliContext,
  target: string | undefined,
  id: string,
  o: ApplyCommandOptions,
): Promise<ExitCode> {
  const portal = portalArgOf(o.portal);
  const stateDir = target ? dirname(resolve(ctx.cwd, target)) : ctx.cwd;
  const run = await findInterrupted(stateDir, id, { spec: target ?? '<spec>', portal });
  if (run.finished) ctx.note(ctx.t(APPLY_CLI_MESSAGES.alreadyFinished));
  const spec = target ?? run.start.spec.file;
  const input = await loadSpecInput(ctx, spec);
  checkResumeSpec(run, input, { spec, portal });
  return withPortal(ctx, o, async (client) => {
    const { planned, created } = await planResume(run, input, client, ctx.now(), { spec, portal });
    ctx.note(ctx.t(APPLY_CLI_MESSAGES.resuming, { run: run.start.runId }));
    const applied = await applyAndReport(
      ctx,
      {
        planned,
        input,
        client,
        priorCreated: created,
        rerun: ['apply', spec, '--portal', portal, '--resume', run.start.runId],
      },
      o,
      { next: resumeCommand(spec, portal) },
    );
    return applied.exitCode;
  });
}
