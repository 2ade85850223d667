import { EXIT } from '../core/exit-codes.js';
import type { B24Client, BatchItemResult } from '../portal/client.js';
import { DEFAULT_MAX_IN_FLIGHT } from '../portal/in-flight.js';
import { ANSWERED_FALSE, type PlannedCall } from '../resources/calls.js';
import type { Journal, JournalEvent } from './journal.js';
import { resolveRefs } from './refs.js';
import { applyRequests, type ApplyRequest } from './request-order.js';

export { BATCH_LIMIT } from './request-order.js';

export interface CallOutcome {
  call: PlannedCall;
  status: 'ok' | 'error' | 'unknown' | 'not-run';
  result?: unknown;
  error?: { code: string; description: string };
}

export interface ExecuteResult {
  /** One per call, in the calls' order. */
  outcomes: CallOutcome[];
  /**
   * Why execution stopped early: a failed call (halt), an unknown outcome, a thrown error, or Ctrl-C /
   * SIGTERM (`interrupted`: the requests in flight were let finish, no other was sent). An error with
   * its own exit code (the deadline, access) wins over the others, else the first reason met.
   */
  stopped?: { reason: 'call-failed' | 'unknown-outcome' | 'error' | 'interrupted'; error?: unknown };
}

export interface ExecuteOptions {
  /**
   * The most requests in flight at once: the transport's own limit (it admits each through the rate
   * bucket), so that a request counted as sent here is not left queued inside the transport.
   */
  maxInFlight?: number;
}

type Stop = NonNullable<ExecuteResult['stopped']>;

/**
 * Runs calls 50 per batch request with halt=1 (a failed call stops the rest of its request, so nothing
 * runs on top of a failure), each request sent as soon as every earlier request it depends on has
 * answered (src/apply/request-order.ts, docs/apply-concurrency.md), up to `maxInFlight` at once.
 * References to calls of earlier requests are resolved here from the answers; references inside one
 * request are left to the portal. A request is journaled as it is sent, its calls as its answer
 * arrives. A failed or refused call, an unknown outcome or an error stops sending: the requests in
 * flight are waited for and journaled as they went, every call never sent is `not-run`. Once `signal`
 * aborts, the same: no further request, the ones in flight waited for
 * (test/integration/apply-interrupt.test.ts, test/apply/execute-concurrent.test.ts).
 */
export async function executeCalls(
  calls: readonly PlannedCall[],
  client: B24Client,
  journal: Journal | undefined,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
  opts: ExecuteOptions = {},
): Promise<ExecuteResult> {
  const requests = applyRequests(calls);
  const limit = Math.max(1, opts.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
  const outcomes: Array<CallOutcome | undefined> = new Array<CallOutcome | undefined>(calls.length);
  const done = new Map<string, unknown>();
  const answered = new Set<number>();
  const sent = new Set<number>();
  const running = new Set<Promise<void>>();
  let stop: Stop | undefined;
  let callsDone = 0;
  // Requests answer in any order; their records go to the file one at a time, whole lines each. A
  // failed write (or any other throw) stops sending and is thrown once the requests in flight are in.
  let journalTail: Promise<void> = Promise.resolve();
  let thrown: { error: unknown } | undefined;
  const write = (e: JournalEvent): Promise<void> => {
    journalTail = journalTail
      .then(() => journal?.write(e))
      .catch((error: unknown) => {
        thrown ??= { error };
      });
    return journalTail;
  };
  const record = (at: number, o: CallOutcome): Promise<void> => {
    outcomes[at] = o;
    return write({
      type: 'call',
      key: o.call.key,
      method: o.call.method,
      changeIds: o.call.changeIds,
      status: o.status,
      result: compactResult(o.result),
      error: o.error,
    });
  };
  // With requests side by side one cause can stop several of them (the deadline cuts the one in flight
  // and refuses the next): an error that sets the exit code (deadline, access) names the stop, else the
  // first reason met.
  // A function, not a narrowed value: the signal may abort while a request is awaited.
  const aborted = () => signal?.aborted === true;
  const stopWith = (s: Stop) => {
    if (stop === undefined || (!decidesExit(stop.error) && decidesExit(s.error))) stop = s;
  };

  const run = async (req: ApplyRequest): Promise<void> => {
    await write({
      type: 'request',
      index: req.index,
      calls: req.calls.map((c) => ({ key: c.key, method: c.method, changeIds: c.changeIds })),
      after: [...req.after],
    });
    // The journal must name a request before it goes: a resume treats its calls as possibly run. Not
    // sent after all (the journal failed, or Ctrl-C came meanwhile): its calls are journaled not run.
    if (thrown !== undefined || aborted()) {
      for (const [i, c] of req.calls.entries()) void record(req.start + i, { call: c, status: 'not-run' });
      if (aborted()) stopWith({ reason: 'interrupted' });
      return;
    }
    const prepared = req.calls.map((c) => ({
      key: c.key,
      method: c.method,
      params: resolveRefs(c.params, done) as Record<string, unknown>,
    }));
    let results: BatchItemResult[];
    try {
      results = await client.batch(prepared, { halt: true, repeatable: false, signal });
    } catch (e) {
      // Interrupted while the request was retried: whether an earlier attempt reached the portal is
      // not known, so a resume re-reads rather than trusts it.
      const interrupted = aborted();
      const unknown = interrupted || (e as { category?: string }).category === 'unknown_outcome';
      for (const [i, c] of req.calls.entries())
        await record(req.start + i, { call: c, status: unknown ? 'unknown' : 'not-run' });
      stopWith(
        interrupted ? { reason: 'interrupted' } : { reason: unknown ? 'unknown-outcome' : 'error', error: e },
      );
      return;
    }
    if (recordAnswers(req, results)) stopWith({ reason: 'call-failed' });
    else answered.add(req.index);
    callsDone += req.calls.length;
    onProgress?.(callsDone, calls.length);
    await journalTail;
  };

  /** Records a request's answers; true when a call of it failed or was refused. */
  const recordAnswers = (req: ApplyRequest, results: readonly BatchItemResult[]): boolean => {
    const byKey = new Map(results.map((r) => [r.key, r]));
    let failed = false;
    // A `false` the method answers when it refuses a write is no error to the portal, so the calls
    // after it in the request did run: they are recorded as they went, and the run stops after them.
    let refused = false;
    for (const [i, c] of req.calls.entries()) {
      const at = req.start + i;
      const r = byKey.get(c.key);
      if (!r || failed) {
        void record(at, { call: c, status: 'not-run' });
      } else if (r.ok && c.refusedWhenFalse && r.result === false) {
        refused = true;
        void record(at, {
          call: c,
          status: 'error',
          result: false,
          error: { code: ANSWERED_FALSE, description: '' },
        });
      } else if (r.ok) {
        done.set(c.key, r.result);
        void record(at, { call: c, status: 'ok', result: r.result });
      } else {
        failed = true;
        void record(at, { call: c, status: 'error', error: r.error ?? { code: '', description: '' } });
      }
    }
    return failed || refused;
  };

  const ready = (r: ApplyRequest) => !sent.has(r.index) && r.after.every((i) => answered.has(i));
  for (;;) {
    if (stop === undefined && thrown === undefined && !aborted()) {
      for (const r of requests) {
        if (running.size >= limit) break;
        if (!ready(r)) continue;
        sent.add(r.index);
        const p: Promise<void> = run(r)
          .catch((error: unknown) => {
            thrown ??= { error };
          })
          .finally(() => running.delete(p));
        running.add(p);
      }
    }
    if (running.size === 0) break;
    await Promise.race(running);
  }
  // Never sent: stopped, interrupted, or waiting for a request that failed.
  const unsent = requests.filter((r) => !sent.has(r.index));
  for (const r of unsent)
    for (const [i, c] of r.calls.entries()) void record(r.start + i, { call: c, status: 'not-run' });
  await journalTail;
  if (thrown !== undefined) throw thrown.error;
  if (stop === undefined && unsent.length > 0 && aborted()) stop = { reason: 'interrupted' };
  const all = outcomes.filter((o): o is CallOutcome => o !== undefined);
  return stop === undefined ? { outcomes: all } : { outcomes: all, stopped: stop };
}

/** The errors whose exit code an apply keeps (src/apply/result.ts applyExitCode). */
function decidesExit(e: unknown): boolean {
  const code = (e as { exitCode?: unknown } | undefined)?.exitCode;
  return code === EXIT.auth || code === EXIT.budget;
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
