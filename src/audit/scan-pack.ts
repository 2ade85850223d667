import type { B24Client } from '../portal/client.js';
import { scanSized } from '../portal/scan.js';
import type { PlannedScan } from './collect-plan.js';
import type { FamilyError } from '../standards/audit-data.js';

/** Rows per list page (docs/bitrix24/paging.md#pages-of-50) and commands per batch request. */
export const PAGE_SIZE = 50;
export const BATCH_SLOTS = 50;

export interface ScanOutcome {
  /** Rows read and the pages they took. */
  rows: number;
  pages: number;
  error?: FamilyError;
}

/** A page of one scan, handed over as it arrives; the scan's next page waits for a returned promise. */
export type OnScanPage = (scan: number, rows: Array<Record<string, unknown>>) => void | Promise<void>;

export function pagesFor(total: number): number {
  return Math.ceil(Math.max(0, total) / PAGE_SIZE);
}

function pageParams(s: PlannedScan, cursor: number | string): Record<string, unknown> {
  const filter = { ...s.filter, [`>${s.filterIdKey}`]: cursor };
  // start=-1 skips the COUNT and the ID cursor replaces the offset (docs/bitrix24/paging.md#id-cursor).
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

/**
 * Runs several ID-cursor scans at once through the portal's sized scanner (src/portal/scan.ts): 50
 * pages to a request whatever scan they belong to, pages of one scan chained by `$result` references,
 * requests of different scans in flight together. The sizes come from counts taken just before, so no
 * slot is spent on a page past the end: the whole pass costs ceil(total pages / 50) requests. A scan
 * trusts its count: rows created after the count are outside the audit's snapshot. Rows are handed to
 * `onPage` and kept nowhere here.
 */
export async function runScans(
  client: B24Client,
  scans: ReadonlyArray<{ scan: PlannedScan; total: number }>,
  onPage: OnScanPage,
  onProgress?: (pagesDone: number, pagesTotal: number) => void,
): Promise<ScanOutcome[]> {
  const results = await scanSized(
    client,
    scans.map(({ scan, total }) => ({
      method: scan.method,
      pageParams: (cursor: number | string) => pageParams(scan, cursor),
      rowIdKey: scan.idField,
      ...(scan.itemsKey !== undefined ? { itemsKey: scan.itemsKey } : {}),
      pages: pagesFor(total),
    })),
    { onPage, ...(onProgress ? { onProgress } : {}) },
  );
  return results.map((r) => ({ rows: r.rows, pages: r.pages, ...(r.error ? { error: r.error } : {}) }));
}
