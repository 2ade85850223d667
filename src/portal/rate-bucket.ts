/**
 * The portal's request limit is a leaky bucket: it blocks at X requests and drains Y per second,
 * X=50/Y=2 on standard plans and X=250/Y=5 on Enterprise; going over gives 503 QUERY_LIMIT_EXCEEDED
 * (docs/bitrix24/limits.md#leaky-bucket). We keep our own copy of that bucket per portal so we
 * pace requests instead of hitting the wall. Pure: time comes in, delays come out.
 */
export type Tier = 'standard' | 'enterprise';

export interface BucketLimits {
  burst: number;
  perSecond: number;
}

export const TIER_LIMITS: Readonly<Record<Tier, BucketLimits>> = {
  standard: { burst: 50, perSecond: 2 },
  enterprise: { burst: 250, perSecond: 5 },
};

/**
 * The limits our copy of the bucket paces to: one slot below the portal's. The portal fills its bucket when
 * a request arrives, we when we send it; with latency varying by a few ms, two paced requests can arrive
 * closer together than they were sent, and a bucket paced to exactly 50 then overflows once in a long run
 * (the 100 000-deal audit got one 503 QUERY_LIMIT_EXCEEDED per run, BENCHMARKS.md). One slot is 500 ms of
 * slack on a standard plan, far more than any jitter, and costs one request of the first burst.
 */
export function pacingLimits(limits: BucketLimits): BucketLimits {
  return { burst: Math.max(1, limits.burst - 1), perSecond: limits.perSecond };
}

/** Enterprise licences read like "de_ent10000" / LICENSE_FAMILY "ent" (fixture app.info.json). */
export function tierOfLicense(license: string | undefined): Tier {
  if (license === undefined) return 'standard';
  return /(^|_)ent|enterprise/i.test(license) ? 'enterprise' : 'standard';
}

export class LeakyBucket {
  private level = 0;
  private at: number;

  constructor(
    private limits: BucketLimits,
    now: number,
  ) {
    this.at = now;
  }

  get currentLimits(): BucketLimits {
    return this.limits;
  }

  /** Switches plan limits (the tier became known) and keeps what is already in the bucket. */
  setLimits(limits: BucketLimits, now: number): void {
    this.drain(now);
    this.limits = limits;
  }

  /** How long the next request must wait without taking a slot (to decide whether the tier matters). */
  peek(now: number): number {
    this.drain(now);
    return this.waitFor(this.level);
  }

  /**
   * Takes a slot for one request and returns how many ms to wait before sending it. Slots are taken
   * at once, so concurrent callers queue behind each other instead of all waiting the same time.
   */
  reserve(now: number): number {
    this.drain(now);
    const wait = this.waitFor(this.level);
    this.level += 1;
    return wait;
  }

  /** The portal said 503 QUERY_LIMIT_EXCEEDED: its bucket is full (other clients share it per IP). */
  saturate(now: number): void {
    this.drain(now);
    this.level = Math.max(this.level, this.limits.burst);
  }

  private waitFor(level: number): number {
    const over = level + 1 - this.limits.burst;
    return over <= 0 ? 0 : Math.ceil((over / this.limits.perSecond) * 1000);
  }

  private drain(now: number): void {
    const elapsed = Math.max(0, now - this.at) / 1000;
    this.level = Math.max(0, this.level - elapsed * this.limits.perSecond);
    this.at = now;
  }
}
