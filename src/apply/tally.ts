import type { Change } from '../resources/plan.js';
import type { ChangeTally } from '../report/apply/types.js';
import type { ExecuteResult } from './execute.js';
import type { Verified } from './verify.js';

/**
 * What became of each planned write, from the journal's call outcomes and the read-back (issue 15,
 * item 8: a report said "Applied 117 of 117" while 71 calls had never run).
 * - applied: every call of the change was answered OK, and the read-back (when there was one) does not
 *   show it missing;
 * - not applied: a call of it was refused or never sent, or the read-back shows it missing;
 * - not verified: a call of it was sent and its answer lost, and no read-back settled it.
 */
export function tallyChanges(
  writes: readonly Change[],
  execute: Pick<ExecuteResult, 'outcomes'>,
  verified: Pick<Verified, 'notApplied' | 'verified'>,
): ChangeTally {
  const statuses = new Map<string, string[]>();
  for (const o of execute.outcomes) {
    for (const id of o.call.changeIds) statuses.set(id, [...(statuses.get(id) ?? []), o.status]);
  }
  const missing = new Set(verified.notApplied.map((c) => c.id));
  const tally: ChangeTally = { applied: [], notApplied: [], notVerified: [] };
  for (const c of writes) {
    const s = statuses.get(c.id) ?? [];
    if (s.includes('error') || s.includes('not-run') || missing.has(c.id)) tally.notApplied.push(c.id);
    else if (s.includes('unknown') && !verified.verified) tally.notVerified.push(c.id);
    else tally.applied.push(c.id);
  }
  return tally;
}
