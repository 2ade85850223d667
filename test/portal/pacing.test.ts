import { describe, expect, it } from 'vitest';
import { LeakyBucket, pacingLimits, TIER_LIMITS, type BucketLimits } from '../../src/portal/rate-bucket.js';
import { createTransport } from '../../src/portal/transport.js';
import type { Wire } from '../../src/portal/wire.js';
import { LeakyBucket as PortalBucket } from '../../src/sandbox/limits.js';
import { createRng } from '../../src/sandbox/prng.js';

/** A wire that answers server.time at once and records nothing else. */
function wire(paced: boolean | undefined): Wire {
  return {
    host: 'test',
    kind: 'sandbox',
    ...(paced === undefined ? {} : { paced }),
    send: () => Promise.resolve({ status: 200, body: { result: '2026-11-24T10:00:00+00:00', time: {} } }),
  };
}

// docs/bitrix24/limits.md#leaky-bucket
describe('pacing (leaky bucket: 50 burst, then 2/s)', () => {
  it('paces a real portal: the 51st request waits for the bucket', async () => {
    const waits: number[] = [];
    let now = 0;
    const t = createTransport(wire(undefined), {
      tier: 'standard',
      now: () => now,
      sleep: (ms) => {
        waits.push(ms);
        now += ms;
        return Promise.resolve();
      },
    });
    for (let i = 0; i < 52; i++) await t.call('server.time');
    expect(waits.length).toBeGreaterThan(0);
  });

  it('does not pace an in-process emulator without limits (wire.paced === false)', async () => {
    const waits: number[] = [];
    const t = createTransport(wire(false), {
      tier: 'standard',
      now: () => 0,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    for (let i = 0; i < 120; i++) await t.call('server.time');
    expect(waits).toEqual([]);
    expect(t.stats.httpRequests).toBe(120);
  });
});

describe('pacing with one slot of slack (pacingLimits)', () => {
  it('keeps one slot below the portal’s burst on both plans', () => {
    expect(pacingLimits(TIER_LIMITS.standard)).toEqual({ burst: 49, perSecond: 2 });
    expect(pacingLimits(TIER_LIMITS.enterprise)).toEqual({ burst: 249, perSecond: 5 });
  });

  /** Latencies of 60–100 ms from the sandbox's seeded generator: the same jitter on every run. */
  function jitter(): () => number {
    const rng = createRng(17);
    return () => rng.int(60, 100);
  }

  /** Our bucket against the portal's, which fills when a request arrives (one way of the round trip later). */
  function simulate(client: BucketLimits): number {
    const latency = jitter();
    const ours = new LeakyBucket(client, 0);
    const portal = new PortalBucket({ burst: 50, drainPerSec: 2, operatingLimitSec: 0 });
    let now = 0;
    let refused = 0;
    for (let i = 0; i < 400; i++) {
      now += ours.reserve(now);
      const ms = latency();
      if (!portal.take('ip', now + ms)) {
        refused += 1;
        ours.saturate(now + 2 * ms);
      }
      now += 2 * ms;
    }
    return refused;
  }

  it('a copy of the bucket exactly the portal’s is refused now and then; one slot of slack never is', () => {
    expect(simulate(TIER_LIMITS.standard)).toBeGreaterThan(0);
    expect(simulate(pacingLimits(TIER_LIMITS.standard))).toBe(0);
  });

  it('the transport paces with the slack: 400 calls under jitter, none refused', async () => {
    const latency = jitter();
    const portal = new PortalBucket({ burst: 50, drainPerSec: 2, operatingLimitSec: 0 });
    let now = 0;
    let refused = 0;
    const jittered: Wire = {
      host: 'portal.example',
      kind: 'http',
      send: () => {
        const ms = latency();
        const ok = portal.take('ip', now + ms);
        now += 2 * ms;
        if (!ok) refused += 1;
        return Promise.resolve(
          ok
            ? { status: 200, body: { result: 'ok', time: {} } }
            : {
                status: 503,
                body: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' },
              },
        );
      },
    };
    const t = createTransport(jittered, {
      tier: 'standard',
      now: () => now,
      sleep: (ms) => {
        now += ms;
        return Promise.resolve();
      },
    });
    for (let i = 0; i < 400; i++) await t.call('server.time');
    expect(refused).toBe(0);
    expect(t.stats.httpRequests).toBe(400);
  });
});
