import { afterEach, describe, expect, it } from 'vitest';
import { NaiveClient, NaiveError, rowsOf } from '../../bench/naive/client.js';
import { startHost, type SandboxHost } from '../../bench/sandbox-host.js';
import { freshPortalState, generatePortal } from '../../src/sandbox/index.js';

let host: SandboxHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

function fakeClock() {
  let now = 0;
  const waits: number[] = [];
  return {
    now: () => now,
    sleep: (ms: number) => {
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    },
    waits,
  };
}

describe('NaiveClient', () => {
  it('sends every REST call as its own HTTP request', async () => {
    host = await startHost({ state: freshPortalState(), limits: false, record: true });
    const client = new NaiveClient(host.url, { pace: false });
    await client.call('server.time');
    await client.call('crm.category.list', { entityTypeId: 2 });
    await client.call('crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE' } });
    expect(client.stats.httpRequests).toBe(3);
    expect(host.counts.httpRequests).toBe(3);
    expect(host.counts.restCalls).toBe(3);
    expect(host.log.map((c) => c.method)).toEqual(['server.time', 'crm.category.list', 'crm.status.list']);
    expect(host.counts.byMethod.batch).toBeUndefined();
  });

  it.each([
    [0, 1],
    [49, 1],
    [50, 1],
    [120, 3],
  ])('reads a list of %i rows by offset, 50 per request: %i requests', async (deals, requests) => {
    host = await startHost({ state: generatePortal({ seed: 3, deals }).state, limits: false, record: true });
    const client = new NaiveClient(host.url, { pace: false });
    const r = await client.listAll('crm.deal.list', { select: ['ID'] });
    expect(r.rows).toHaveLength(deals);
    expect(r.total).toBe(deals);
    expect(client.stats.httpRequests).toBe(requests);
    expect(host.log.map((c) => c.params.start)).toEqual(Array.from({ length: requests }, (_v, i) => i * 50));
  });

  it('paces itself like the SDK: a burst, then one request per 1 / perSecond', async () => {
    host = await startHost({ state: freshPortalState(), limits: false });
    const clock = fakeClock();
    const client = new NaiveClient(host.url, { pace: { burst: 2, perSecond: 1 }, ...clock });
    for (let i = 0; i < 4; i++) await client.call('server.time');
    expect(clock.waits).toEqual([1000, 1000]);
    expect(client.stats.waitedMs).toBe(2000);
    expect(host.counts.refused).toBe(0);
  });

  it('retries a 503 like the SDK (1.5 s, then 2.25 s) and then gives up with the portal error', async () => {
    host = await startHost({ state: freshPortalState(), limits: { burst: 1, drainPerSec: 0.0001 } });
    const clock = fakeClock();
    const client = new NaiveClient(host.url, { pace: false, ...clock });
    await client.call('server.time');
    const err = await client.call('server.time').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NaiveError);
    expect((err as NaiveError).status).toBe(503);
    expect((err as NaiveError).code).toBe('QUERY_LIMIT_EXCEEDED');
    expect(clock.waits).toEqual([1500, 2250]);
    expect(client.stats.retries).toBe(2);
    expect(client.stats.httpRequests).toBe(4);
    expect(host.counts.refused).toBe(3);
  });

  it('throws the portal error of a failed call, with its code', async () => {
    host = await startHost({ state: freshPortalState(), limits: false });
    const client = new NaiveClient(host.url, { pace: false });
    const err = await client.call('crm.no.such.method').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NaiveError);
    expect((err as NaiveError).code).toBe('ERROR_METHOD_NOT_FOUND');
  });
});

describe('rowsOf', () => {
  it.each([
    [[{ ID: 1 }], undefined, 1],
    [{ items: [{ id: 1 }, { id: 2 }] }, 'items', 2],
    [{ templates: { 3: { id: 3 } } }, 'templates', 1],
    [{ tasks: [] }, 'tasks', 0],
    [[], 'items', 0],
  ])('finds the rows of %j (items key %s): %i', (result, key, n) => {
    expect(rowsOf(result, key)).toHaveLength(n);
  });
});
