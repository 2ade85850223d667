import type { B24Client } from '../portal/client.js';
import { ANSWERED_FALSE, type PlannedCall } from '../resources/calls.js';
import type { Journal } from './journal.js';
import { resolveRefs } from './refs.js';

export const BATCH_LIMIT = 50;

export interface CallOutcome {
  call: PlannedCall;
  status: 'ok' | 'error' | 'unknown' | 'not-run';
  result?: unknown;
  error?: { code: string; description: string };
}

export interface ExecuteResult {
  outcomes: CallOutcome[];
  /**
   * Why execution stopped early: a failed call (halt), an unknown outcome, a thrown error, or Ctrl-C /
   * SIGTERM (`interrupted`: the request in flight was let finish, no other was sent).
   */
  stopped?: { reason: 'call-failed' | 'unknown-outcome' | 'error' | 'interrupted'; error?: unknown };
}

/**
 * Runs calls in order, 50 per batch request with halt=1 (a failed call stops the rest of its request,
 * so nothing runs on top of a failure). References to calls of earlier requests are resolved here;
 * references inside one request are left to the portal. Every outcome is journaled as it happens. Once
 * `signal` aborts, no further request is sent: the one in flight is waited for, so that its outcome is
 * known and journaled (test/integration/apply-interrupt.test.ts).
 */
export async function executeCalls(
  calls: readonly PlannedCall[],
  client: B24Client,
  journal: Journal | undefined,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ExecuteResult> {
  const outcomes: CallOutcome[] = [];
  const done = new Map<string, unknown>();
  const record = async (o: CallOutcome) => {
    outcomes.push(o);
    await journal?.write({
      type: 'call',
      key: o.call.key,
      method: o.call.method,
      changeIds: o.call.changeIds,
      status: o.status,
      result: compactResult(o.result),
      error: o.error,
    });
  };
  const notRun = async (from: number) => {
    for (const c of calls.slice(from)) await record({ call: c, status: 'not-run' });
  };
  for (let start = 0, index = 0; start < calls.length; start += BATCH_LIMIT, index++) {
    if (signal?.aborted) {
      await notRun(start);
      return { outcomes, stopped: { reason: 'interrupted' } };
    }
    const chunk = calls.slice(start, start + BATCH_LIMIT);
    await journal?.write({
      type: 'request',
      index,
      calls: chunk.map((c) => ({ key: c.key, method: c.method, changeIds: c.changeIds })),
    });
    const prepared = chunk.map((c) => ({
      key: c.key,
      method: c.method,
      params: resolveRefs(c.params, done) as Record<string, unknown>,
    }));
    let results;
    try {
      results = await client.batch(prepared, { halt: true, repeatable: false, signal });
    } catch (e) {
      // Interrupted while the request was retried: whether an earlier attempt reached the portal is
      // not known, so a resume re-reads rather than trusts it.
      const interrupted = signal?.aborted === true;
      const unknown = interrupted || (e as { category?: string }).category === 'unknown_outcome';
      for (const c of chunk) await record({ call: c, status: unknown ? 'unknown' : 'not-run' });
      await notRun(start + chunk.length);
      if (interrupted) return { outcomes, stopped: { reason: 'interrupted' } };
      return { outcomes, stopped: { reason: unknown ? 'unknown-outcome' : 'error', error: e } };
    }
    const byKey = new Map(results.map((r) => [r.key, r]));
    let failed = false;
    // A `false` the method answers when it refuses a write is no error to the portal, so the calls
    // after it in the request did run: they are recorded as they went, and the run stops after them.
    let refused = false;
    for (const c of chunk) {
      const r = byKey.get(c.key);
      if (!r || failed) {
        await record({ call: c, status: 'not-run' });
        continue;
      }
      if (r.ok && c.refusedWhenFalse && r.result === false) {
        refused = true;
        await record({
          call: c,
          status: 'error',
          result: false,
          error: { code: ANSWERED_FALSE, description: '' },
        });
      } else if (r.ok) {
        done.set(c.key, r.result);
        await record({ call: c, status: 'ok', result: r.result });
      } else {
        failed = true;
        await record({ call: c, status: 'error', error: r.error ?? { code: '', description: '' } });
      }
    }
    onProgress?.(Math.min(start + chunk.length, calls.length), calls.length);
    if (failed || refused) {
      await notRun(start + chunk.length);
      return { outcomes, stopped: { reason: 'call-failed' } };
    }
  }
  return { outcomes };
}

/** Keeps journals small: ids and short scalars, not whole lists. */
function compactResult(r: unknown): unknown {
  if (r === undefined || r === null || typeof r !== 'object') return r;
  if (Array.isArray(r)) return { rows: r.length };
  const o = r as Record<string, unknown>;
  if (o.category && typeof o.category === 'object')
    return { category: { id: (o.category as Record<string, unknown>).id } };
  if (o.template && typeof o.template === 'object')
    return { template: { id: (o.template as Record<string, unknown>).id } };
  if (o.numerator && typeof o.numerator === 'object')
    return { numerator: { id: (o.numerator as Record<string, unknown>).id } };
  return { keys: Object.keys(o).slice(0, 10) };
}
