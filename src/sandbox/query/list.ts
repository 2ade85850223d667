/**
 * Running one list request over a table: filter, order, page. Paging is the portal's: 50 rows, `next`
 * only when more rows follow, `total`; `start = -1` switches counting off, so neither `total` nor `next`
 * is sent; most lists turn `start` into a page number, so a start that is not a multiple of 50 is
 * rounded down to its page (docs/bitrix24/parity.md#paging).
 * The ID cursor (`order {ID: ASC}`, `filter {">ID": last}`, `start: -1`) is served by a binary search
 * over id-sorted rows and stops after one page, so scanning 100 000 deals stays cheap.
 */
import { compareLoose, isRecord, toInt } from '../values.js';
import { compileFilter, idLowerBound } from './filter.js';
import type { FieldDef, TableDef } from './table.js';

export const PAGE_SIZE = 50;

export type OrderSpec = Array<{ field: string; desc: boolean }>;

export interface ListRequest<R = unknown> {
  filter?: unknown;
  order?: unknown;
  start?: unknown;
  /** Used when `order` is absent or names no known field. */
  defaultOrder: OrderSpec;
  pageSize?: number;
  /**
   * 'page' (legacy lists, Engine controllers, department.get): `start` becomes page floor(start/50)+1;
   * 'offset' (user.get, voximplant.statistic.get, which query the ORM with an offset): exact.
   */
  paging?: 'page' | 'offset';
  /**
   * Reuse the filtered, ordered rows of an earlier request with the same filter and order, while the
   * state is unchanged: the key must name the method and everything else the answer depends on (the
   * state revision, the clock for time-dependent filters). Offset paging over 100 000 rows, 50 pages
   * per batch, then filters once instead of once per page.
   */
  cacheKey?: string;
  /** A method that reads its filter its own way (tasks.task.list, query/task-filter.ts). */
  compile?: (table: TableDef<R>, filter: unknown) => (row: R) => boolean;
}

export interface ListPage<R> {
  rows: R[];
  total?: number;
  next?: number;
}

/** `start` as the portal reads it: -1 disables counting, anything else is an offset (invalid → 0). */
export function parseStart(start: unknown): number {
  const n = toInt(start);
  if (n === -1) return -1;
  return n > 0 ? n : 0;
}

export function parseOrder(order: unknown): OrderSpec {
  if (!isRecord(order)) return [];
  return Object.entries(order).map(([field, dir]) => ({
    field,
    desc: typeof dir === 'string' && dir.trim().toUpperCase() === 'DESC',
  }));
}

function cmpValues(a: unknown, b: unknown): number {
  // MySQL sorts NULL first in ascending order.
  const an = a === null || a === undefined;
  const bn = b === null || b === undefined;
  if (an || bn) return an && bn ? 0 : an ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return compareLoose(a, b);
}

function resolveOrder<R>(table: TableDef<R>, spec: OrderSpec): Array<{ def: FieldDef<R>; desc: boolean }> {
  const out: Array<{ def: FieldDef<R>; desc: boolean }> = [];
  for (const o of spec) {
    const def = table.find(o.field);
    if (def && !out.some((x) => x.def === def)) out.push({ def, desc: o.desc });
  }
  return out;
}

/**
 * Whether rows are in ascending id order (they are when only handlers add rows). Remembered per array so
 * that paging through 100 000 rows does not re-check them on every page; rows appended since the last
 * check are verified incrementally.
 */
const sortedUpTo = new WeakMap<object, number>();

function isSortedById<R>(rows: readonly R[], idOf: (r: R) => number): boolean {
  const known = sortedUpTo.get(rows) ?? 0;
  if (known > rows.length) sortedUpTo.delete(rows);
  const from = known > rows.length ? 1 : Math.max(1, known);
  for (let i = from; i < rows.length; i++) {
    if (idOf(rows[i - 1] as R) >= idOf(rows[i] as R)) {
      sortedUpTo.set(rows, 0);
      return false;
    }
  }
  sortedUpTo.set(rows, rows.length);
  return true;
}

function firstIndexAtLeast<R>(rows: readonly R[], idOf: (r: R) => number, bound: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (idOf(rows[mid] as R) < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const CACHE_LIMIT = 16;
const matchCache = new Map<string, { rows: readonly unknown[]; length: number; matched: unknown[] }>();

function cached<R>(key: string | undefined, rows: readonly R[], compute: () => R[]): R[] {
  if (key === undefined) return compute();
  const hit = matchCache.get(key);
  if (hit && hit.rows === rows && hit.length === rows.length) return hit.matched as R[];
  const matched = compute();
  matchCache.set(key, { rows, length: rows.length, matched });
  if (matchCache.size > CACHE_LIMIT) matchCache.delete(matchCache.keys().next().value as string);
  return matched;
}

export function runList<R>(table: TableDef<R>, rows: readonly R[], req: ListRequest<R>): ListPage<R> {
  const size = req.pageSize ?? PAGE_SIZE;
  const given = parseStart(req.start);
  const start = given > 0 && req.paging !== 'offset' ? Math.floor(given / size) * size : given;
  const pred = req.compile ? req.compile(table, req.filter) : compileFilter(table, req.filter);
  let order = resolveOrder(table, parseOrder(req.order));
  if (order.length === 0) order = resolveOrder(table, req.defaultOrder);
  const idOf = (r: R): number => Number(table.idField.get(r));
  const natural =
    order.length === 0 || (order.length === 1 && order[0]?.def === table.idField && !order[0].desc);

  if (start === -1 && natural && isSortedById(rows, idOf)) {
    const bound = idLowerBound(table, req.filter);
    const out: R[] = [];
    for (let i = bound === undefined ? 0 : firstIndexAtLeast(rows, idOf, bound); i < rows.length; i++) {
      const r = rows[i] as R;
      if (pred(r)) {
        out.push(r);
        if (out.length >= size) break;
      }
    }
    return { rows: out };
  }

  const cacheKey =
    req.cacheKey === undefined
      ? undefined
      : `${req.cacheKey}|${JSON.stringify(req.filter ?? null)}|${JSON.stringify(order.map((o) => [o.def.name, o.desc]))}`;
  const matched = cached(cacheKey, rows, () => {
    const found = rows.filter(pred);
    if (!(natural && isSortedById(found, idOf))) {
      found.sort((a, b) => {
        for (const { def, desc } of order) {
          const c = cmpValues(def.get(a), def.get(b));
          if (c !== 0) return desc ? -c : c;
        }
        return idOf(a) - idOf(b);
      });
    }
    return found;
  });
  if (start === -1) return { rows: matched.slice(0, size) };
  const page = matched.slice(start, start + size);
  const next = start + size < matched.length ? start + size : undefined;
  return { rows: page, total: matched.length, next };
}
