import { EXIT, type ExitCode } from '../core/exit-codes.js';
import type { Change } from '../resources/plan.js';
import type { PortalState } from '../resources/state.js';
import type { AppliedRun } from '../report/apply/types.js';
import type { ExecuteResult } from './execute.js';

/** One run of an apply: its files, how the calls went, and what the verification read found. */
export interface ApplyResult extends AppliedRun {
  statePath: string;
  execute: ExecuteResult;
  notApplied: Change[];
  remaining: Change[];
  /** Pipelines the run (and the runs it resumed) created: their default stages are not the client's. */
  createdPipelineIds: number[];
  /** The portal as the read-back found it (absent when there was none). */
  stateAfter?: PortalState;
}

/**
 * 0 when every write was applied and verified; 5 or 6 when the portal stopped the run on access or
 * budget (those errors carry that code); otherwise 4, a partial apply that `--resume` can finish.
 */
export function applyExitCode(r: ApplyResult): ExitCode {
  const stoppedCode = (r.execute.stopped?.error as { exitCode?: number } | undefined)?.exitCode;
  if (stoppedCode === EXIT.auth || stoppedCode === EXIT.budget) return stoppedCode;
  return r.execute.stopped || r.notApplied.length > 0 || r.verifyError !== undefined ? EXIT.partial : EXIT.ok;
}
