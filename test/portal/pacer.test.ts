import { describe, expect, it } from 'vitest';
import type { TransportStats } from '../../src/portal/client.js';
import { Pacer, type WaitReason } from '../../src/portal/pacer.js';
import type { Wire } from '../../src/portal/wire.js';
import { fakeWire, ok, VirtualClock } from './helpers/fake-wire.js';

function setup(tier: 'auto' | 'standard' | 'enterprise', wire: Wire = fakeWire(() => ok(true))) {
  const clock = new VirtualClock();
  const stats: TransportStats = { httpRequests: 0, restCalls: 0, retries: 0, waitedMs: 0, byMethod: {} };
  const counted: string[] = [];
  const waits: Array<[number, WaitReason]> = [];
  const pacer = new Pacer(wire, stats, (m) => counted.push(...m), {
    tier,
    sleep: clock.sleep,
    now: clock.now,
    onWait: (ms, reason) => waits.push([ms, reason]),
  });
  return { pacer, clock, stats, counted, waits };
}

describe('Pacer', () => {
  it('lets 49 requests go at once, then one per 500 ms, and accounts for the waits', async () => {
    const { pacer, stats, waits } = setup('standard');
    for (let i = 0; i < 51; i++) await pacer.pace();
    expect(waits).toEqual([
      [500, 'pace'],
      [500, 'pace'],
    ]);
    expect(stats.waitedMs).toBe(1000);
  });

  it('does not pace a wire that enforces no rate (paced: false)', async () => {
    const wire: Wire = { ...fakeWire(() => ok(true)), paced: false };
    const { pacer, waits } = setup('standard', wire);
    for (let i = 0; i < 100; i++) await pacer.pace();
    expect(waits).toEqual([]);
  });

  it('after a 503 the bucket counts as full: the next request waits one slot', async () => {
    const { pacer, waits } = setup('standard');
    await pacer.pace();
    pacer.saturate();
    await pacer.pace();
    expect(waits).toEqual([[500, 'pace']]);
  });

  it('tier auto: app.info is asked once, when the pace starts to matter, and counted as a request', async () => {
    const wire = fakeWire((m) => (m === 'app.info' ? ok({ LICENSE: 'de_ent10000' }) : ok(true)));
    const { pacer, stats, counted, waits } = setup('auto', wire);
    for (let i = 0; i < 60; i++) await pacer.pace();
    expect(wire.sent.map((s) => s.method)).toEqual(['app.info']);
    expect([stats.httpRequests, counted]).toEqual([1, ['app.info']]);
    expect(pacer.drainPerSecond).toBe(5);
    expect(waits).toEqual([]);
  });

  it('a given tier is kept whatever app.info says', () => {
    const { pacer } = setup('standard');
    pacer.observe('app.info', { LICENSE: 'de_ent10000' });
    expect(pacer.drainPerSecond).toBe(2);
  });

  it('measures the operating-time block on the portal’s clock, minus the time since the answer', async () => {
    const { pacer, clock } = setup('standard');
    expect(pacer.operatingResetInMs()).toBeUndefined();
    pacer.noteTime({ result: [], time: { finish: 1000.5, operating_reset_at: 1030.5 } });
    expect(pacer.operatingResetInMs()).toBe(30_000);
    await clock.sleep(10_000);
    expect(pacer.operatingResetInMs()).toBe(20_000);
    await clock.sleep(40_000);
    expect(pacer.operatingResetInMs()).toBe(0);
  });
});
