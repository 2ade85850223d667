/**
 * The request floor and the targets of issue #8, as pure functions.
 *
 * A Bitrix24 `batch` carries at most 50 commands (docs/bitrix24/batch.md#command-limit), so work of N
 * operations needs at least ceil(N / 50) HTTP requests. Work made of phases that depend on each other's
 * answers (read the portal → write → read it back) cannot share a request, so its floor is the sum of each
 * phase's floor.
 */

/**
 * Commands in one `batch` request (docs/bitrix24/batch.md#command-limit: more than 50 gives
 * ERROR_BATCH_LENGTH_EXCEEDED).
 */
export const BATCH_SIZE = 50;

/** Rows on one page of a list method (docs/bitrix24/paging.md#pages-of-50). */
export const PAGE_ROWS = 50;

/** The least number of HTTP requests for dependent phases of `ops[i]` operations each. */
export function floorRequests(phaseOps: readonly number[], batchSize = BATCH_SIZE): number {
  let total = 0;
  for (const ops of phaseOps) {
    if (!Number.isFinite(ops) || ops < 0) throw new RangeError(`operations must be ≥ 0, got ${ops}`);
    total += Math.ceil(ops / batchSize);
  }
  return total;
}

/**
 * Pages a scan of `rows` rows needs at least when its size is known beforehand (from a count): the
 * client stops at the last full page instead of asking for an empty one.
 */
export function scanPages(rows: number): number {
  return Math.ceil(Math.max(0, rows) / PAGE_ROWS);
}

/** Requests `callListMethod`-style offset paging takes: `next` is sent only while rows follow. */
export function offsetPages(rows: number): number {
  return Math.max(1, Math.ceil(rows / PAGE_ROWS));
}

/** Issue #8: every row must stay within 1.2 × floor + 2 requests. */
export function floorLimit(floor: number): number {
  return 1.2 * floor + 2;
}

export function withinFloor(requests: number, floor: number): boolean {
  return requests <= floorLimit(floor);
}

/** a / b, or undefined when b is 0 (a ratio that means nothing is left blank, not shown as ∞). */
export function ratio(a: number, b: number): number | undefined {
  return b > 0 ? a / b : undefined;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface PaceModel {
  /** Round trip of one request, ms (the sandbox's simulated network latency). */
  latencyMs: number;
  /**
   * The leaky bucket: requests allowed at once, and drained per second (docs/bitrix24/limits.md#leaky-bucket:
   * 50 and 2).
   */
  burst: number;
  perSecond: number;
}

/**
 * Wall time of `requests` sequential requests under a leaky bucket, for a client that waits for room in
 * the bucket before each request (as b24jssdk's RestrictionManager and our transport do, so neither gets a
 * 503). Used for the naive baseline where sending thousands of paced requests for real would take hours.
 */
export function modelWallMs(requests: number, m: PaceModel): number {
  let t = 0;
  let level = 0;
  let last = 0;
  const drainPerMs = m.perSecond / 1000;
  for (let i = 0; i < requests; i++) {
    level = Math.max(0, level - (t - last) * drainPerMs);
    last = t;
    if (level + 1 > m.burst) {
      const wait = (level + 1 - m.burst) / drainPerMs;
      t += wait;
      level = Math.max(0, level - wait * drainPerMs);
      last = t;
    }
    level += 1;
    t += m.latencyMs;
  }
  return t;
}
