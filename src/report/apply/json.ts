import { EXIT } from '../../core/exit-codes.js';
import { isWrite, summarize, type Plan } from '../../resources/plan.js';
import type { ApplyReport } from './types.js';

/** `apply --format json`: which changes were applied, which were not, and where the journal is. */
export function formatApplyJson(r: ApplyReport): string {
  const failed = new Set(r.run.notApplied.map((c) => c.id));
  const applied = r.plan.changes.filter(isWrite).filter((c) => !failed.has(c.id));
  return `${JSON.stringify(
    {
      ok: r.exitCode === EXIT.ok,
      exitCode: r.exitCode,
      runId: r.run.runId,
      applied: applied.map((c) => c.id),
      notApplied: r.run.notApplied.map((c) => c.id),
      verified: r.run.verifyError === undefined,
      manual: r.plan.changes.filter((c) => c.op === 'manual').map((c) => c.id),
      journal: r.run.journalPath,
      snapshot: r.run.snapshotPath,
      summary: summarize(r.plan.changes),
    },
    null,
    2,
  )}\n`;
}

/** `apply --format json` when the plan writes nothing. */
export function formatNothingToApplyJson(plan: Plan): string {
  return `${JSON.stringify({ ok: true, applied: 0, plan: plan.summary }, null, 2)}\n`;
}
