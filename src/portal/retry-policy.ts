/**
 * When to send a request again, and after how long. Pure, so every branch is table-tested.
 *
 * The rules (RELIABILITY.md#the-promises-and-their-tests, docs/bitrix24/b24jssdk.md#write-retries,
 * docs/bitrix24/limits.md#leaky-bucket):
 * - 503 QUERY_LIMIT_EXCEEDED: the portal refused before executing, so any call (writes too) may be
 *   sent again after backing off.
 * - 429 OPERATION_TIME_LIMIT: the method is blocked until `operating_reset_at`; wait that long if it
 *   is within the cap, otherwise give up (exit 6).
 * - 5xx, timeouts, dropped connections: only calls that merely read are repeated. A write with an
 *   unknown outcome is never repeated (SDK issue #24 made duplicates that way); the caller re-reads.
 *   A write that surely never reached the portal (refused connection) is repeated like a read.
 * - Never: 4xx, OVERLOAD_LIMIT (a manual block), an unknown host (a typo does not fix itself).
 */
export interface RetryPolicy {
  /** Extra attempts after 503 QUERY_LIMIT_EXCEEDED. */
  rateLimitRetries: number;
  /** Extra attempts after 429 OPERATION_TIME_LIMIT. */
  operatingRetries: number;
  /** The longest wait for an operating-time block before giving up. */
  maxOperatingWaitMs: number;
  /** What to wait on 429 when the portal never told us `operating_reset_at`: one of its ten 1-minute buckets. */
  defaultOperatingWaitMs: number;
  /** Extra attempts for a read after 5xx / network trouble. */
  transientRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  rateLimitRetries: 6,
  operatingRetries: 2,
  maxOperatingWaitMs: 120_000,
  defaultOperatingWaitMs: 60_000,
  transientRetries: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
};

export type AttemptFailure =
  | { kind: 'rate_limit' }
  | { kind: 'operation_limit'; resetInMs?: number }
  /** 5xx, timeout, dropped or refused connection. */
  | { kind: 'transient'; maybeDelivered: boolean }
  /** Unknown host, 4xx, OVERLOAD_LIMIT, auth: retrying cannot help. */
  | { kind: 'final' };

export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: 'final' | 'exhausted' | 'not_repeatable' | 'wait_too_long'; waitMs?: number };

export interface AttemptContext {
  /** How many times this same failure kind already caused a retry for this request. */
  retriesSoFar: number;
  repeatable: boolean;
  /** The bucket's drain rate, so backoff after 503 lets it empty (docs/bitrix24/limits.md#leaky-bucket). */
  drainPerSecond: number;
}

export function decideRetry(
  failure: AttemptFailure,
  ctx: AttemptContext,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): RetryDecision {
  switch (failure.kind) {
    case 'final':
      return { retry: false, reason: 'final' };
    case 'rate_limit': {
      if (ctx.retriesSoFar >= policy.rateLimitRetries) return { retry: false, reason: 'exhausted' };
      // One slot drains in 1/Y s; doubling from there keeps a shared per-IP bucket from refilling.
      const slot = 1000 / Math.max(ctx.drainPerSecond, 0.001);
      return { retry: true, delayMs: Math.min(policy.maxDelayMs, Math.ceil(slot * 2 ** ctx.retriesSoFar)) };
    }
    case 'operation_limit': {
      const wait = Math.max(0, failure.resetInMs ?? policy.defaultOperatingWaitMs);
      if (wait > policy.maxOperatingWaitMs) return { retry: false, reason: 'wait_too_long', waitMs: wait };
      if (ctx.retriesSoFar >= policy.operatingRetries)
        return { retry: false, reason: 'exhausted', waitMs: wait };
      // A second of margin: the reset time is the portal's, our clock reading of it is approximate.
      return { retry: true, delayMs: wait + 1000 };
    }
    case 'transient': {
      // A write may go again only when it surely never reached the portal (connection refused or reset
      // before the request was read): then there is no outcome to be unsure about.
      if (!ctx.repeatable && failure.maybeDelivered) return { retry: false, reason: 'not_repeatable' };
      if (ctx.retriesSoFar >= policy.transientRetries) return { retry: false, reason: 'exhausted' };
      return {
        retry: true,
        delayMs: Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** ctx.retriesSoFar),
      };
    }
  }
}
