import type { CommandArg } from '../core/command-line.js';
import type { ExitCode } from '../core/exit-codes.js';
import { EXIT } from '../core/exit-codes.js';
import { stableStringify } from '../core/hash.js';
import type { Text, TextData } from '../core/i18n.js';
import type { B24Client } from '../portal/client.js';
import { portalIdentity } from '../portal/identity.js';
import { readPortalState } from '../resources/read-state.js';
import { loadStateFile } from '../portal/state-file.js';
import { planAgainstPortal, specReadOptions, type Planned, type SpecInput } from '../plan/against-portal.js';
import { isWrite, type Plan } from '../resources/plan.js';
import { executePlan } from './execute-plan.js';
import { LockWaitInterrupted, takeApplyLocks } from './lock.js';
import { APPLY_MESSAGES } from './messages.js';
import { preflight } from './preflight.js';
import { applyExitCode, type ApplyResult } from './result.js';
import { stalePlan, type SavedPlanRef } from './saved-plan.js';
import { saveBindingsIfChanged } from './state-bindings.js';
import { bindingSections } from '../resources/registry.js';

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
  /**
   * Called once the apply is about to take its locks: from then on it ends by itself on an interrupt
   * (`ApplyRequest.signal`), releasing them and reporting what ran.
   */
  holding?(): void;
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
   * The saved plan being applied: it was approved as it is, so if the portal changes before the locks
   * are taken it is stale (exit 7). A plan made just now is simply made again.
   */
  savedPlan?: SavedPlanRef;
  /** Pipelines an interrupted run created (`--resume`): their default stages stay planned for removal. */
  priorCreated: readonly number[];
  /** This user's folder of machine-wide locks (src/apply/lock-dir.ts). */
  lockDir: string;
  /**
   * This command as it can be pasted again, for hints: `['apply', 'b24cfg.yaml', '--portal', P, …]`
   * (the portal named as src/cli/portal-arg.ts names it, never by its secret).
   */
  rerun: readonly CommandArg[];
  /**
   * Ctrl-C or SIGTERM: no request is sent after the one in flight, the run is journaled and reported as
   * interrupted (exit 4, resumable), and the locks are released.
   */
  signal?: AbortSignal;
  now: () => Date;
}

export type ApplyOutcome =
  | { kind: 'nothing-to-write'; planned: Planned }
  | { kind: 'cancelled'; planned: Planned }
  /** Ctrl-C while waiting for another apply's lock: nothing was written. */
  | { kind: 'interrupted'; planned: Planned; exitCode: ExitCode }
  | { kind: 'applied'; planned: Planned; result: ApplyResult; exitCode: ExitCode };

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
    preflight(planned, client.host, {
      skipBlocked: req.skipBlocked,
      warn: (t) => hooks.note(t),
      rerun: req.rerun,
    });
    const writes = plan.changes.filter(isWrite);
    if (writes.length === 0) {
      await saveBindingsIfChanged(planned, input.stateDir, now());
      return { kind: 'nothing-to-write', planned };
    }
    if (hooks.confirm && !(await hooks.confirm(writes.length, client.host)))
      return { kind: 'cancelled', planned };
    hooks.holding?.();
    let locks;
    try {
      locks = await takeApplyLocks(
        input.stateDir,
        { identity: portalIdentity(planned.state.info), kind: client.kind, lockDir: req.lockDir },
        now,
        {
          onWait: (holder) => hooks.note(APPLY_MESSAGES.waitingForOtherApply, { holder }),
          note: (text, data) => hooks.note(text, data),
          signal: req.signal,
        },
      );
    } catch (e) {
      if (e instanceof LockWaitInterrupted) return { kind: 'interrupted', planned, exitCode: EXIT.partial };
      throw e;
    }
    const progress = await hooks.progress?.();
    let result: ApplyResult | 'replan';
    try {
      // Time passed while the user read the plan, another apply finished while we read or between our
      // read and the lock (its save of the state file tells), or we waited for another apply of this
      // portal: make sure nobody changed the portal meanwhile.
      const finishedMeanwhile =
        !planned.readSettled ||
        stableStringify(await loadStateFile(input.stateDir, planned.state.info, bindingSections)) !==
          stableStringify(planned.binding);
      const changed =
        (hooks.confirm !== undefined || finishedMeanwhile || locks.waited) &&
        (await readPortalState(client, { ...specReadOptions(input.spec), now })).fingerprint !==
          plan.portal.fingerprint;
      if (changed && savedPlan !== undefined) throw stalePlan('portal', savedPlan);
      if (changed) {
        hooks.note(APPLY_MESSAGES.replanning);
        progress?.stop();
        result = 'replan';
      } else {
        result = await executePlan(planned, input, client, now, {
          priorCreatedPipelineIds: req.priorCreated,
          onProgress: (done, total) => progress?.update(done, total),
          signal: req.signal,
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
    savedPlan = undefined;
  }
}
