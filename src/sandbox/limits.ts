/**
 * The two REST limits of a cloud portal (https://apidocs.bitrix24.com/limits.html; docs/bitrix24/parity.md#limits):
 * - a leaky bucket per portal and source IP: X requests of burst, draining Y per second (50/2, or
 *   250/5 on Enterprise plans); over it the front answers 503 QUERY_LIMIT_EXCEEDED;
 * - an operating-time budget per method: execution seconds summed over ten one-minute buckets; over
 *   480 s the method is blocked with 429 OPERATION_TIME_LIMIT until the oldest bucket expires.
 */
export interface LimitSettings {
  burst: number;
  drainPerSec: number;
  operatingLimitSec: number;
}

/** "ru_ent250" and other ent* plans get the Enterprise bucket. */
export function isEnterpriseLicence(licence: string): boolean {
  const plan = licence.includes('_') ? licence.slice(licence.indexOf('_') + 1) : licence;
  return plan.startsWith('ent');
}

export function limitSettings(
  licence: string,
  given: { burst?: number; drainPerSec?: number; operatingLimitSec?: number } = {},
): LimitSettings {
  const ent = isEnterpriseLicence(licence);
  return {
    burst: given.burst ?? (ent ? 250 : 50),
    drainPerSec: given.drainPerSec ?? (ent ? 5 : 2),
    operatingLimitSec: given.operatingLimitSec ?? 480,
  };
}

export class LeakyBucket {
  private readonly levels = new Map<string, { level: number; at: number }>();

  constructor(private readonly settings: LimitSettings) {}

  /** Counts one request; false when the bucket is full (the request is refused and not counted). */
  take(key: string, nowMs: number): boolean {
    const cur = this.levels.get(key) ?? { level: 0, at: nowMs };
    const drained = Math.max(0, cur.level - ((nowMs - cur.at) / 1000) * this.settings.drainPerSec);
    if (drained + 1 > this.settings.burst) {
      this.levels.set(key, { level: drained, at: nowMs });
      return false;
    }
    this.levels.set(key, { level: drained + 1, at: nowMs });
    return true;
  }
}

const MINUTE = 60_000;
const WINDOW_MINUTES = 10;

export class OperatingBudget {
  private readonly perMethod = new Map<string, Map<number, number>>();

  private buckets(method: string, nowMs: number): Map<number, number> {
    let b = this.perMethod.get(method);
    if (!b) {
      b = new Map();
      this.perMethod.set(method, b);
    }
    const current = Math.floor(nowMs / MINUTE);
    for (const minute of b.keys()) if (minute <= current - WINDOW_MINUTES) b.delete(minute);
    return b;
  }

  used(method: string, nowMs: number): number {
    let sum = 0;
    for (const v of this.buckets(method, nowMs).values()) sum += v;
    return sum;
  }

  add(method: string, nowMs: number, seconds: number): void {
    const b = this.buckets(method, nowMs);
    const minute = Math.floor(nowMs / MINUTE);
    b.set(minute, (b.get(minute) ?? 0) + seconds);
  }

  /** Unix seconds at which the oldest bucket leaves the window (time.operating_reset_at). */
  resetAt(method: string, nowMs: number): number {
    const minutes = [...this.buckets(method, nowMs).keys()];
    const oldest = minutes.length > 0 ? Math.min(...minutes) : Math.floor(nowMs / MINUTE);
    return (oldest + WINDOW_MINUTES) * 60;
  }
}
