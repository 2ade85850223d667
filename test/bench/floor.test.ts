import { describe, expect, it } from 'vitest';
import {
  floorLimit,
  floorRequests,
  median,
  modelWallMs,
  offsetPages,
  ratio,
  scanPages,
  withinFloor,
} from '../../bench/floor.js';

describe('floorRequests', () => {
  it.each([
    [[0], 0],
    [[1], 1],
    [[50], 1],
    [[51], 2],
    [[18, 227, 18], 7],
    [[18, 1179, 18], 26],
    // Phases never share a request: 30 + 30 calls are 2 requests, not ceil(60 / 50) = 2 by luck.
    [[30, 30, 30], 3],
    [[2000], 40],
  ])('%j operations per phase need %i requests', (ops, want) => {
    expect(floorRequests(ops)).toBe(want);
  });

  it('refuses a negative or unknown number of operations', () => {
    expect(() => floorRequests([-1])).toThrow(RangeError);
    expect(() => floorRequests([Number.NaN])).toThrow(RangeError);
  });
});

describe('pages', () => {
  it.each([
    [0, 0, 1],
    [1, 1, 1],
    [50, 1, 1],
    [51, 2, 2],
    [100_000, 2000, 2000],
    [100_001, 2001, 2001],
  ])('%i rows: %i scan pages with a known size, %i offset requests', (rows, scan, offset) => {
    expect(scanPages(rows)).toBe(scan);
    expect(offsetPages(rows)).toBe(offset);
  });
});

describe('the issue #8 target', () => {
  it.each([
    [1, 3.2, 3, true],
    [1, 3.2, 4, false],
    [5, 8, 8, true],
    [5, 8, 9, false],
    [100, 122, 122, true],
    [100, 122, 123, false],
  ])('floor %i allows %d requests: %i within = %s', (floor, limit, requests, ok) => {
    expect(floorLimit(floor)).toBeCloseTo(limit);
    expect(withinFloor(requests, floor)).toBe(ok);
  });

  it('leaves a ratio over zero undefined', () => {
    expect(ratio(10, 0)).toBeUndefined();
    expect(ratio(300, 6)).toBe(50);
  });
});

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %d', (values, want) => {
    expect(median(values)).toBe(want);
  });

  it('has no value for no runs', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('modelWallMs (sequential requests under a leaky bucket)', () => {
  const bucket = { burst: 50, perSecond: 2 };
  it.each([
    // Within the burst only the latency counts.
    [10, 80, 800],
    [50, 0, 0],
    // With no latency the 51st request waits for half a request to drain: 500 ms; each further one 500 ms.
    [51, 0, 500],
    [60, 0, 5000],
  ])('%i requests at %i ms latency take %i ms', (n, latencyMs, want) => {
    expect(modelWallMs(n, { ...bucket, latencyMs })).toBeCloseTo(want, 6);
  });

  it('lets the latency drain the bucket: 80 ms per request drains 0.16 of a request each', () => {
    const t = modelWallMs(200, { ...bucket, latencyMs: 80 });
    // Bound from below by the drain rate after the burst, from above by latency plus that.
    expect(t).toBeGreaterThan(((200 - 50) / 2) * 1000 - 1);
    expect(t).toBeLessThan(((200 - 50) / 2) * 1000 + 200 * 80);
  });
});
