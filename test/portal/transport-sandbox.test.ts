import { describe, expect, it } from 'vitest';
import { createTransport } from '../../src/portal/transport.js';
import { createEmulator, createVirtualClock, generatePortal } from '../../src/sandbox/index.js';
import { openSandboxWire } from '../../src/portal/sandbox-adapter.js';

/** The transport against the sandbox emulator: its own rules, not our fakes, decide the answers. */
async function setup(opts: { deals: number; limits?: boolean; licence?: string }) {
  const clock = createVirtualClock();
  const { state } = generatePortal({ deals: opts.deals, seed: 7, activities: 0, tasks: 0, calls: 0 });
  const emulator = createEmulator({ state, clock, limits: opts.limits ? {} : false, licence: opts.licence });
  const sleeps: number[] = [];
  const client = createTransport(await openSandboxWire({ emulator }), {
    tier: 'auto',
    now: () => clock.now(),
    sleep: (ms) => {
      sleeps.push(ms);
      clock.advance(ms);
      return Promise.resolve();
    },
  });
  return { client, emulator, sleeps };
}

describe('transport over the sandbox', () => {
  it('scans every deal with chained cursor pages (the sandbox resolves $result in filters)', async () => {
    const { client, emulator } = await setup({ deals: 2600 });
    const rows = await client.list<{ ID: string }>('crm.deal.list', { select: ['ID', 'STAGE_ID'] });
    const ids = rows.map((r) => Number(r.ID));
    expect(new Set(ids).size).toBe(2600);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    // 52 full pages and an empty 53rd: requests of 1, 2, 4, 8, 16 and 32 chained pages.
    expect(client.stats.httpRequests).toBe(6);
    expect(emulator.requestLog.filter((r) => r.method === 'batch')).toHaveLength(5);
  });

  it('crm.item.list reads camelCase rows from result.items', async () => {
    const { client } = await setup({ deals: 130 });
    const rows = await client.list<{ id: number }>('crm.item.list', {
      entityTypeId: 2,
      select: ['id', 'stageId'],
    });
    expect(new Set(rows.map((r) => r.id)).size).toBe(130);
  });

  it('paces under the portal limit: 120 single calls, no 503 from the emulated bucket', async () => {
    const { client, sleeps } = await setup({ deals: 0, limits: true });
    for (let i = 0; i < 120; i++) await client.call('server.time');
    expect(client.stats.retries).toBe(0);
    expect(sleeps.length).toBeGreaterThan(0);
    // app.info was asked once, when the standard pace began to matter.
    expect(client.stats.byMethod['app.info']).toBe(1);
  });
});
