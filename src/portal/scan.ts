import { malformed } from './malformed.js';
import type { B24Client, RestCall } from './client.js';

/**
 * Full scans at the request floor (DESIGN.md §5: 100 000 deals = 40 requests of 50 pages).
 * The ID cursor (start=-1, order by id, filter ">ID": last — rest-map §13, docs settings/performance/
 * huge-data.md) makes every page depend on the previous one, so the pages of one request are chained
 * with batch references: page k filters on `$result[page k-1][49][ID]`, the 50th row of the page
 * before it (rest-map §14: "$result[x][0][ID]" indexes list rows).
 * When a page comes back short, the scan is over: that reference cannot resolve for the next page, so
 * every page after the first short one is discarded unread.
 */
export interface ScanSpec {
  method: string;
  /** Filter without the cursor condition. */
  filter?: Record<string, unknown>;
  select: readonly string[];
  /** Field name in the response rows: 'ID' (crm.*.list) or 'id' (crm.item.list, tasks.task.list). */
  idField: string;
  /** Field name in filter/order: 'ID' or 'id'. */
  filterIdKey?: string;
  /** Rows sit in result[itemsKey] (crm.item.list: items, tasks.task.list: tasks). */
  itemsKey?: string;
  /** Extra top-level params (e.g. entityTypeId for crm.item.list). */
  params?: Record<string, unknown>;
  /** Upper-case FILTER/ORDER/SELECT for methods that want it. */
  upperKeys?: boolean;
}

export const PAGE_SIZE = 50;

export async function scanAll<T extends Record<string, unknown> = Record<string, unknown>>(
  client: B24Client,
  spec: ScanSpec,
  opts: { pagesPerRequest?: number; pageCap?: number; onProgress?: (rows: number) => void } = {},
): Promise<T[]> {
  const per = Math.max(1, Math.min(50, opts.pagesPerRequest ?? 50));
  const cap = opts.pageCap ?? 100_000;
  const fk = spec.filterIdKey ?? spec.idField;
  const K = spec.upperKeys ? { filter: 'FILTER', order: 'ORDER', select: 'SELECT' } : { filter: 'filter', order: 'order', select: 'select' };
  const rows: T[] = [];
  let last: number | string = 0;
  let pages = 0;
  for (;;) {
    const calls: RestCall[] = [];
    for (let i = 0; i < per; i++) {
      const key = `s${i}`;
      const cursor =
        i === 0
          ? last
          : `$result[s${i - 1}]${spec.itemsKey ? `[${spec.itemsKey}]` : ''}[${PAGE_SIZE - 1}][${spec.idField}]`;
      calls.push({
        key,
        method: spec.method,
        params: {
          ...spec.params,
          [K.filter]: { ...spec.filter, [`>${fk}`]: cursor },
          [K.order]: { [fk]: 'ASC' },
          [K.select]: [...spec.select],
          start: -1,
        },
      });
    }
    const results = await client.batch(calls, { repeatable: true });
    const byKey = new Map(results.map((r) => [r.key, r]));
    let done = false;
    for (let i = 0; i < per && !done; i++) {
      const r = byKey.get(`s${i}`);
      if (!r) throw malformed(spec.method, `page ${i} missing from the batch answer`);
      if (!r.ok) throw malformed(spec.method, `${r.error?.code || 'error'}: ${r.error?.description ?? ''}`);
      const page = pageRows(r.result, spec);
      rows.push(...(page as T[]));
      pages++;
      if (page.length < PAGE_SIZE) done = true;
      else {
        const id = page[PAGE_SIZE - 1]?.[spec.idField];
        if (typeof id !== 'number' && typeof id !== 'string') throw malformed(spec.method, `rows have no ${spec.idField}`);
        last = id;
      }
    }
    opts.onProgress?.(rows.length);
    if (done) return rows;
    if (pages >= cap) throw malformed(spec.method, `more than ${cap} pages: scan stopped`);
  }
}

function pageRows(result: unknown, spec: ScanSpec): Array<Record<string, unknown>> {
  const v = spec.itemsKey && result !== null && typeof result === 'object' && !Array.isArray(result)
    ? (result as Record<string, unknown>)[spec.itemsKey]
    : result;
  if (Array.isArray(v)) return v as Array<Record<string, unknown>>;
  // An empty map may come back as [] or {} (rest-map §14).
  if (v !== null && typeof v === 'object' && Object.keys(v).length === 0) return [];
  throw malformed(spec.method, 'a page is not a list');
}

/** Counts for many filters in one request each 50: start=0 + select ID gives `total` (rest-map §13). */
export async function countMany(
  client: B24Client,
  queries: ReadonlyArray<{ id: string; method: string; params: Record<string, unknown> }>,
): Promise<Map<string, number>> {
  const results = await client.batch(
    queries.map((q, i) => ({ key: `q${i}`, method: q.method, params: { ...q.params, start: 0 } })),
    { repeatable: true },
  );
  const out = new Map<string, number>();
  queries.forEach((q, i) => {
    const r = results.find((x) => x.key === `q${i}`);
    if (!r || !r.ok) throw malformed(q.method, r?.error?.description || r?.error?.code || 'count failed');
    const rows = pageRows(r.result, { method: q.method, select: [], idField: 'ID', itemsKey: itemsKeyOf(r.result) });
    out.set(q.id, r.total ?? rows.length);
  });
  return out;
}

function itemsKeyOf(result: unknown): string | undefined {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  const keys = Object.keys(result);
  return keys.includes('items') ? 'items' : keys.includes('tasks') ? 'tasks' : undefined;
}
