import type { B24Client } from '../portal/client.js';
import { scanSized } from '../portal/scan.js';
import type { PlannedScan } from './collect-plan.js';
import type { FamilyError } from '../standards/audit-data.js';
import { IdMerge } from './id-merge.js';

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
 * Pages of scans that share a family go out merged by id under the family's first scan, each id once
 * (PlannedScan.family); a family of one scan passes straight through. A scan is over when all its
 * counted pages are in; `drain` lets out the rest once every scan has stopped, however it stopped.
 */
function mergedFamilies(
  scans: ReadonlyArray<{ scan: PlannedScan; total: number }>,
  onPage: OnScanPage,
): { onPage: OnScanPage; drain: () => Promise<void> } {
  const groups = new Map<string, number[]>();
  scans.forEach(({ scan }, i) => {
    const g = groups.get(scan.family);
    if (g) g.push(i);
    else groups.set(scan.family, [i]);
  });
  const route = new Map<number, { head: number; at: number; merge: IdMerge }>();
  const merges: Array<{ head: number; merge: IdMerge }> = [];
  const pagesIn = scans.map(() => 0);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const head = members[0] as number;
    const key = scans[head]?.scan.idField ?? 'id';
    const merge = new IdMerge(members.length, (r) => Number(r[key] ?? Number.NaN));
    merges.push({ head, merge });
    members.forEach((scan, at) => {
      route.set(scan, { head, at, merge });
      if (pagesFor(scans[scan]?.total ?? 0) === 0) merge.finish(at);
    });
  }
  const send = async (head: number, rows: Array<Record<string, unknown>>) => {
    if (rows.length > 0) await onPage(head, rows);
  };
  return {
    async onPage(scan, rows) {
      const r = route.get(scan);
      if (!r) return onPage(scan, rows);
      pagesIn[scan] = (pagesIn[scan] ?? 0) + 1;
      await send(r.head, r.merge.push(r.at, rows));
      if (pagesIn[scan] === pagesFor(scans[scan]?.total ?? 0)) await send(r.head, r.merge.finish(r.at));
    },
    async drain() {
      for (const { head, merge } of merges) await send(head, merge.drain());
    },
  };
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
  const merged = mergedFamilies(scans, onPage);
  const results = await scanSized(
    client,
    scans.map(({ scan, total }) => ({
      method: scan.method,
      pageParams: (cursor: number | string) => pageParams(scan, cursor),
      rowIdKey: scan.idField,
      ...(scan.itemsKey !== undefined ? { itemsKey: scan.itemsKey } : {}),
      pages: pagesFor(total),
    })),
    { onPage: merged.onPage, ...(onProgress ? { onProgress } : {}) },
  );
  await merged.drain();
  return results.map((r) => ({ rows: r.rows, pages: r.pages, ...(r.error ? { error: r.error } : {}) }));
}
