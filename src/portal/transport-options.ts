import type { WaitReason } from './pacer.js';
import type { Tier } from './rate-bucket.js';
import type { RetryPolicy } from './retry-policy.js';

/** How `createTransport` (transport.ts) runs: its clocks, limits, deadline and what it serves. */
export interface TransportOptions {
  /** Rate-limit tier; 'auto' (default) reads app.info LICENSE once, only when the pace starts to matter. */
  tier?: 'auto' | Tier;
  /** Per-request timeout handed to the wire: the whole exchange, the answer's last byte included. */
  timeoutMs?: number;
  /**
   * The command's own deadline, from the moment the transport is made: no request starts, and no wait
   * (pacing, backoff) ends, after it; a request in flight is cut at it (B24_DEADLINE, exit 6).
   */
  deadlineMs?: number;
  /** All waiting goes through these, so tests run in virtual time. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  retry?: Partial<RetryPolicy>;
  /** Told before every wait (pacing, backoff, operating-time block), e.g. for a progress note. */
  onWait?: (ms: number, reason: WaitReason) => void;
  /**
   * The most requests admitted at once (default DEFAULT_MAX_IN_FLIGHT): independent requests of
   * `batch`, `batchMany`, offset pages and scans overlap up to this many, each still taking its slot of
   * the rate bucket before it goes.
   */
  maxInFlight?: number;
  /** Ctrl-C (src/cli/main.ts): nothing starts after it, waits end, a read in flight is abandoned; a write
   * in flight finishes (its outcome known, never left to a resume), then the next request is INTERRUPTED. */
  signal?: AbortSignal;
  /** B24Client.portalArg. */
  portalArg?: string;
  /**
   * The b24cfg command this client serves. The first app.info answer (every read of the portal asks it
   * in its first request, src/portal/read.ts) names the webhook's scopes; a command missing a scope
   * it needs (`requiredScopes`) stops there with exit 5, before anything is written.
   */
  command?: string;
  /** The scopes `command` cannot do without (src/resources/scopes.ts COMMAND_SCOPES). */
  requiredScopes?: readonly string[];
}
