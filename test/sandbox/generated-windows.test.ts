/**
 * `sandbox serve --seed large` dates its data back from the portal's clock (docs/bitrix24/parity.md#generated-data),
 * so the audit's date windows find rows whatever the day the sandbox is started; the same random seed
 * gives the same portal relative to that clock.
 */
import { describe, expect, it } from 'vitest';
import { collectInMemory } from '../audit/in-memory.js';
import { readPortalState } from '../../src/resources/read-state.js';
import { createTransport } from '../../src/portal/transport.js';
import { seededState } from '../../src/sandbox/host.js';
import { openSandboxWire } from '../../src/portal/sandbox-adapter.js';
import { createEmulator, createVirtualClock } from '../../src/sandbox/index.js';

/** A day far from the generator's old fixed date, as a sandbox started today would see. */
const TODAY = Date.UTC(2027, 5, 3, 7, 30, 0);

describe('generated data and the portal clock (parity.md#generated-data)', () => {
  it('the audit finds won, lost and recent deals, calls and e-mail in its 30-day windows', async () => {
    const { state } = seededState({ seed: 'large', deals: 10000 }, TODAY);
    const em = createEmulator({ state, clock: createVirtualClock(TODAY) });
    let waited = 0;
    const client = createTransport(await openSandboxWire({ emulator: em }), {
      sleep: (ms) => {
        waited += ms;
        return Promise.resolve();
      },
      now: () => TODAY + waited,
    });
    const readStart = { httpRequests: client.stats.httpRequests, restCalls: client.stats.restCalls };
    const ps = await readPortalState(client);
    const now = new Date(ps.info.readAt);
    expect(now.getTime()).toBe(TODAY);
    const data = await collectInMemory(client, { state: ps, thresholds: {}, windowDays: 30, now }, readStart);
    expect(data.errors).toEqual({});
    expect(data.wonDeals.length).toBeGreaterThan(0);
    expect(data.lostDeals.length).toBeGreaterThan(0);
    expect(data.recentDeals.length).toBeGreaterThan(0);
    expect(data.calls.length).toBeGreaterThan(0);
    expect(data.emailDeals.length).toBeGreaterThan(0);
  }, 120_000);

  it('the same --random-seed gives the same portal relative to the clock', () => {
    const a = seededState({ seed: 'large', deals: 300, randomSeed: 4 }, TODAY).state;
    const b = seededState({ seed: 'large', deals: 300, randomSeed: 4 }, TODAY + 86_400_000).state;
    const shift = (ms: number | null) => (ms === null ? null : ms - TODAY);
    const shiftB = (ms: number | null) => (ms === null ? null : ms - TODAY - 86_400_000);
    expect(b.deals.map((d) => [d.stageId, shiftB(d.dateCreate), shiftB(d.closeDate)])).toEqual(
      a.deals.map((d) => [d.stageId, shift(d.dateCreate), shift(d.closeDate)]),
    );
    expect(b.activities.map((x) => shiftB(x.created))).toEqual(a.activities.map((x) => shift(x.created)));
  });

  it('no activity is created after the portal clock', () => {
    const { state } = seededState({ seed: 'large', deals: 300 }, TODAY);
    expect(state.activities.every((a) => a.created < TODAY)).toBe(true);
  });
});
