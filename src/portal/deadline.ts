import { B24Error } from './errors.js';
import { DEFAULT_TIMEOUT_MS } from './http-wire.js';

/** Thrown by a wait or a request that would end after the command's deadline; becomes B24_DEADLINE. */
export class DeadlinePassed extends Error {}

/**
 * The command's own deadline (--deadline), counted from the moment the transport is made: no request
 * starts, and no wait (pacing, backoff) ends, after it; a request in flight gets only the time left
 * (test/portal/transport-deadline.test.ts). Without one, nothing changes.
 */
export class CommandDeadline {
  private readonly at: number | undefined;

  constructor(
    private readonly now: () => number,
    private readonly deadlineMs: number | undefined,
  ) {
    this.at = deadlineMs === undefined ? undefined : now() + deadlineMs;
  }

  /** True when `inMs` from now is past the deadline. */
  passed(inMs = 0): boolean {
    return this.at !== undefined && this.now() + inMs >= this.at;
  }

  /** The time one request may take: --timeout, and never past the deadline. */
  requestTimeout(timeoutMs: number | undefined): number | undefined {
    if (this.at === undefined) return timeoutMs;
    return Math.min(timeoutMs ?? DEFAULT_TIMEOUT_MS, Math.max(1, this.at - this.now()));
  }

  get seconds(): number {
    return Math.round((this.deadlineMs ?? 0) / 1000);
  }

  /** What a request stopped by the deadline ends with (exit 6, resumable). */
  error(label: string, host: string): B24Error {
    return new B24Error({
      category: 'deadline',
      method: label,
      description: `${this.seconds} s`,
      host,
      data: { seconds: this.seconds },
    });
  }
}
