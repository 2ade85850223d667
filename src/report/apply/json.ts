import { dataJson } from '../../core/data-text.js';
import { EXIT } from '../../core/exit-codes.js';
import { summarize, type Plan } from '../../resources/plan.js';
import { notKeptFields } from '../plan/describe-change.js';
import type { ApplyReport } from './types.js';
import { wroteChange } from './wrote.js';

/**
 * `apply --format json`: which changes were applied, not applied and not verified (counted from the
 * journal and the read-back, src/apply/tally.ts), and where the journal is.
 */
export function formatApplyJson(
  r: ApplyReport,
  o: { next?: (runId: string) => string; extra?: Record<string, unknown> } = {},
): string {
  const { applied, notApplied, notVerified } = r.run.tally;
  return dataJson({
    ok: r.exitCode === EXIT.ok,
    exitCode: r.exitCode,
    runId: r.run.runId,
    counts: {
      planned: applied.length + notApplied.length + notVerified.length,
      applied: applied.length,
      notApplied: notApplied.length,
      notVerified: notVerified.length,
    },
    applied,
    notApplied,
    notVerified,
    // Per change not applied, each field the portal accepted but did not keep: sent and read back.
    ignored: r.run.notApplied.flatMap((c) => {
      const again = r.run.remaining.find((x) => x.id === c.id);
      const planned = wroteChange(r.run, c.id) ? c : undefined;
      const fields = again ? notKeptFields(planned, again).filter((f) => 'sent' in f) : [];
      return fields.map((f) => ({ change: c.id, field: f.field, sent: f.sent, read: f.read }));
    }),
    verified: r.run.verified,
    interrupted: r.run.execute.stopped?.reason === 'interrupted',
    ...(r.exitCode !== EXIT.ok && o.next ? { next: o.next(r.run.runId) } : {}),
    manual: r.plan.changes.filter((c) => c.op === 'manual').map((c) => c.id),
    journal: r.run.journalPath,
    snapshot: r.run.snapshotPath,
    summary: summarize(r.plan.changes),
    ...o.extra,
  });
}

/** `apply --format json` when the plan writes nothing. */
export function formatNothingToApplyJson(plan: Plan, extra: Record<string, unknown> = {}): string {
  return dataJson({ ok: true, applied: 0, plan: plan.summary, ...extra });
}

/** `apply --format json` when Ctrl-C came before anything was written (waiting for another apply). */
export function formatInterruptedBeforeWritesJson(
  plan: Plan,
  exitCode: number,
  extra: Record<string, unknown> = {},
): string {
  const summary = { ok: false, exitCode, interrupted: true, applied: 0, plan: plan.summary, ...extra };
  return dataJson(summary);
}
