/**
 * Time as the emulator sees it. Tests use a virtual clock so that rate limits, overdue tasks and
 * operating-time buckets are deterministic and instant; the HTTP server uses the system clock.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Moves a virtual clock forward; absent on the system clock. */
  advance?(ms: number): void;
}

export const systemClock: Clock = { now: () => Date.now() };

export function createVirtualClock(startMs: number = Date.UTC(2026, 0, 15, 9, 0, 0)): Clock & {
  advance(ms: number): void;
  set(ms: number): void;
} {
  let t = startMs;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
    set: (ms: number) => {
      t = ms;
    },
  };
}
