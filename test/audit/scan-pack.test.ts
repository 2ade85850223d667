import { describe, expect, it } from 'vitest';
import type { PlannedScan } from '../../src/audit/collect-plan.js';
import { pagesFor, runScans } from '../../src/audit/scan-pack.js';
import type { B24Client, BatchItemResult, RestCall } from '../../src/portal/client.js';

type Row = Record<string, unknown>;

/** runScans with every page kept, scan by scan. */
async function scanAll(
  client: B24Client,
  scans: Parameters<typeof runScans>[1],
  onProgress?: (done: number, total: number) => void,
) {
  const rows: Row[][] = scans.map(() => []);
  const out = await runScans(client, scans, (i, page) => void rows[i]?.push(...page), onProgress);
  return out.map((o, i) => ({ ...o, count: o.rows, rows: rows[i] ?? [] }));
}

/** A fake portal holding id lists per method; it resolves `$result[key][…][49][id]` like batch does. */
function fakeClient(tables: Record<string, number[]>, failOn?: { method: string; after: number }) {
  const requests: RestCall[][] = [];
  const client = {
    host: 'fake',
    kind: 'http',
    stats: { httpRequests: 0, restCalls: 0, retries: 0, waitedMs: 0, byMethod: {} },
    batch(calls: readonly RestCall[]): Promise<BatchItemResult[]> {
      expect(calls.length).toBeLessThanOrEqual(50);
      requests.push([...calls]);
      const results = new Map<string, unknown>();
      const out: BatchItemResult[] = [];
      for (const c of calls) {
        const filter = (c.params.filter ?? c.params.FILTER) as Record<string, unknown>;
        const [key, raw] = Object.entries(filter).find(([k]) => k.startsWith('>')) ?? ['', 0];
        let cursor = raw;
        const ref = typeof raw === 'string' ? /^\$result\[(\w+)\](.*)$/.exec(raw) : null;
        if (ref) {
          let v = results.get(ref[1] as string);
          for (const seg of (ref[2] as string).matchAll(/\[(\w+)\]/g))
            v = (v as Record<string, unknown> | undefined)?.[seg[1] as string];
          cursor = v ?? '';
        }
        const ids = (tables[c.method] ?? []).filter((id) => id > Number(cursor)).slice(0, 50);
        if (failOn && c.method === failOn.method && Number(cursor) >= failOn.after) {
          out.push({
            key: c.key as string,
            ok: false,
            error: { code: 'QUERY_LIMIT_EXCEEDED', description: 'too many' },
          });
          continue;
        }
        const idKey = key.slice(1);
        const rows = ids.map((id) => ({ [idKey]: id }));
        const result = c.method === 'crm.item.list' ? { items: rows } : rows;
        results.set(c.key as string, result);
        out.push({ key: c.key as string, ok: true, result });
      }
      return Promise.resolve(out);
    },
  } as unknown as B24Client;
  return { client, requests };
}

const FAMILY: Record<string, PlannedScan['family']> = {
  'crm.item.list': 'openDeals',
  'crm.activity.list': 'openActivities',
  'tasks.task.list': 'tasks',
};

const scan = (
  method: string,
  idField: string,
  itemsKey?: string,
  family = FAMILY[method] ?? 'calls',
): PlannedScan => ({
  family,
  method,
  filter: {},
  idField,
  filterIdKey: idField,
  ...(itemsKey ? { itemsKey } : {}),
  sizeCount: 'x',
});
const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i * 3);

describe('scans packed 50 pages to a request', () => {
  it.each([
    [0, 0],
    [1, 1],
    [50, 1],
    [51, 2],
    [2500, 50],
  ])('%s rows take %s pages', (rows, pages) => {
    expect(pagesFor(rows)).toBe(pages);
  });

  it('reads every row of three scans in ceil(total pages / 50) requests', async () => {
    const tables = {
      'crm.item.list': ids(60 * 50 + 7),
      'crm.activity.list': ids(25 * 50),
      'tasks.task.list': ids(30),
    };
    const { client, requests } = fakeClient(tables);
    const out = await scanAll(client, [
      { scan: scan('crm.item.list', 'id', 'items'), total: 60 * 50 + 7 },
      { scan: scan('crm.activity.list', 'ID'), total: 25 * 50 },
      { scan: scan('tasks.task.list', 'ID'), total: 30 },
    ]);
    expect(out.map((o) => o.rows.length)).toEqual([3007, 1250, 30]);
    expect(out.map((o) => o.pages)).toEqual([61, 25, 1]);
    expect(requests.length).toBe(Math.ceil((61 + 25 + 1) / 50));
    // Rows come back in id order with no gaps or repeats.
    expect(out[0]?.rows.map((r) => r.id)).toEqual(tables['crm.item.list']);
  });

  it('stops a scan whose rows ran out sooner than counted, without an error', async () => {
    const { client, requests } = fakeClient({ 'crm.activity.list': ids(120) });
    const progress: Array<[number, number]> = [];
    const [o] = await scanAll(client, [{ scan: scan('crm.activity.list', 'ID'), total: 400 }], (d, t) =>
      progress.push([d, t]),
    );
    expect(o?.rows.length).toBe(120);
    expect(o?.error).toBeUndefined();
    expect(requests.length).toBe(1);
    expect(progress.at(-1)).toEqual([8, 8]);
  });

  it('a failing page ends its scan with the error; the other scan finishes', async () => {
    const { client } = fakeClient(
      { 'crm.activity.list': ids(500), 'tasks.task.list': ids(100) },
      { method: 'crm.activity.list', after: 100 },
    );
    const out = await scanAll(client, [
      { scan: scan('crm.activity.list', 'ID'), total: 500 },
      { scan: scan('tasks.task.list', 'ID'), total: 100 },
    ]);
    expect(out[0]?.error).toEqual({
      method: 'crm.activity.list',
      code: 'QUERY_LIMIT_EXCEEDED',
      description: 'too many',
    });
    expect(out[1]?.rows.length).toBe(100);
  });

  it('scans of one family arrive as one list: ascending, each id once, under the first scan', async () => {
    // Open tasks (every third id from 1) and finished ones (from 2, some ids in both: a task that
    // changed between the two reads), packed into the same requests.
    const open = ids(130);
    const finished = [...ids(70, 2), ...open.slice(100, 110)].sort((a, b) => a - b);
    const { client, requests } = fakeClient({ 'open.list': open, 'finished.list': finished });
    const pages: Array<{ scan: number; ids: number[] }> = [];
    const out = await runScans(
      client,
      [
        { scan: scan('open.list', 'ID', undefined, 'tasks'), total: open.length },
        { scan: scan('finished.list', 'ID', undefined, 'tasks'), total: finished.length },
      ],
      (i, page) => void pages.push({ scan: i, ids: page.map((r) => Number(r.ID)) }),
    );
    expect(requests.length).toBe(1);
    expect(pages.every((p) => p.scan === 0)).toBe(true);
    const seen = pages.flatMap((p) => p.ids);
    expect(seen).toEqual([...new Set([...open, ...finished])].sort((a, b) => a - b));
    expect(out.map((o) => o.rows)).toEqual([open.length, finished.length]);
  });

  it('a family whose second scan fails still hands over what both read, in id order', async () => {
    const { client } = fakeClient(
      { 'open.list': ids(60), 'finished.list': ids(300, 2) },
      { method: 'finished.list', after: 100 },
    );
    const seen: number[] = [];
    const out = await runScans(
      client,
      [
        { scan: scan('open.list', 'ID', undefined, 'tasks'), total: 60 },
        { scan: scan('finished.list', 'ID', undefined, 'tasks'), total: 300 },
      ],
      (_i, page) => void seen.push(...page.map((r) => Number(r.ID))),
    );
    expect(out[1]?.error?.code).toBe('QUERY_LIMIT_EXCEEDED');
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.length).toBe(new Set(seen).size);
    expect(seen).toEqual(expect.arrayContaining(ids(60)));
  });

  it('nothing to read costs nothing', async () => {
    const { client, requests } = fakeClient({});
    const out = await scanAll(client, [{ scan: scan('crm.item.list', 'id', 'items'), total: 0 }]);
    expect(out[0]?.rows).toEqual([]);
    expect(requests.length).toBe(0);
  });
});
