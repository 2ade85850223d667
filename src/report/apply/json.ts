import { EXIT } from '../../core/exit-codes.js';
import { isWrite, summarize, type Plan } from '../../resources/plan.js';
import { notKeptFields } from '../plan/describe-change.js';
import type { ApplyReport } from './types.js';
import { wroteChange } from './wrote.js';

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
      // Per change not applied, each field the portal accepted but did not keep: sent and read back.
      ignored: r.run.notApplied.flatMap((c) => {
        const again = r.run.remaining.find((x) => x.id === c.id);
        const planned = wroteChange(r.run, c.id) ? c : undefined;
        const fields = again ? notKeptFields(planned, again).filter((f) => 'sent' in f) : [];
        return fields.map((f) => ({ change: c.id, field: f.field, sent: f.sent, read: f.read }));
      }),
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
