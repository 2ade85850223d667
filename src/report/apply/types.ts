import type { ExitCode } from '../../core/exit-codes.js';
import type { Change, Plan } from '../../resources/plan.js';

/** The planned writes of a run by what became of them (src/apply/tally.ts), as change ids. */
export interface ChangeTally {
  applied: string[];
  notApplied: string[];
  notVerified: string[];
}

/** What happened to one call of an apply, as far as the report shows it. */
export interface ReportedCall {
  status: 'ok' | 'error' | 'unknown' | 'not-run';
  /** The changes the call carries out (absent in reports built without them). */
  call: { method: string; changeIds?: readonly string[] };
  error?: { code: string; description: string };
}

/**
 * One apply run as the renderers read it; src/apply/result.ts builds it (ApplyResult extends it).
 * The renderers see data only: the exit code is decided by the apply, not by the report.
 */
export interface AppliedRun {
  runId: string;
  journalPath: string;
  snapshotPath: string;
  execute: {
    outcomes: readonly ReportedCall[];
    /** Why execution stopped early: a failed call (halt), an unknown outcome, a thrown error, Ctrl-C. */
    stopped?: { reason: 'call-failed' | 'unknown-outcome' | 'error' | 'interrupted'; error?: unknown };
  };
  /** Every planned write as applied, not applied or not verified, from the journal and the read-back. */
  tally: ChangeTally;
  /** Whether the portal was read back after the calls (not when that failed or the run was interrupted). */
  verified: boolean;
  /** Planned writes that a fresh read shows were not carried out (or were ignored by the portal). */
  notApplied: readonly Change[];
  /** Writes the portal would still need after this run (includes notApplied). */
  remaining: readonly Change[];
  /** Set when every write ran but reading the portal back failed: nothing is known to be missing. */
  verifyError?: unknown;
}

export interface ApplyReport {
  plan: Plan;
  run: AppliedRun;
  exitCode: ExitCode;
}

/** Something a restore left different from its snapshot (src/apply/restore-gaps.ts). */
export interface RestoreGap {
  /** The object, named the same way in both reads: "pipeline Продажи ▸ WON", "deal ▸ UF_CRM_NPS". */
  where: string;
  /** Gone since the snapshot, added since, or one of its values differs. */
  kind: 'missing' | 'added' | 'differs';
  field?: string;
  snapshot?: unknown;
  now?: unknown;
}
