import { applyPlanned, type ApplyHooks, type ApplyOutcome, type ApplyRequest } from '../../../apply/apply.js';
import { userLockDir } from '../../../apply/lock-dir.js';
import { writeApplyChecklists } from '../../../checklist/for-apply.js';
import { errorOf } from '../../../core/errors.js';
import type { CrmSettingsFacts } from '../../../portal/crm-settings/types.js';
import type { ExitCode } from '../../../core/exit-codes.js';
import { EXIT } from '../../../core/exit-codes.js';
import type { Planned, SpecInput } from '../../../plan/against-portal.js';
import type { Plan } from '../../../resources/plan.js';
import {
  formatApplyJson,
  formatInterruptedBeforeWritesJson,
  formatNothingToApplyJson,
} from '../../../report/apply/json.js';
import { formatApplyPretty } from '../../../report/apply/pretty.js';
import { formatPlanPretty } from '../../../report/plan/pretty.js';
import type { CliContext } from '../../context.js';
import { startProgress } from '../../progress.js';
import { APPLY_CLI_ERRORS, APPLY_CLI_MESSAGES as M } from './messages.js';

export interface ApplyChoices {
  yes?: boolean;
  skipBlocked?: boolean;
  /** --checklist FILE (repeatable): the handover checklist, .md or .html by extension. */
  checklist?: string[];
  /** --crm-settings, read before the portal: the checklist leaves out what the archive shows as done. */
  crmSettingsFacts?: CrmSettingsFacts;
  /** --show-manual: list the manual items in the plan shown (else one line counts them). */
  showManual?: boolean;
}

/** How the report of one command names the way on: the command that finishes an interrupted run. */
export interface ApplyReporting {
  next: (runId: string) => string;
  /** Whether to show a plan that writes and refuses nothing (restore says "no changes" itself). */
  showEmptyPlan?: boolean;
  /** Fields a command adds to its JSON report (restore: what still differs from the snapshot). */
  extraJson?: (outcome: ApplyOutcome) => Record<string, unknown>;
}

function writesOrRefuses(plan: Plan): boolean {
  const s = plan.summary;
  return s.create + s.update + s.rename + s.delete + s.blocked > 0;
}

/** The apply's hooks at a terminal: the plan on stdout, notes on stderr, a y/N question, a spinner. */
function hooksFor(ctx: CliContext, o: ApplyChoices, r: ApplyReporting): ApplyHooks {
  return {
    showPlan: (plan) => {
      if (ctx.format !== 'pretty' || ctx.quiet) return;
      if (r.showEmptyPlan === false && !writesOrRefuses(plan)) return;
      ctx.out.write(
        formatPlanPretty(plan, {
          lang: ctx.lang,
          chalk: ctx.chalk,
          manual: o.showManual ? 'list' : undefined,
          verbose: ctx.verbose,
        }),
      );
    },
    note: (text, data) => ctx.note(ctx.t(text, data)),
    confirm: o.yes
      ? undefined
      : async (writes, host) => {
          if (!ctx.interactive) throw errorOf(APPLY_CLI_ERRORS, 'APPLY_NEEDS_YES');
          const ok = await ctx.confirm(ctx.t(M.confirm, { n: writes, host }));
          if (!ok) ctx.note(ctx.t(M.cancelled));
          return ok;
        },
    // From the locks on, the apply ends by itself on Ctrl-C: it stops after the request in flight,
    // journals, releases its locks and reports (exit 4).
    holding: () => ctx.deferInterrupt(),
    progress: async () => {
      const p = await startProgress(ctx, ctx.t(M.applying));
      return {
        update: (done, total) => p.update(ctx.t(M.applyingCalls, { done, total })),
        fail: () => p.fail(ctx.t(M.interrupted)),
        stop: () => p.stop(),
      };
    },
  };
}

/** apply --checklist: what is left for a human, written after the portal part is done. */
async function writeChecklist(ctx: CliContext, planned: Planned, input: SpecInput, o: ApplyChoices) {
  if (!o.checklist?.length) return;
  const written = await writeApplyChecklists({
    plan: planned.plan,
    spec: input.spec,
    state: planned.state,
    specDir: input.stateDir,
    paths: o.checklist,
    cwd: ctx.cwd,
    lang: ctx.lang,
    now: ctx.now(),
    ...(o.crmSettingsFacts ? { archive: { facts: o.crmSettingsFacts, stateFile: planned.binding } } : {}),
  });
  ctx.note(ctx.t(M.checklistWritten, { files: written.join(', ') }));
}

/**
 * Applies a plan made for `apply`, `apply plan.json`, `apply --resume` or `restore`, and reports it.
 * Returns the outcome too, for what a command says after the report (restore's comparison).
 */
export async function applyAndReport(
  ctx: CliContext,
  req: Omit<ApplyRequest, 'skipBlocked' | 'now' | 'lockDir' | 'signal'>,
  o: ApplyChoices,
  r: ApplyReporting,
): Promise<{ exitCode: ExitCode; outcome: ApplyOutcome }> {
  const outcome = await applyPlanned(
    {
      ...req,
      skipBlocked: o.skipBlocked === true,
      now: ctx.now,
      lockDir: userLockDir(ctx.env),
      signal: ctx.signal,
    },
    hooksFor(ctx, o, r),
  );
  const extra = r.extraJson?.(outcome) ?? {};
  if (outcome.kind === 'cancelled') return { exitCode: EXIT.ok, outcome };
  if (outcome.kind === 'interrupted') {
    ctx.note(ctx.t(M.interruptedBeforeWrites));
    if (ctx.format === 'json')
      ctx.out.write(formatInterruptedBeforeWritesJson(outcome.planned.plan, outcome.exitCode, extra));
    return { exitCode: outcome.exitCode, outcome };
  }
  if (outcome.kind === 'nothing-to-write') {
    await writeChecklist(ctx, outcome.planned, req.input, o);
    if (ctx.format === 'json') ctx.out.write(formatNothingToApplyJson(outcome.planned.plan, extra));
    return { exitCode: EXIT.ok, outcome };
  }
  const report = { plan: outcome.planned.plan, run: outcome.result, exitCode: outcome.exitCode };
  ctx.out.write(
    ctx.format === 'json'
      ? formatApplyJson(report, { next: r.next, extra })
      : formatApplyPretty(report, { lang: ctx.lang, chalk: ctx.chalk, next: r.next }),
  );
  await writeChecklist(ctx, outcome.planned, req.input, o);
  return { exitCode: outcome.exitCode, outcome };
}
