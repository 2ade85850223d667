import { describe, expect, it } from 'vitest';
import { createTransport } from '../../src/portal/transport.js';
import type { Wire, WireResponse } from '../../src/portal/wire.js';
import { ok } from './helpers/fake-wire.js';
import { listHandler, portalResponder } from './helpers/list-portal.js';
import { VirtualScheduler } from './helpers/virtual-time.js';

/** A wire answering from `respond` after `latency` ms of virtual time, recording when each request left. */
function delayedWire(
  time: VirtualScheduler,
  respond: (method: string, params: Record<string, unknown>) => WireResponse,
  latency = 100,
) {
  const sent: Array<{ method: string; params: Record<string, unknown>; at: number }> = [];
  let open = 0;
  let peak = 0;
  const wire: Wire = {
    host: 'in-flight.test',
    kind: 'http',
    async send(method, params) {
      sent.push({ method, params, at: time.now() });
      open += 1;
      peak = Math.max(peak, open);
      await time.sleep(latency);
      open -= 1;
      return respond(method, params);
    },
  };
  return { wire, sent, peak: () => peak };
}

describe('the transport with several requests in flight', () => {
  it('keeps pacing one slot below the portal’s burst: 49 leave at once, then one every 500 ms', async () => {
    const time = new VirtualScheduler();
    const w = delayedWire(time, () => ok('2026-01-15T09:00:00+00:00'));
    const client = createTransport(w.wire, {
      tier: 'standard',
      sleep: time.sleep,
      now: time.now,
      maxInFlight: 60,
    });
    await time.run(() => Promise.all(Array.from({ length: 53 }, () => client.call('server.time'))));
    const at = w.sent.map((s) => s.at);
    expect(at.slice(0, 49)).toEqual(Array(49).fill(0));
    expect(at.slice(49)).toEqual([500, 1000, 1500, 2000]);
    // Four waits side by side, the longest 2 s: the time spent waiting is 2 s, not their sum.
    expect(client.stats).toMatchObject({ httpRequests: 53, waitedMs: 2000 });
  });

  it('holds at most maxInFlight requests, the waiting ones in the order they came', async () => {
    const time = new VirtualScheduler();
    const w = delayedWire(time, (_m, p) => ok(p.n));
    const client = createTransport(w.wire, {
      tier: 'standard',
      sleep: time.sleep,
      now: time.now,
      maxInFlight: 3,
    });
    const out = await time.run(() =>
      Promise.all(Array.from({ length: 10 }, (_, n) => client.call('server.time', { n }))),
    );
    expect(out.map((r) => r.result)).toEqual(Array.from({ length: 10 }, (_, n) => n));
    expect(w.peak()).toBe(3);
    expect(w.sent.map((s) => s.params.n)).toEqual(Array.from({ length: 10 }, (_, n) => n));
    expect(time.now()).toBe(400); // ceil(10 / 3) rounds of 100 ms
  });

  it('two lists of different methods read side by side cost what they cost one after another', async () => {
    const time = new VirtualScheduler();
    const deals = listHandler(2600);
    const leads = listHandler(1300);
    const respond = portalResponder((method, params) =>
      (method === 'crm.lead.list' ? leads : deals)(method, params),
    );
    const w = delayedWire(time, respond);
    const client = createTransport(w.wire, { tier: 'standard', sleep: time.sleep, now: time.now });
    const [a, b] = await time.run(() =>
      Promise.all([client.list('crm.deal.list', {}), client.list('crm.lead.list', {})]),
    );
    expect([a.length, b.length]).toEqual([2600, 1300]);
    // 6 requests for the deals (1, 2, 4, 8, 16, 32 pages) and 5 for the leads, overlapping.
    expect(client.stats.httpRequests).toBe(11);
    expect(w.peak()).toBe(2);
    expect(time.now()).toBe(600);
  });

  it('offset pages whose offsets are known go in requests side by side; rows stay in order', async () => {
    const time = new VirtualScheduler();
    const w = delayedWire(time, portalResponder(listHandler(160 * 50, { itemsKey: 'categories' })));
    const client = createTransport(w.wire, {
      tier: 'standard',
      sleep: time.sleep,
      now: time.now,
      maxInFlight: 4,
    });
    const rows = await time.run(() => client.list<{ ID: string }>('crm.category.list', { entityTypeId: 2 }));
    expect(rows.map((r) => Number(r.ID))).toEqual(Array.from({ length: 8000 }, (_, i) => i + 1));
    // The first page, then 159 pages in 4 requests at once.
    expect(w.sent.map((s) => s.method)).toEqual(['crm.category.list', 'batch', 'batch', 'batch', 'batch']);
    expect(w.peak()).toBe(4);
    expect(time.now()).toBe(200);
  });
});
