import { describe, expect, it } from 'vitest';
import { LeakyBucket, TIER_LIMITS, tierOfLicense } from '../../src/portal/rate-bucket.js';

describe('LeakyBucket', () => {
  it('lets a standard burst of 50 through, then paces at 2 per second', () => {
    const b = new LeakyBucket(TIER_LIMITS.standard, 0);
    const waits = Array.from({ length: 53 }, () => b.reserve(0));
    expect(waits.slice(0, 50).every((w) => w === 0)).toBe(true);
    expect(waits.slice(50)).toEqual([500, 1000, 1500]);
  });

  it('drains over time', () => {
    const b = new LeakyBucket(TIER_LIMITS.standard, 0);
    for (let i = 0; i < 50; i++) b.reserve(0);
    expect(b.peek(0)).toBe(500);
    expect(b.peek(5_000)).toBe(0); // 10 slots drained
    for (let i = 0; i < 10; i++) expect(b.reserve(5_000)).toBe(0);
    expect(b.reserve(5_000)).toBe(500);
  });

  it('enterprise allows 250 then 5 per second; switching tier keeps the level', () => {
    const b = new LeakyBucket(TIER_LIMITS.standard, 0);
    for (let i = 0; i < 50; i++) b.reserve(0);
    b.setLimits(TIER_LIMITS.enterprise, 0);
    expect(b.reserve(0)).toBe(0);
    for (let i = 0; i < 199; i++) b.reserve(0);
    expect(b.reserve(0)).toBe(200);
  });

  it('saturate fills the bucket (the portal said 503)', () => {
    const b = new LeakyBucket(TIER_LIMITS.standard, 0);
    b.saturate(0);
    expect(b.reserve(0)).toBe(500);
  });
});

describe('tierOfLicense', () => {
  it.each([
    ['de_ent10000', 'enterprise'],
    ['ru_ent250', 'enterprise'],
    ['en_enterprise', 'enterprise'],
    ['ru_pro100', 'standard'],
    ['ru_basic', 'standard'],
    [undefined, 'standard'],
  ])('%s → %s', (license, tier) => {
    expect(tierOfLicense(license)).toBe(tier);
  });
});
