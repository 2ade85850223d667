import { describe, expect, it } from 'vitest';
import type { RestCall } from '../../src/portal/client.js';
import { B24Error } from '../../src/portal/errors.js';
import { scanSized, type SizedScan } from '../../src/portal/scan.js';
import { createTransport } from '../../src/portal/transport.js';
import type { Wire, WireResponse } from '../../src/portal/wire.js';
import { createEmulator, generatePortal, type SandboxState } from '../../src/sandbox/index.js';
import { createRng } from '../../src/sandbox/prng.js';
import { VirtualScheduler } from './helpers/virtual-time.js';

const START = Date.UTC(2026, 0, 15, 9, 0, 0);

interface Sent {
  method: string;
  params: Record<string, unknown>;
  sentAt: number;
  arrivedAt: number;
  status: number;
}

/**
 * The sandbox portal with the standard plan's bucket (50 at once, then 2 per second) behind a network
 * whose latency each way is drawn from a seeded generator: requests sent in one order can arrive in
 * another. The portal's bucket fills when a request arrives, as the real front does.
 */
function jitteredPortal(opts: {
  seed: number;
  state?: SandboxState;
  latency?: [number, number];
  maxInFlight?: number;
  tier?: 'auto' | 'standard';
  /** A failing front that answers at once instead of the portal, for the requests it returns an answer for. */
  front?: (method: string, params: Record<string, unknown>) => WireResponse | undefined;
}) {
  const time = new VirtualScheduler(START);
  const emulator = createEmulator({
    state: opts.state ?? generatePortal({ seed: 3, deals: 200, activities: 0, tasks: 0, calls: 0 }).state,
    clock: { now: time.now },
    limits: {},
  });
  const rng = createRng(opts.seed);
  const [lo, hi] = opts.latency ?? [20, 400];
  const sent: Sent[] = [];
  let open = 0;
  let peak = 0;
  const wire: Wire = {
    host: 'jitter.example',
    kind: 'http',
    async send(method, params): Promise<WireResponse> {
      open += 1;
      peak = Math.max(peak, open);
      const sentAt = time.now();
      const front = opts.front?.(method, params);
      if (front === undefined) await time.sleep(rng.int(lo, hi));
      const arrivedAt = time.now();
      const res =
        front ??
        (await emulator.handle({
          method,
          params: JSON.parse(JSON.stringify(params)) as Record<string, unknown>,
        }));
      sent.push({ method, params, sentAt, arrivedAt, status: res.status });
      if (front === undefined) await time.sleep(rng.int(lo, hi));
      open -= 1;
      const body: unknown = res.body === undefined ? undefined : JSON.parse(JSON.stringify(res.body));
      return res.text !== undefined
        ? { status: res.status, body, text: res.text }
        : { status: res.status, body };
    },
  };
  const client = createTransport(wire, {
    tier: opts.tier ?? 'standard',
    sleep: time.sleep,
    now: time.now,
    maxInFlight: opts.maxInFlight ?? 6,
  });
  return { time, client, emulator, sent, peak: () => peak };
}

const dealById = (id: number): RestCall => ({
  method: 'crm.deal.list',
  params: { filter: { ID: id }, select: ['ID'] },
});

const refused = (sent: readonly Sent[]) => sent.filter((s) => s.status === 503).length;

const html500 = (title: string): WireResponse => ({
  status: 500,
  body: undefined,
  text: `<h1>${title}</h1>`,
});

/** The first key of a batch request: which slice of the calls it carries. */
const firstKey = (params: Record<string, unknown>): string => Object.keys(params.cmd as object)[0] ?? '';

/** The deal id each `dealById` call answered with. */
function idsOf(items: ReadonlyArray<{ result?: unknown }>): number[] {
  return items.map((i) => Number((i.result as Array<{ ID: string }>)[0]?.ID));
}

describe('several requests in flight under the portal’s bucket (sandbox, seeded jitter)', () => {
  it.each([
    [1, 'standard'],
    [2, 'standard'],
    [3, 'auto'],
    [4, 'auto'],
  ] as const)(
    'seed %i, tier %s: 120 requests of reads overlap up to the limit, in order, never refused, at the pace floor',
    async (seed, tier) => {
      const p = jitteredPortal({ seed, maxInFlight: 6, tier });
      const calls = Array.from({ length: 120 * 50 }, (_, i) => dealById((i % 200) + 1));
      const items = await p.time.run(() => p.client.batch(calls));
      expect(idsOf(items)).toEqual(calls.map((_, i) => (i % 200) + 1));
      // With tier auto, app.info is asked once when the pace starts to matter.
      expect(p.client.stats.httpRequests).toBe(tier === 'auto' ? 121 : 120);
      expect(p.sent.filter((s) => s.method === 'app.info')).toHaveLength(tier === 'auto' ? 1 : 0);
      expect(refused(p.sent)).toBe(0);
      expect(p.client.stats.retries).toBe(0);
      expect(p.peak()).toBe(6);
      // 49 go at once, then 2 per second: (120 - 49) / 2 s, plus the last round trip (≤ 800 ms); app.info
      // takes one more slot and one round trip of its own.
      const floorMs = ((120 - 49) / 2) * 1000;
      const lookupMs = tier === 'auto' ? 500 + 800 : 0;
      expect(p.time.now() - START).toBeGreaterThanOrEqual(floorMs);
      expect(p.time.now() - START).toBeLessThanOrEqual(floorMs + 800 + lookupMs);
    },
  );

  it('one request at a time (maxInFlight 1) sends the same requests, only slower', async () => {
    const p = jitteredPortal({ seed: 1, maxInFlight: 1 });
    const calls = Array.from({ length: 60 * 50 }, (_, i) => dealById((i % 200) + 1));
    await p.time.run(() => p.client.batch(calls));
    expect([p.client.stats.httpRequests, p.peak(), refused(p.sent)]).toEqual([60, 1, 0]);
  });

  it('writes without halt still go one request after another, in order', async () => {
    const p = jitteredPortal({ seed: 2, maxInFlight: 6 });
    const calls: RestCall[] = Array.from({ length: 150 }, (_, i) => ({
      method: 'crm.status.add',
      params: { fields: { ENTITY_ID: 'SOURCE', STATUS_ID: `SRC_${i}`, NAME: `Source ${i}` } },
    }));
    const items = await p.time.run(() => p.client.batch(calls));
    expect(items.every((i) => i.ok)).toBe(true);
    expect(p.peak()).toBe(1);
    expect(p.sent.map((s) => Object.keys(s.params.cmd as object)[0])).toEqual(['c0', 'c50', 'c100']);
  });

  it('a request that keeps failing: the read is retried as before, nothing after it is sent, its error is thrown', async () => {
    // The third request (calls 100…149) meets a failing front every time.
    const p = jitteredPortal({
      seed: 4,
      maxInFlight: 3,
      front: (m, params) =>
        m === 'batch' && firstKey(params) === 'c100' ? html500('front down') : undefined,
    });
    const calls = Array.from({ length: 60 * 50 }, (_, i) => dealById((i % 200) + 1));
    const err = await p.time.run(() => p.client.batch(calls).catch((e: unknown) => e));
    expect(err).toBeInstanceOf(B24Error);
    expect((err as B24Error).category).toBe('server');
    expect((err as B24Error).method).toBe('batch[crm.deal.list ×50]');
    const third = p.sent.filter((s) => firstKey(s.params) === 'c100');
    expect(third).toHaveLength(4); // 1 + 3 retries of a read, as with one request at a time
    // Requests that had not started when the third one gave up were never sent.
    const gaveUpAt = third.at(-1)!.arrivedAt;
    expect(p.sent.filter((s) => s.sentAt > gaveUpAt)).toEqual([]);
    expect(p.client.stats.httpRequests).toBeLessThan(60 + 3);
  });

  it('the error of the earliest failed request is the one thrown, even when a later one failed first', async () => {
    const p = jitteredPortal({
      seed: 5,
      maxInFlight: 4,
      latency: [10, 20],
      front: (m, params) => {
        if (m !== 'batch') return undefined;
        // Request 2 fails after its retries; request 4 fails at once with an error that is never retried.
        if (firstKey(params) === 'c50') return html500('front of request 2');
        if (firstKey(params) === 'c150')
          return {
            status: 401,
            body: { error: 'INVALID_CREDENTIALS', error_description: 'Invalid request credentials' },
          };
        return undefined;
      },
    });
    const calls = Array.from({ length: 4 * 50 }, (_, i) => dealById((i % 200) + 1));
    const err = (await p.time.run(() => p.client.batch(calls).catch((e: unknown) => e))) as B24Error;
    expect(err).toBeInstanceOf(B24Error);
    expect([err.category, err.description]).toEqual(['server', 'not JSON: front of request 2']);
    const order = p.sent.filter((s) => s.status !== 200).map((s) => `${firstKey(s.params)}:${s.status}`);
    // Request 4 had failed before request 2 gave up.
    expect(order.indexOf('c150:401')).toBeLessThan(order.lastIndexOf('c50:500'));
    expect(order.filter((o) => o === 'c50:500')).toHaveLength(4);
  });
});

describe('batchMany: independent groups at once', () => {
  const group = (g: number, n = 50, bad?: number): RestCall[] =>
    Array.from({ length: n }, (_, i) => ({
      method: 'crm.status.add',
      params: {
        fields: { ENTITY_ID: 'SOURCE', STATUS_ID: `G${g}_${i}`, NAME: i === bad ? '' : `Group ${g} #${i}` },
      },
    }));

  it('sends groups side by side, up to the limit, and returns their outcomes in order', async () => {
    const p = jitteredPortal({ seed: 6, maxInFlight: 3 });
    const progress: number[] = [];
    const out = await p.time.run(() =>
      p.client.batchMany(
        Array.from({ length: 7 }, (_, g) => group(g)),
        { halt: true, onProgress: (d) => progress.push(d) },
      ),
    );
    expect(out.map((o) => o.state)).toEqual(Array(7).fill('done'));
    expect(out.every((o) => o.state === 'done' && o.items.every((i) => i.ok))).toBe(true);
    expect(p.peak()).toBe(3);
    expect(p.client.stats.httpRequests).toBe(7);
    expect(progress.at(-1)).toBe(350);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const sources = p.emulator.state.statuses.filter(
      (s) => s.entityId === 'SOURCE' && s.statusId.startsWith('G'),
    );
    expect(sources).toHaveLength(350);
  });

  it('a group whose write meets a 500 is failed with an unknown outcome; groups not started are not sent', async () => {
    const p = jitteredPortal({
      seed: 7,
      maxInFlight: 3,
      latency: [50, 60],
      front: (m, params) =>
        m === 'batch' && String(Object.values(params.cmd as object)[0]).includes('G1_0')
          ? html500('gateway')
          : undefined,
    });
    const out = await p.time.run(() =>
      p.client.batchMany(
        Array.from({ length: 5 }, (_, g) => group(g)),
        { halt: true },
      ),
    );
    expect(out.map((o) => o.state)).toEqual(['done', 'failed', 'done', 'not-sent', 'not-sent']);
    const failed = out[1] as { state: 'failed'; error: unknown };
    expect(failed.error).toBeInstanceOf(B24Error);
    expect((failed.error as B24Error).category).toBe('unknown_outcome');
    // The write was sent once, never repeated.
    expect(p.sent.filter((s) => s.status === 500)).toHaveLength(1);
  });

  it('with halt, a failed call stops the groups not yet started; keepGoing sends them all', async () => {
    const stopped = jitteredPortal({ seed: 8, maxInFlight: 1 });
    const groups = [group(0), group(1, 50, 3), group(2), group(3)];
    const a = await stopped.time.run(() => stopped.client.batchMany(groups, { halt: true }));
    expect(a.map((o) => o.state)).toEqual(['done', 'done', 'not-sent', 'not-sent']);
    const g1 = a[1] as { state: 'done'; items: Array<{ ok: boolean; error?: { code: string } }> };
    expect(g1.items.slice(0, 3).every((i) => i.ok)).toBe(true);
    expect(g1.items[3]?.ok).toBe(false);
    expect(g1.items[4]?.error?.code).toBe('B24CFG_NOT_EXECUTED');

    const going = jitteredPortal({ seed: 8, maxInFlight: 1 });
    const b = await going.time.run(() => going.client.batchMany(groups, { halt: true, keepGoing: true }));
    expect(b.map((o) => o.state)).toEqual(['done', 'done', 'done', 'done']);
  });
});

describe('scans side by side (scanSized over the sandbox)', () => {
  it('three scans: every row once and in id order, ceil(pages / 50) requests, chains never overlap, never refused', async () => {
    const { state } = generatePortal({ seed: 9, deals: 6000, activities: 0, tasks: 0, calls: 0 });
    const p = jitteredPortal({ seed: 9, state, maxInFlight: 4 });
    const filters = [{}, { CATEGORY_ID: 0 }, { '>OPPORTUNITY': 50_000 }];
    const scans: SizedScan[] = [];
    const totals = await p.time.run(() =>
      p.client.batch(
        filters.map((filter) => ({ method: 'crm.deal.list', params: { filter, select: ['ID'], start: 0 } })),
      ),
    );
    filters.forEach((filter, i) => {
      scans.push({
        method: 'crm.deal.list',
        pageParams: (cursor) => ({
          filter: { ...filter, '>ID': cursor },
          select: ['ID'],
          order: { ID: 'ASC' },
          start: -1,
        }),
        rowIdKey: 'ID',
        pages: Math.ceil((totals[i]?.total ?? 0) / 50),
      });
    });
    const pages = scans.reduce((n, s) => n + s.pages, 0);
    expect(pages).toBeGreaterThan(150);
    const seen: number[][] = scans.map(() => []);
    const before = p.sent.length;
    const results = await p.time.run(() =>
      scanSized(p.client, scans, {
        onPage: (s, rows) => void seen[s]!.push(...rows.map((r) => Number(r.ID))),
      }),
    );
    const scanRequests = p.sent.slice(before);
    expect(scanRequests).toHaveLength(Math.ceil(pages / 50));
    expect(refused(p.sent)).toBe(0);
    expect(p.peak()).toBeGreaterThan(1);
    for (let i = 0; i < filters.length; i++) {
      expect(seen[i]).toHaveLength(totals[i]?.total ?? -1);
      expect(seen[i]).toEqual([...seen[i]!].sort((a, b) => a - b));
      expect(results[i]).toEqual({ pages: scans[i]!.pages, rows: totals[i]?.total });
    }
    // A scan's next request leaves only after its previous one is answered.
    for (let s = 0; s < scans.length; s++) {
      const mine = scanRequests.filter((r) =>
        Object.keys(r.params.cmd as object).some((k) => k.startsWith(`s${s}p`)),
      );
      for (let k = 1; k < mine.length; k++) expect(mine[k]!.sentAt).toBeGreaterThan(mine[k - 1]!.arrivedAt);
    }
  });
});
