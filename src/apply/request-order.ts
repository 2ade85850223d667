import type { PlannedCall } from '../resources/calls.js';

/** One `batch` request carries at most 50 calls (docs/bitrix24/batch.md#command-limit). */
export const BATCH_LIMIT = 50;

/** One request of an apply: its calls, where they start in the apply's list, and whom it waits for. */
export interface ApplyRequest {
  /** Position among the apply's requests (the journal's `request` index). */
  index: number;
  /** Position of its first call in the apply's list of calls. */
  start: number;
  calls: readonly PlannedCall[];
  /** Earlier requests that must have answered before this one is sent, ascending. */
  after: readonly number[];
}

/**
 * Whether `later` must wait for `earlier` (docs/apply-concurrency.md): it references its result, or
 * both touch one portal object, or either declares nothing it touches (then it may depend on anything).
 */
export function callsConflict(earlier: PlannedCall, later: PlannedCall): boolean {
  if (later.refs.includes(earlier.key)) return true;
  if (earlier.touches === undefined || later.touches === undefined) return true;
  return later.touches.some((t) => earlier.touches?.includes(t) === true);
}

/**
 * The requests of an apply: its calls in their order, 50 to a request, exactly as they were packed
 * before requests overlapped (same requests, same count, no call moved). The dependency rule:
 * request B may be in flight together with an earlier request A only when no call of B depends on a
 * call of A — references it (`refs`), touches an object it touches (`touches`), or either of the two
 * declares no `touches` at all. Each request lists every earlier request it depends on, not only the
 * nearest, so it never relies on a chain of waits to keep its order.
 */
export function applyRequests(calls: readonly PlannedCall[], limit = BATCH_LIMIT): ApplyRequest[] {
  const summaries: Array<{ keys: Set<string>; touches: Set<string>; everything: boolean }> = [];
  const out: ApplyRequest[] = [];
  for (let start = 0, index = 0; start < calls.length; start += limit, index++) {
    const chunk = calls.slice(start, start + limit);
    const keys = new Set(chunk.map((c) => c.key));
    const touches = new Set(chunk.flatMap((c) => c.touches ?? []));
    const everything = chunk.some((c) => c.touches === undefined);
    const refs = chunk.flatMap((c) => c.refs.filter((k) => !keys.has(k)));
    const after: number[] = [];
    summaries.forEach((s, i) => {
      const depends =
        everything ||
        s.everything ||
        refs.some((k) => s.keys.has(k)) ||
        [...touches].some((t) => s.touches.has(t));
      if (depends) after.push(i);
    });
    summaries.push({ keys, touches, everything });
    out.push({ index, start, calls: chunk, after });
  }
  return out;
}
