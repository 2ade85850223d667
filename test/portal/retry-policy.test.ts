import { describe, expect, it } from 'vitest';
import {
  decideRetry,
  DEFAULT_RETRY_POLICY,
  type AttemptFailure,
  type RetryDecision,
} from '../../src/portal/retry-policy.js';

const ctx = (retriesSoFar: number, repeatable: boolean) => ({ retriesSoFar, repeatable, drainPerSecond: 2 });

describe('decideRetry', () => {
  const rows: Array<[string, AttemptFailure, number, boolean, RetryDecision]> = [
    [
      '503 on a write is retried (not executed)',
      { kind: 'rate_limit' },
      0,
      false,
      { retry: true, delayMs: 500 },
    ],
    ['503 backs off exponentially', { kind: 'rate_limit' }, 3, true, { retry: true, delayMs: 4000 }],
    ['503 gives up after the limit', { kind: 'rate_limit' }, 6, true, { retry: false, reason: 'exhausted' }],
    [
      '429 waits until the reset (+1 s margin)',
      { kind: 'operation_limit', resetInMs: 30_000 },
      0,
      false,
      { retry: true, delayMs: 31_000 },
    ],
    [
      '429 without reset info waits a minute',
      { kind: 'operation_limit' },
      0,
      true,
      { retry: true, delayMs: 61_000 },
    ],
    [
      '429 beyond the cap fails at once',
      { kind: 'operation_limit', resetInMs: 300_000 },
      0,
      true,
      { retry: false, reason: 'wait_too_long', waitMs: 300_000 },
    ],
    [
      '5xx on a read is retried',
      { kind: 'transient', maybeDelivered: true },
      0,
      true,
      { retry: true, delayMs: 1000 },
    ],
    [
      '5xx on a read backs off',
      { kind: 'transient', maybeDelivered: true },
      2,
      true,
      { retry: true, delayMs: 4000 },
    ],
    [
      '5xx on a read gives up',
      { kind: 'transient', maybeDelivered: true },
      3,
      true,
      { retry: false, reason: 'exhausted' },
    ],
    [
      '5xx / timeout on a write is never retried',
      { kind: 'transient', maybeDelivered: true },
      0,
      false,
      { retry: false, reason: 'not_repeatable' },
    ],
    [
      'a write on a refused connection never reached the portal: retried like a read',
      { kind: 'transient', maybeDelivered: false },
      0,
      false,
      { retry: true, delayMs: 1000 },
    ],
    ['4xx / OVERLOAD / unknown host: never', { kind: 'final' }, 0, true, { retry: false, reason: 'final' }],
  ];
  it.each(rows)('%s', (_name, failure, retries, repeatable, expected) => {
    expect(decideRetry(failure, ctx(retries, repeatable), DEFAULT_RETRY_POLICY)).toEqual(expected);
  });

  it('caps every delay', () => {
    const d = decideRetry({ kind: 'rate_limit' }, { retriesSoFar: 5, repeatable: true, drainPerSecond: 0.1 });
    expect(d).toEqual({ retry: true, delayMs: DEFAULT_RETRY_POLICY.maxDelayMs });
  });
});
