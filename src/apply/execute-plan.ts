import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { B24Client } from '../portal/client.js';
import { snapshotPath, writeSnapshot } from '../portal/snapshot-file.js';
import { saveStateFile } from '../portal/state-file.js';
import type { Planned, SpecInput } from '../plan/against-portal.js';
import { isWrite } from '../resources/plan.js';
import { recordExecuted } from '../resources/bindings.js';
import { callsFor } from '../resources/registry.js';
import { executeCalls } from './execute.js';
import { Journal, journalDir } from './journal.js';
import type { ApplyResult } from './result.js';
import { tallyChanges } from './tally.js';
import { verifyApplied } from './verify.js';

export function newRunId(now: Date): string {
  const t = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
    .replace('T', '-');
  return `${t}-${randomBytes(2).toString('hex')}`;
}

/**
 * Executes a plan (fresh or saved — the caller has checked the fingerprint and holds the locks): a
 * snapshot of the portal first, then a journal that records every request and call as it happens, the
 * calls, what they created in the state file, and the verification read (verify.ts).
 */
export async function executePlan(
  planned: Planned,
  input: SpecInput,
  client: B24Client,
  now: () => Date,
  opts: {
    onProgress?: (done: number, total: number) => void;
    runId?: string;
    priorCreatedPipelineIds?: readonly number[];
    signal?: AbortSignal;
  } = {},
): Promise<ApplyResult> {
  const runId = opts.runId ?? newRunId(now());
  const snap = snapshotPath(input.stateDir, runId);
  await writeSnapshot(snap, planned.state, now(), runId);
  const journal = new Journal(join(journalDir(input.stateDir), `${runId}.jsonl`));
  const calls = callsFor(planned.plan.changes.filter(isWrite));
  await journal.write({
    type: 'start',
    runId,
    at: now().toISOString(),
    host: client.host,
    ...(planned.state.info.identity !== undefined ? { portal: planned.state.info.identity } : {}),
    spec: { file: input.specFile, hash: input.specHash },
    options: {
      prune: planned.plan.options.prune,
      allowDataLoss: planned.plan.options.allowDataLoss,
      ...(planned.plan.options.allowStructureChanges ? { allowStructureChanges: true } : {}),
    },
    fingerprint: planned.plan.portal.fingerprint,
    snapshot: snap,
    calls: calls.length,
    createdPipelineIds: [...(opts.priorCreatedPipelineIds ?? [])],
  });
  const execute = await executeCalls(calls, client, journal, opts.onProgress, opts.signal);
  const createdPipelineIds = [
    ...(opts.priorCreatedPipelineIds ?? []),
    ...execute.outcomes.flatMap((o) => {
      if (o.status !== 'ok' || o.call.method !== 'crm.category.add') return [];
      const id = (o.result as { category?: { id?: unknown } } | undefined)?.category?.id;
      return typeof id === 'number' || typeof id === 'string' ? [Number(id)] : [];
    }),
  ];
  // The portal cannot report an uploaded file's hash or which numerators REST created
  // (docs/bitrix24/document-generator.md#rest-made-numerators): record them from the calls that ran before
  // the verification re-plan reads the state file.
  const recorded = recordExecuted(planned.binding, planned.plan.changes, execute.outcomes);
  await saveStateFile(input.stateDir, recorded, now());
  const verified = await verifyApplied({
    planned,
    input,
    client,
    journal,
    recorded,
    createdPipelineIds,
    stopped: execute.stopped !== undefined,
    interrupted: execute.stopped?.reason === 'interrupted',
    now,
  });
  return {
    runId,
    journalPath: journal.path,
    snapshotPath: snap,
    execute,
    createdPipelineIds,
    ...verified,
    tally: tallyChanges(planned.plan.changes.filter(isWrite), execute, verified),
  };
}
