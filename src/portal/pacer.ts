/**
 * When the next request may go: our copy of the portal's leaky bucket (rate-bucket.ts), the plan's
 * limits (looked up once, only when they start to matter), and the portal's operating-time clock from
 * the `time` block of its answers. Every wait goes through `wait`, so tests run in virtual time.
 */
import type { RestTime, TransportStats } from './client.js';
import { classifyResponse } from './errors.js';
import { numeric } from './page-marks.js';
import { LeakyBucket, pacingLimits, TIER_LIMITS, tierOfLicense, type Tier } from './rate-bucket.js';
import { WireFailure, type Wire } from './wire.js';

export type WaitReason = 'pace' | 'rate_limit' | 'operation_limit' | 'retry' | 'proxy_retry';

export interface PacerOptions {
  /** Rate-limit tier; 'auto' (default) reads app.info LICENSE once, only when the pace starts to matter. */
  tier?: 'auto' | Tier;
  timeoutMs?: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  onWait?: (ms: number, reason: WaitReason) => void;
}

export class Pacer {
  private readonly bucket: LeakyBucket;
  private readonly fixedTier: boolean;
  private tierKnown: boolean;
  private tierLookup: Promise<void> | undefined;
  /** The last `time` block seen, with our clock at receipt: the 429 wait is computed from it. */
  private lastTime: { time: RestTime; receivedAt: number } | undefined;
  /** When the latest-ending wait so far ends: waits that overlap are counted once. */
  private waitsEnd = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly wire: Wire,
    private readonly stats: TransportStats,
    private readonly count: (methods: readonly string[]) => void,
    private readonly opts: PacerOptions,
  ) {
    const tier = opts.tier ?? 'auto';
    this.fixedTier = tier !== 'auto';
    this.tierKnown = this.fixedTier;
    this.bucket = new LeakyBucket(pacingLimits(TIER_LIMITS[tier === 'auto' ? 'standard' : tier]), opts.now());
  }

  /** Slots the bucket drains per second: the backoff after a 503 is measured in them. */
  get drainPerSecond(): number {
    return this.bucket.currentLimits.perSecond;
  }

  /** Takes a slot in the bucket for the request about to go, waiting until there is one. */
  async pace(): Promise<void> {
    // An emulator without limits answers as fast as it can; waiting would only slow tests and demos.
    if (this.wire.paced === false) return;
    if (!this.tierKnown && this.bucket.peek(this.opts.now()) > 0) {
      // Only now does the plan matter: look it up once (docs/bitrix24/webhook-preflight.md#app-info: app.info
      // LICENSE for a webhook).
      this.tierLookup ??= this.lookupTier();
      await this.tierLookup;
    }
    const wait = this.bucket.reserve(this.opts.now());
    if (wait > 0) await this.wait(wait, 'pace');
  }

  /** The portal refused a request with 503: its bucket is full (others share it per IP). */
  saturate(): void {
    this.bucket.saturate(this.opts.now());
  }

  /** Reads what an answer says about the plan (app.info LICENSE) unless the tier was given. */
  observe(method: string, result: unknown): void {
    if (method !== 'app.info' || this.fixedTier) return;
    if (result === null || typeof result !== 'object') return;
    const license = (result as Record<string, unknown>).LICENSE;
    if (typeof license !== 'string') return;
    this.bucket.setLimits(pacingLimits(TIER_LIMITS[tierOfLicense(license)]), this.opts.now());
    this.tierKnown = true;
  }

  /** Keeps the `time` block of an answer: the portal's clock for the operating-time block. */
  noteTime(body: unknown): void {
    if (body === null || typeof body !== 'object') return;
    const t = (body as Record<string, unknown>).time;
    if (t !== null && typeof t === 'object') this.lastTime = { time: t, receivedAt: this.opts.now() };
  }

  /**
   * How long until the operating-time block lifts. `operating_reset_at` is on the portal's clock, so
   * it is measured against the portal's own `finish` of the same answer, not against our clock.
   */
  operatingResetInMs(): number | undefined {
    const lt = this.lastTime;
    const reset = numeric(lt?.time.operating_reset_at);
    const finish = numeric(lt?.time.finish);
    if (!lt || reset === undefined || finish === undefined) return undefined;
    return Math.max(0, Math.ceil((reset - finish) * 1000) - (this.opts.now() - lt.receivedAt));
  }

  /**
   * Waits `ms` and accounts for it. Requests in flight wait side by side (the bucket staggers them), so
   * `stats.waitedMs` is the time during which any request was waiting, not the sum of every wait.
   */
  async wait(ms: number, reason: WaitReason): Promise<void> {
    if (ms <= 0) return;
    const start = this.opts.now();
    const end = start + ms;
    this.stats.waitedMs += Math.max(0, end - Math.max(start, this.waitsEnd));
    this.waitsEnd = Math.max(this.waitsEnd, end);
    this.opts.onWait?.(ms, reason);
    await this.opts.sleep(ms);
  }

  private async lookupTier(): Promise<void> {
    this.bucket.reserve(this.opts.now());
    this.stats.httpRequests += 1;
    this.count(['app.info']);
    try {
      const resp = await this.wire.send('app.info', {}, { timeoutMs: this.opts.timeoutMs });
      this.noteTime(resp.body);
      if (resp.status === 503) this.saturate();
      const body = resp.body as Record<string, unknown> | undefined;
      if (!classifyResponse('app.info', resp.status, resp.body, resp.text))
        this.observe('app.info', body?.result);
    } catch (e) {
      if (!(e instanceof WireFailure)) throw e;
    }
    // Whatever happened, do not ask again: without an answer the standard limits are the safe side.
    this.tierKnown = true;
  }
}
