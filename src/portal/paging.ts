/**
 * The three ways a list method pages (method-kinds.ts says which one a method uses), over any client
 * with `call` and `batch`: the transport's `list` hands itself in. Row shapes and the page cap are
 * checked here; pacing, retries and error mapping happen below, in the transport.
 */
import { errorOf, type CliError } from '../core/errors.js';
import { BATCH_LIMIT } from './batch-pack.js';
import type { B24Client, BatchItemResult, ListOptions, RestCall } from './client.js';
import { B24Error, batchItemError } from './errors.js';
import { hasListQuirks, listQuirksOf, listRows, PAGE_SIZE, type ListQuirks } from './method-kinds.js';
import { numeric } from './page-marks.js';
import { PAGING_ERRORS } from './transport-messages.js';

/** What paging needs of a client. */
export type PagingClient = Pick<B24Client, 'host' | 'call' | 'batch'>;

type Row = Record<string, unknown>;

/** The default page cap: a list that has not ended after this many pages is not read on. */
export const DEFAULT_PAGE_CAP = 10_000;

/** The paging rules of `method`, with the caller's overrides. */
export function quirksFor(method: string, opts: ListOptions): ListQuirks {
  const q: ListQuirks = { ...listQuirksOf(method) };
  // For methods in the quirks table the table's id keys win: tasks.task.list filters on ID but
  // returns rows with id, which a single idKey cannot say (SDK issues #185, #191).
  if (opts.idKey !== undefined && !hasListQuirks(method)) {
    q.idKey = opts.idKey;
    q.rowIdKey = opts.idKey;
  }
  if (opts.itemsKey !== undefined) q.itemsKey = opts.itemsKey;
  if (opts.filterKey !== undefined) q.filterKey = opts.filterKey;
  return q;
}

/** Reads every row of a list method the way the method pages. */
export async function listAll(
  client: PagingClient,
  method: string,
  params: Record<string, unknown>,
  opts: ListOptions = {},
): Promise<Row[]> {
  const q = quirksFor(method, opts);
  const pageCap = opts.pageCap ?? DEFAULT_PAGE_CAP;
  if (q.paging === 'whole') return listWhole(client, method, params, q);
  if (q.paging === 'offset') return listOffset(client, method, params, q, pageCap, opts.onProgress);
  return listCursor(client, method, params, q, pageCap, opts.onProgress);
}

function malformedList(client: PagingClient, method: string, description: string): B24Error {
  return new B24Error({
    category: 'malformed_response',
    method,
    status: 200,
    description,
    host: client.host,
  });
}

function rowsOrThrow(client: PagingClient, method: string, result: unknown, q: ListQuirks): Row[] {
  const rows = listRows(result, q.itemsKey);
  if (rows === undefined) {
    throw malformedList(
      client,
      method,
      q.itemsKey ? `no row list in result.${q.itemsKey}` : 'the result is not a row list',
    );
  }
  return rows;
}

/** The result of a page answered inside a batch; a failed page is the method's error. */
function pageResult(client: PagingClient, method: string, item: BatchItemResult): unknown {
  if (!item.ok) throw batchItemError(method, item.error ?? { code: '', description: '' }, client.host);
  return item.result;
}

function pageCapError(client: PagingClient, method: string, pageCap: number): CliError {
  return errorOf(PAGING_ERRORS, 'B24_PAGE_CAP', {
    where: `${client.host} ▸ ${method}`,
    data: { method, pages: pageCap },
  });
}

async function listWhole(
  client: PagingClient,
  method: string,
  params: Record<string, unknown>,
  q: ListQuirks,
): Promise<Row[]> {
  const r = await client.call(method, params, { repeatable: true });
  return rowsOrThrow(client, method, r.result, q);
}

/** start=0,50,100… following `next`; pages after the first go together once `total` is known. */
async function listOffset(
  client: PagingClient,
  method: string,
  params: Record<string, unknown>,
  q: ListQuirks,
  pageCap: number,
  onProgress?: (rows: number) => void,
): Promise<Row[]> {
  const first = await client.call(method, { ...params, start: 0 }, { repeatable: true });
  const rows = rowsOrThrow(client, method, first.result, q);
  onProgress?.(rows.length);
  let pages = 1;
  let next = first.next;
  while (next !== undefined) {
    const starts: number[] = [];
    if (first.total !== undefined) {
      for (let s = next; s < first.total; s += PAGE_SIZE) starts.push(s);
    }
    if (starts.length === 0) starts.push(next);
    if (pages + starts.length > pageCap) throw pageCapError(client, method, pageCap);
    const items = await client.batch(
      starts.map((start, i) => ({ key: `p${i}`, method, params: { ...params, start } })),
      { repeatable: true },
    );
    next = undefined;
    for (const item of items) {
      rows.push(...rowsOrThrow(client, method, pageResult(client, method, item), q));
      pages += 1;
      next = item.next;
    }
    onProgress?.(rows.length);
    // Rows added while we read can push `next` past the `total` we planned with: keep following it.
    if (next !== undefined && first.total !== undefined && next < first.total) next = undefined;
  }
  return rows;
}

/** The params of one cursor page: the caller's filter plus `>id`, ordered by id, no COUNT. */
function cursorPager(params: Record<string, unknown>, q: ListQuirks) {
  const baseFilterRaw = params[q.filterKey];
  const baseFilter =
    baseFilterRaw !== null && typeof baseFilterRaw === 'object' && !Array.isArray(baseFilterRaw)
      ? (baseFilterRaw as Row)
      : {};
  const cursorKey = `>${q.idKey}`;
  const select = Array.isArray(params.select) ? (params.select as unknown[]) : undefined;
  const selectWithId =
    select && select.length > 0 && !select.some((s) => typeof s === 'string' && (s === q.idKey || s === '*'))
      ? [...select, q.idKey]
      : select;
  return {
    cursorKey,
    firstCursor: numeric(baseFilter[cursorKey]) ?? 0,
    pageParams(after: number | string): Record<string, unknown> {
      const p: Record<string, unknown> = {
        ...params,
        [q.filterKey]: { ...baseFilter, [cursorKey]: after },
        order: { [q.idKey]: 'ASC' },
        start: -1,
      };
      if (selectWithId) p.select = selectWithId;
      return p;
    },
  };
}

/**
 * The fast ID cursor (docs/bitrix24/paging.md#counting):
 * start=-1 (no COUNT), order by id ascending, filter `>id` past the last row seen, stop on a page
 * shorter than 50. After a full first page, pages are chained inside one batch — page k filters on
 * `$result[p(k-1)][49][ID]`, the last id of the page before — doubling per request up to 50 pages,
 * so 100 000 rows take ~45 requests instead of 2 000 (BENCHMARKS.md#what-is-measured). Answers after the
 * first short page of a request are discarded (their reference pointed past the end of the list).
 */
async function listCursor(
  client: PagingClient,
  method: string,
  params: Record<string, unknown>,
  q: ListQuirks,
  pageCap: number,
  onProgress?: (rows: number) => void,
): Promise<Row[]> {
  const pager = cursorPager(params, q);
  let last = pager.firstCursor;
  const idOf = (row: Row): number => {
    const id = numeric(row[q.rowIdKey] ?? row[q.rowIdKey.toLowerCase()] ?? row[q.rowIdKey.toUpperCase()]);
    if (id === undefined) throw malformedList(client, method, `a row has no numeric ${q.rowIdKey}`);
    return id;
  };
  const rowsPath = q.itemsKey ? `[${q.itemsKey}]` : '';
  const rows: Row[] = [];
  let pages = 0;
  let perRequest = 1;
  for (;;) {
    if (pages >= pageCap) throw pageCapError(client, method, pageCap);
    const n = Math.min(perRequest, BATCH_LIMIT, pageCap - pages);
    let pageResults: unknown[];
    if (n === 1) {
      pageResults = [(await client.call(method, pager.pageParams(last), { repeatable: true })).result];
    } else {
      const calls: RestCall[] = [];
      for (let k = 0; k < n; k++) {
        const after = k === 0 ? last : `$result[p${k - 1}]${rowsPath}[${PAGE_SIZE - 1}][${q.rowIdKey}]`;
        calls.push({ key: `p${k}`, method, params: pager.pageParams(after) });
      }
      const items = await client.batch(calls, { repeatable: true });
      pageResults = [];
      for (const item of items) {
        const result = pageResult(client, method, item);
        pageResults.push(result);
        // Stop reading answers at the first short page: the ones after it are meaningless.
        if ((listRows(result, q.itemsKey)?.length ?? 0) < PAGE_SIZE) break;
      }
    }
    for (const result of pageResults) {
      const page = rowsOrThrow(client, method, result, q);
      pages += 1;
      rows.push(...page);
      const tail = page[page.length - 1];
      if (page.length < PAGE_SIZE || tail === undefined) {
        onProgress?.(rows.length);
        return rows;
      }
      const id = idOf(tail);
      if (id <= last) {
        // The portal ignored the cursor filter; reading on would loop forever.
        throw malformedList(
          client,
          method,
          `the ${pager.cursorKey} filter was ignored (ids did not advance past ${last})`,
        );
      }
      last = id;
    }
    onProgress?.(rows.length);
    perRequest = Math.min(BATCH_LIMIT, perRequest * 2);
  }
}
