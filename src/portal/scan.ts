import { malformed } from './malformed.js';
import type { B24Client } from './client.js';

/**
 * Full scans at the request floor (DESIGN.md §5: 100 000 deals ≈ 40 requests of 50 pages). The
 * transport's `list` walks the ID cursor and chains up to 50 pages per batch request with `$result`
 * references (src/portal/transport.ts, method quirks in method-kinds.ts); this adapter only shapes
 * the request for data checks.
 */
export interface ScanSpec {
  method: string;
  /** Filter without the cursor condition. */
  filter?: Record<string, unknown>;
  select: readonly string[];
  /** Extra top-level params (e.g. entityTypeId for crm.item.list). */
  params?: Record<string, unknown>;
  /** Upper-case FILTER/SELECT for methods that want it (user.get). */
  upperKeys?: boolean;
}

export const PAGE_SIZE = 50;

export async function scanAll<T extends Record<string, unknown> = Record<string, unknown>>(
  client: B24Client,
  spec: ScanSpec,
  opts: { pageCap?: number; onProgress?: (rows: number) => void } = {},
): Promise<T[]> {
  const params: Record<string, unknown> = {
    ...spec.params,
    [spec.upperKeys ? 'FILTER' : 'filter']: { ...spec.filter },
    [spec.upperKeys ? 'SELECT' : 'select']: [...spec.select],
  };
  return client.list<T>(spec.method, params, {
    filterKey: spec.upperKeys ? 'FILTER' : 'filter',
    pageCap: opts.pageCap,
    onProgress: opts.onProgress,
  });
}

function pageRows(
  result: unknown,
  spec: { method: string; itemsKey?: string },
): Array<Record<string, unknown>> {
  const v =
    spec.itemsKey && result !== null && typeof result === 'object' && !Array.isArray(result)
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
    const rows = pageRows(r.result, { method: q.method, itemsKey: itemsKeyOf(r.result) });
    out.set(q.id, r.total ?? rows.length);
  });
  return out;
}

function itemsKeyOf(result: unknown): string | undefined {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return undefined;
  const keys = Object.keys(result);
  return keys.includes('items') ? 'items' : keys.includes('tasks') ? 'tasks' : undefined;
}
