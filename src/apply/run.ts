import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { B24Client } from '../portal/client.js';
import { saveStateFile, type StateFile } from '../portal/state-file.js';
import { planAgainstPortal, type Planned, type SpecInput } from '../plan/against-portal.js';
import { isWrite, type Change } from '../resources/plan.js';
import { callsFor } from '../resources/registry.js';
import { bindingsAfterApply, recordExecuted } from '../resources/bindings.js';
import { executeCalls, type ExecuteResult } from './execute.js';
import { Journal, journalDir } from './journal.js';
import { snapshotPath, writeSnapshot } from '../portal/snapshot-file.js';

export interface ApplyResult {
  runId: string;
  journalPath: string;
  snapshotPath: string;
  statePath: string;
  execute: ExecuteResult;
  /** Planned writes that a fresh read shows were not carried out (or were ignored by the portal). */
  notApplied: Change[];
  /** Writes the portal would still need after this run (includes notApplied). */
  remaining: Change[];
  createdPipelineIds: number[];
  /** Set when every write ran but reading the portal back failed: nothing is known to be missing. */
  verifyError?: unknown;
}

export function newRunId(now: Date): string {
  const t = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
    .replace('T', '-');
  return `${t}-${randomBytes(2).toString('hex')}`;
}

/**
 * Executes a plan (fresh or saved — the caller has checked the fingerprint), then verifies every
 * write by reading the portal again and planning once more: whatever the new plan still wants to
 * write was not applied (DESIGN.md §7: a write the portal ignored is reported, exit 4).
 */
export async function executePlan(
  planned: Planned,
  input: SpecInput,
  client: B24Client,
  now: () => Date,
  opts: {
    onProgress?: (done: number, total: number) => void;
    runId?: string;
    priorCreatedPipelineIds?: number[];
  } = {},
): Promise<ApplyResult> {
  const runId = opts.runId ?? newRunId(now());
  const snap = snapshotPath(input.stateDir, runId);
  await writeSnapshot(snap, planned.state, now(), runId);
  const journal = new Journal(join(journalDir(input.stateDir), `${runId}.jsonl`));
  const writes = planned.plan.changes.filter(isWrite);
  const calls = callsFor(writes);
  await journal.write({
    type: 'start',
    runId,
    at: now().toISOString(),
    host: client.host,
    spec: { file: input.specFile, hash: input.specHash },
    options: {
      prune: planned.plan.options.prune,
      allowDataLoss: planned.plan.options.allowDataLoss,
      ...(planned.plan.options.allowStructureChanges ? { allowStructureChanges: true } : {}),
    },
    fingerprint: planned.plan.portal.fingerprint,
    snapshot: snap,
    calls: calls.length,
    createdPipelineIds: opts.priorCreatedPipelineIds ?? [],
  });
  const execute = await executeCalls(calls, client, journal, opts.onProgress);
  const createdPipelineIds = [
    ...(opts.priorCreatedPipelineIds ?? []),
    ...execute.outcomes.flatMap((o) => {
      if (o.status !== 'ok' || o.call.method !== 'crm.category.add') return [];
      const id = (o.result as { category?: { id?: unknown } } | undefined)?.category?.id;
      return typeof id === 'number' || typeof id === 'string' ? [Number(id)] : [];
    }),
  ];
  // The portal cannot report an uploaded file's hash or which numerators REST created (rest-map §8):
  // record them from the calls that ran before the verification re-plan reads the state file.
  const recorded = recordExecuted(planned.binding, planned.plan.changes, execute.outcomes);
  await saveStateFile(input.stateDir, recorded, now());
  // Verify: read back and plan again against the same spec. If that read fails, the writes still
  // happened: the run is reported as not verified (exit 4, resumable), not as a failed command.
  let after: Planned;
  try {
    after = await planAgainstPortal(input, client, planned.plan.options, now(), new Set(createdPipelineIds));
  } catch (verifyError) {
    const statePath = await saveStateFile(input.stateDir, recorded, now());
    await journal.write({ type: 'end', at: now().toISOString(), status: 'partial' });
    return {
      runId,
      journalPath: journal.path,
      snapshotPath: snap,
      statePath,
      execute,
      notApplied: [],
      remaining: [],
      createdPipelineIds,
      verifyError,
    };
  }
  const remaining = after.plan.changes.filter(isWrite);
  const remainingIds = new Set(remaining.map((c) => c.id));
  const notApplied = writes.filter((c) => remainingIds.has(c.id));
  const statePath = await saveStateFile(input.stateDir, bindingsFrom(after, recorded), now());
  await journal.write({
    type: 'end',
    at: now().toISOString(),
    status: execute.stopped ? 'partial' : notApplied.length > 0 ? 'not-applied' : 'done',
  });
  return {
    runId,
    journalPath: journal.path,
    snapshotPath: snap,
    statePath,
    execute,
    notApplied,
    remaining,
    createdPipelineIds,
  };
}

/**
 * The state file after an apply: every direction the spec names, bound to the pipeline it matched;
 * open lines, document templates and numerators bound by spec name (src/resources/bindings.ts).
 */
export function bindingsFrom(after: Planned, previous: StateFile): StateFile {
  return bindingsAfterApply(after.state, after.inputs.spec, previous);
}
