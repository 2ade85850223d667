import type { B24Client, BatchItemResult, RestCall } from '../portal/client.js';
import type { PlannedScan } from './collect-plan.js';
import type { FamilyError } from './types.js';

/** Rows per list page (rest-map §14) and commands per batch request. */
export const PAGE_SIZE = 50;
export const BATCH_SLOTS = 50;

export interface ScanOutcome {
  rows: Array<Record<string, unknown>>;
  pages: number;
  error?: FamilyError;
}

interface Running {
  scan: PlannedScan;
  index: number;
  cursor: number | string;
  pagesLeft: number;
  out: ScanOutcome;
  done: boolean;
}

export function pagesFor(total: number): number {
  return Math.ceil(Math.max(0, total) / PAGE_SIZE);
}

function pageParams(s: PlannedScan, cursor: number | string): Record<string, unknown> {
  const filter = { ...s.filter, [`>${s.filterIdKey}`]: cursor };
  // start=-1 skips the COUNT and the ID cursor replaces the offset (rest-map §13, docs huge-data.md).
  if (s.voximplant) return { FILTER: filter, SORT: s.filterIdKey, ORDER: 'ASC', start: -1 };
  const params: Record<string, unknown> = {
    ...s.params,
    filter,
    order: { [s.filterIdKey]: 'ASC' },
    start: -1,
  };
  if (s.select) params.select = [...s.select];
  return params;
}

function rowsOf(result: unknown, s: PlannedScan): Array<Record<string, unknown>> | undefined {
  const v =
    s.itemsKey !== undefined && result !== null && typeof result === 'object' && !Array.isArray(result)
      ? (result as Record<string, unknown>)[s.itemsKey]
      : result;
  if (Array.isArray(v)) return v as Array<Record<string, unknown>>;
  // An empty list may come back as [] or {} (rest-map §14: empty maps are printed as []).
  if (v !== null && typeof v === 'object' && Object.keys(v).length === 0) return [];
  return undefined;
}

/**
 * Runs several ID-cursor scans at once, 50 pages to a request whatever scan they belong to. Pages of
 * one scan inside a request form a chain: page k filters on `$result[page k-1][49][id]`, the last row
 * of the page before it (rest-map §14 references into list rows), and the next request goes on from the
 * last id read. The sizes come from counts taken just before, so no slot is spent on a page past the end:
 * the whole pass costs ceil(total pages / 50) requests. A scan trusts its count: rows created after the
 * count are outside the audit's snapshot.
 */
export async function runScans(
  client: B24Client,
  scans: ReadonlyArray<{ scan: PlannedScan; total: number }>,
  onProgress?: (pagesDone: number, pagesTotal: number) => void,
): Promise<ScanOutcome[]> {
  const running: Running[] = scans.map(({ scan, total }, index) => ({
    scan,
    index,
    cursor: 0,
    pagesLeft: pagesFor(total),
    out: { rows: [], pages: 0 },
    done: pagesFor(total) === 0,
  }));
  const pagesTotal = running.reduce((n, r) => n + r.pagesLeft, 0);
  let pagesDone = 0;
  const ref = (s: PlannedScan, key: string) =>
    `$result[${key}]${s.itemsKey !== undefined ? `[${s.itemsKey}]` : ''}[${PAGE_SIZE - 1}][${s.idField}]`;
  for (;;) {
    const active = running.filter((r) => !r.done);
    if (active.length === 0) break;
    const calls: RestCall[] = [];
    const slots = new Map<Running, string[]>();
    for (const r of active) {
      const free = BATCH_SLOTS - calls.length;
      if (free <= 0) break;
      const keys: string[] = [];
      for (let i = 0; i < Math.min(free, r.pagesLeft); i++) {
        const key = `s${r.index}p${i}`;
        const prev = keys[keys.length - 1];
        calls.push({
          key,
          method: r.scan.method,
          params: pageParams(r.scan, prev === undefined ? r.cursor : ref(r.scan, prev)),
        });
        keys.push(key);
      }
      slots.set(r, keys);
    }
    const byKey = new Map<string, BatchItemResult>(
      (await client.batch(calls, { repeatable: true })).map((x) => [x.key, x]),
    );
    for (const [r, keys] of slots) {
      for (const key of keys) {
        const res = byKey.get(key);
        const rows = res?.ok ? rowsOf(res.result, r.scan) : undefined;
        if (!res || !res.ok || rows === undefined) {
          r.out.error = {
            method: r.scan.method,
            code: res?.error?.code || (res?.ok ? 'MALFORMED' : 'ERROR'),
            description: res?.error?.description ?? (res?.ok ? 'a page is not a list' : 'no answer'),
          };
          r.done = true;
          break;
        }
        r.out.rows.push(...rows);
        r.out.pages++;
        r.pagesLeft--;
        pagesDone++;
        const last = rows[PAGE_SIZE - 1]?.[r.scan.idField];
        if (rows.length < PAGE_SIZE || (typeof last !== 'number' && typeof last !== 'string')) {
          // The end came sooner than counted: later pages of this chain referenced a row that is not there.
          pagesDone += r.pagesLeft;
          r.done = true;
          break;
        }
        r.cursor = last;
      }
      if (r.pagesLeft <= 0) r.done = true;
    }
    onProgress?.(Math.min(pagesDone, pagesTotal), pagesTotal);
  }
  return running.map((r) => r.out);
}
