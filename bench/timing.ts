/**
 * How long a command's requests took on the portal's side, against the least they could take: the
 * pace floor of issue #18. A portal lets 50 requests in at once and 2 per second after that; b24cfg
 * keeps one slot free (src/portal/rate-bucket.ts pacingLimits), so R requests cannot end sooner than
 * (R − 49) / 2 s after the first. Requests that depend on each other's answers (the configuration read,
 * then the counts, then each scan's chain of pages) cannot overlap, so neither can they end sooner than
 * that many round trips. The floor is the larger of the two.
 */
import { stableStringify } from '../src/core/hash.js';
import { isCursorPage, queryOfPage } from './naive/work.js';
import type { LoggedCall } from './sandbox-host.js';

export interface PaceModel {
  burst: number;
  perSecond: number;
  latencyMs: number;
}

/** The least time, in ms, for `requests` requests of which `dependent` must go one after another. */
export function paceFloorMs(requests: number, dependent: number, m: PaceModel): number {
  const paced = (Math.max(0, requests - (m.burst - 1)) / m.perSecond) * 1000;
  return Math.max(paced, Math.max(0, dependent) * m.latencyMs);
}

/**
 * Requests of an audit that must go one after another: those before the first scan page (the
 * configuration read and the counts, each waiting for the one before), then the longest chain of one
 * scan's pages (a scan's next request needs the last id of its previous one).
 */
export function auditDependentRequests(callLog: readonly LoggedCall[]): number {
  const firstPage = callLog.find((c) => isCursorPage(c.params));
  if (!firstPage) return new Set(callLog.map((c) => c.request)).size;
  const before = new Set(callLog.filter((c) => c.request < firstPage.request).map((c) => c.request)).size;
  const chains = new Map<string, Set<number>>();
  for (const c of callLog) {
    if (!isCursorPage(c.params)) continue;
    const id = `${c.method} ${stableStringify(queryOfPage(c.params))}`;
    const requests = chains.get(id) ?? new Set<number>();
    requests.add(c.request);
    chains.set(id, requests);
  }
  return before + Math.max(0, ...[...chains.values()].map((s) => s.size));
}

/** A `request` record of an apply's journal: its index and the earlier requests it waited for. */
export interface JournaledRequest {
  index: number;
  after?: readonly number[];
}

/**
 * Write requests of an apply that must go one after another: the longest chain the journal's `after`
 * lists make (docs/apply-concurrency.md). Undefined for a journal without them (a build that sent one
 * request at a time: its chain is every request, which says nothing of what the work allows).
 */
export function applyWriteChain(requests: readonly JournaledRequest[]): number | undefined {
  if (requests.some((r) => r.after === undefined)) return undefined;
  const depth = new Map<number, number>();
  for (const r of [...requests].sort((a, b) => a.index - b.index)) {
    depth.set(r.index, 1 + Math.max(0, ...(r.after ?? []).map((a) => depth.get(a) ?? 0)));
  }
  return Math.max(0, ...depth.values());
}
