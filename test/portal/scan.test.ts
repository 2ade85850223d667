import { describe, expect, it } from 'vitest';
import { scanSized, type SizedScan } from '../../src/portal/scan.js';
import { createTransport } from '../../src/portal/transport.js';
import type { Wire, WireResponse } from '../../src/portal/wire.js';
import { listHandler, portalResponder } from './helpers/list-portal.js';
import { VirtualScheduler } from './helpers/virtual-time.js';

interface Request {
  keys: string[];
  sentAt: number;
  answeredAt: number;
}

/**
 * Tables of ids 1…n per method behind a transport, each request taking `latency` ms of virtual time;
 * a method named in `failing` answers its pages with an error.
 */
function setup(
  tables: Record<string, number>,
  opts: { latency?: number; maxInFlight?: number; failing?: string } = {},
) {
  const time = new VirtualScheduler();
  const handlers = Object.fromEntries(Object.entries(tables).map(([m, n]) => [m, listHandler(n)]));
  const respond = portalResponder((method, params) =>
    method === opts.failing
      ? { error: 'ACCESS_DENIED', error_description: 'no access to this list' }
      : (handlers[method] ?? listHandler(0))(method, params),
  );
  const requests: Request[] = [];
  let open = 0;
  let peak = 0;
  const wire: Wire = {
    host: 'scan.test',
    kind: 'http',
    paced: false,
    async send(method, params): Promise<WireResponse> {
      open += 1;
      peak = Math.max(peak, open);
      const r: Request = { keys: Object.keys(params.cmd as object), sentAt: time.now(), answeredAt: 0 };
      requests.push(r);
      await time.sleep(opts.latency ?? 100);
      r.answeredAt = time.now();
      open -= 1;
      return respond(method, params);
    },
  };
  const client = createTransport(wire, {
    sleep: time.sleep,
    now: time.now,
    maxInFlight: opts.maxInFlight ?? 4,
  });
  return { time, client, requests, peak: () => peak };
}

const scan = (method: string, rows: number): SizedScan => ({
  method,
  pageParams: (cursor) => ({ filter: { '>ID': cursor }, order: { ID: 'ASC' }, start: -1 }),
  rowIdKey: 'ID',
  pages: Math.ceil(rows / 50),
});

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('scanSized', () => {
  it('reads every row, 50 pages to a request but the last, the longest scan first', async () => {
    const s = setup({ a: 61 * 50 - 13, b: 25 * 50, c: 30 });
    const got: Record<number, number[]> = { 0: [], 1: [], 2: [] };
    const out = await s.time.run(() =>
      scanSized(s.client, [scan('a', 61 * 50 - 13), scan('b', 25 * 50), scan('c', 30)], {
        onPage: (i, rows) => void got[i]!.push(...rows.map((r) => Number(r.ID))),
      }),
    );
    expect(got).toEqual({ 0: range(61 * 50 - 13), 1: range(1250), 2: range(30) });
    expect(out).toEqual([
      { pages: 61, rows: 3037 },
      { pages: 25, rows: 1250 },
      { pages: 1, rows: 30 },
    ]);
    expect(s.requests.map((r) => r.keys.length)).toEqual([50, 37]);
    expect(s.requests[0]!.keys.every((k) => k.startsWith('s0p'))).toBe(true);
  });

  it('scans of different lists overlap; the requests of one scan never do', async () => {
    const s = setup({ a: 150 * 50, b: 150 * 50, c: 100 * 50 }, { latency: 200, maxInFlight: 3 });
    await s.time.run(() => scanSized(s.client, [scan('a', 7500), scan('b', 7500), scan('c', 5000)]));
    expect(s.requests).toHaveLength(8);
    expect(s.peak()).toBe(3);
    // Three chains side by side: 3 rounds of 200 ms, not 8.
    expect(s.time.now()).toBe(600);
    for (const prefix of ['s0p', 's1p', 's2p']) {
      const mine = s.requests.filter((r) => r.keys.some((k) => k.startsWith(prefix)));
      for (let k = 1; k < mine.length; k++)
        expect(mine[k]!.sentAt).toBeGreaterThanOrEqual(mine[k - 1]!.answeredAt);
    }
  });

  it('waits to fill a request rather than send one more than the floor', async () => {
    const s = setup({ a: 80 * 50, b: 30 * 50, c: 30 * 50 });
    const progress: Array<[number, number]> = [];
    await s.time.run(() =>
      scanSized(s.client, [scan('a', 4000), scan('b', 1500), scan('c', 1500)], {
        onProgress: (d, t) => progress.push([d, t]),
      }),
    );
    // 140 pages: 3 requests, every one full but the last.
    expect(s.requests.map((r) => r.keys.length)).toEqual([50, 50, 40]);
    expect(progress.at(-1)).toEqual([140, 140]);
  });

  it('hands pages over one at a time and waits for a slow consumer before that scan reads on', async () => {
    const s = setup({ a: 3 * 50 * 50, b: 2 * 50 * 50 }, { latency: 10 });
    let busy = false;
    const order: string[] = [];
    await s.time.run(() =>
      scanSized(s.client, [scan('a', 7500), scan('b', 5000)], {
        onPage: async (i) => {
          expect(busy).toBe(false);
          busy = true;
          await s.time.sleep(5);
          busy = false;
          order.push(`${i}`);
        },
      }),
    );
    expect(order.filter((x) => x === '0')).toHaveLength(150);
    // Page handling (250 × 5 ms) and not the network (5 requests × 10 ms) sets the pace.
    expect(s.time.now()).toBeGreaterThanOrEqual(1250);
  });

  it('a list whose rows ran out sooner than counted stops without an error', async () => {
    const s = setup({ a: 120 });
    const out = await s.time.run(() => scanSized(s.client, [scan('a', 400)]));
    expect(out).toEqual([{ pages: 3, rows: 120 }]);
    expect(s.requests).toHaveLength(1);
  });

  it('a failing page ends its scan with the error; the other scans finish', async () => {
    const s = setup({ a: 500, b: 100 }, { failing: 'a' });
    const out = await s.time.run(() => scanSized(s.client, [scan('a', 500), scan('b', 100)]));
    expect(out[0]).toEqual({
      pages: 0,
      rows: 0,
      error: { method: 'a', code: 'ACCESS_DENIED', description: 'no access to this list' },
    });
    expect(out[1]).toEqual({ pages: 2, rows: 100 });
  });

  it('a request that fails as a whole ends the pass with its error once the others are back', async () => {
    const s = setup({ a: 200 * 50, b: 200 * 50 });
    const wireSend = s.client.batch.bind(s.client);
    let n = 0;
    const failing = {
      batch: (calls: Parameters<typeof wireSend>[0]) => {
        n += 1;
        return n === 3 ? Promise.reject(new Error('the portal went away')) : wireSend(calls);
      },
    };
    await expect(
      s.time.run(() => scanSized(failing, [scan('a', 10_000), scan('b', 10_000)])),
    ).rejects.toThrow('the portal went away');
    // The two chains were in flight; after the failure no new request went.
    expect(s.requests.length).toBeLessThanOrEqual(3);
  });

  it('nothing to read costs nothing', async () => {
    const s = setup({});
    expect(await s.time.run(() => scanSized(s.client, [scan('a', 0)]))).toEqual([{ pages: 0, rows: 0 }]);
    expect(s.requests).toEqual([]);
  });

  it('names pages by scan and chains them with $result references to the last row', async () => {
    const s = setup({ a: 120 });
    const seen: string[] = [];
    const client = {
      batch: (calls: Parameters<typeof s.client.batch>[0]) => {
        for (const c of calls)
          seen.push(`${c.key}:${String((c.params.filter as Record<string, unknown>)['>ID'])}`);
        return s.client.batch(calls);
      },
    };
    await s.time.run(() => scanSized(client, [{ ...scan('a', 120), after: 7 }]));
    expect(seen).toEqual(['s0p0:7', 's0p1:$result[s0p0][49][ID]', 's0p2:$result[s0p1][49][ID]']);
  });
});
