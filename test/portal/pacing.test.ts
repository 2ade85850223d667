import { describe, expect, it } from 'vitest';
import { createTransport } from '../../src/portal/transport.js';
import type { Wire } from '../../src/portal/wire.js';

/** A wire that answers server.time at once and records nothing else. */
function wire(paced: boolean | undefined): Wire {
  return {
    host: 'test',
    kind: 'sandbox',
    ...(paced === undefined ? {} : { paced }),
    send: () => Promise.resolve({ status: 200, body: { result: '2026-11-24T10:00:00+00:00', time: {} } }),
  };
}

describe('pacing (rest-map §14 leaky bucket: 50 burst, then 2/s)', () => {
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
