import type { ExitCode } from '../core/exit-codes.js';
import { stableStringify } from '../core/hash.js';
import { errorOf } from '../core/errors.js';
import type { Text, TextData } from '../core/i18n.js';
import type { B24Client } from '../portal/client.js';
import { readPortalState } from '../resources/read-state.js';
import { loadStateFile } from '../portal/state-file.js';
import { labelLanguages, planAgainstPortal, type Planned, type SpecInput } from '../plan/against-portal.js';
import { isWrite, type Plan } from '../resources/plan.js';
import { executePlan } from './execute-plan.js';
import { takeApplyLocks } from './lock.js';
import { APPLY_ERRORS, APPLY_MESSAGES } from './messages.js';
import { preflight } from './preflight.js';
import { applyExitCode, type ApplyResult } from './result.js';
import { saveBindingsIfChanged } from './state-bindings.js';

/** What the caller does for the apply: show, tell, ask, and show progress. The apply decides the rest. */
export interface ApplyHooks {
  /** The plan about to be applied: first the given one, again after every re-plan. */
  showPlan(plan: Plan): void;
  /** A line for the user: a warning about people, waiting for another apply, re-planning. */
  note(text: Text, data?: TextData): void;
  /**
   * Asked once there is something to write, before any lock is taken; false cancels. Absent when
   * the user approved beforehand (--yes): then the portal is re-read only when something suggests it
   * changed.
   */
  confirm?(writes: number, host: string): Promise<boolean>;
  /** Progress of the calls; `fail` when the run breaks off with an error. */
  progress?(): Promise<{ update(done: number, total: number): void; fail(): void; stop(): void }>;
}

export interface ApplyRequest {
  planned: Planned;
  input: SpecInput;
  client: B24Client;
  /** Apply the rest when some changes are refused (--skip-blocked). */
  skipBlocked: boolean;
  /**
   * A saved plan was approved as it is: if the portal changed since, it is stale (exit 7). A plan made
   * just now is simply made again.
   */
  savedPlan: boolean;
  /** Pipelines an interrupted run created (`--resume`): their default stages stay planned for removal. */
  priorCreated: readonly number[];
  now: () => Date;
}

export type ApplyOutcome =
  | { kind: 'nothing-to-write'; planned: Planned }
  | { kind: 'cancelled'; planned: Planned }
  | { kind: 'applied'; planned: Planned; result: ApplyResult; exitCode: ExitCode };

export function stalePlan(what: 'spec' | 'portal', planPath: string) {
  return errorOf(APPLY_ERRORS, what === 'portal' ? 'PLAN_STALE' : 'specChangedSincePlan', {
    where: planPath,
  });
}

/**
 * Applies a plan: checks (preflight.ts), asks, locks the portal, makes sure nobody changed it while
 * the user read the plan or another apply ran, executes and verifies (execute-plan.ts). A portal that
 * changed meanwhile is planned again and the loop starts over with the new plan (shown and asked again).
 */
export async function applyPlanned(req: ApplyRequest, hooks: ApplyHooks): Promise<ApplyOutcome> {
  const { input, client, now } = req;
  let planned = req.planned;
  let savedPlan = req.savedPlan;
  for (;;) {
    const plan = planned.plan;
    hooks.showPlan(plan);
    preflight(planned, client.host, { skipBlocked: req.skipBlocked, warn: (t) => hooks.note(t) });
    const writes = plan.changes.filter(isWrite);
    if (writes.length === 0) {
      await saveBindingsIfChanged(planned, input.stateDir, now());
      return { kind: 'nothing-to-write', planned };
    }
    if (hooks.confirm && !(await hooks.confirm(writes.length, client.host)))
      return { kind: 'cancelled', planned };
    const locks = await takeApplyLocks(input.stateDir, client, now, (holder) =>
      hooks.note(APPLY_MESSAGES.waitingForOtherApply, { holder }),
    );
    const progress = await hooks.progress?.();
    let result: ApplyResult | 'replan';
    try {
      // Time passed while the user read the plan, another apply finished between our read and the lock
      // (its save of the state file tells), or we waited for another apply of this portal: make sure
      // nobody changed the portal meanwhile.
      const finishedMeanwhile =
        stableStringify(await loadStateFile(input.stateDir, client.host)) !==
        stableStringify(planned.binding);
      const changed =
        (hooks.confirm !== undefined || finishedMeanwhile || locks.waited) &&
        (await readPortalState(client, { languages: labelLanguages(input.spec), now })).fingerprint !==
          plan.portal.fingerprint;
      if (changed && savedPlan) throw stalePlan('portal', plan.spec.file);
      if (changed) {
        hooks.note(APPLY_MESSAGES.replanning);
        progress?.stop();
        result = 'replan';
      } else {
        result = await executePlan(planned, input, client, now, {
          priorCreatedPipelineIds: req.priorCreated,
          onProgress: (done, total) => progress?.update(done, total),
        });
      }
    } catch (e) {
      progress?.fail();
      throw e;
    } finally {
      await locks.release();
    }
    if (result !== 'replan') {
      progress?.stop();
      return { kind: 'applied', planned, result, exitCode: applyExitCode(result) };
    }
    planned = await planAgainstPortal(input, client, plan.options, now(), new Set(req.priorCreated));
    savedPlan = false;
  }
}
