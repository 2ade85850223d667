/**
 * Full scans of known size at the request floor, several at once, handed to the caller page by page.
 *
 * Each scan walks the ID cursor (start=-1, order by id, filter past the last id:
 * https://apidocs.bitrix24.com/settings/performance/huge-data.html). Its pages inside one request form
 * a chain: page k filters on `$result[page k-1][49][id]`, the last row of the page before, so a scan's
 * next request can only go once its previous one is answered. Different scans do not wait for each other: while one scan's request is in flight, the
 * next request is made of other scans' pages, and the transport sends them side by side (its
 * in-flight limit and rate bucket decide when). Every request carries 50 pages except the last, so a
 * pass costs ceil(total pages / 50) requests, as many as reading the scans one request after another.
 */
import { BATCH_LIMIT } from './batch-pack.js';
import type { B24Client, BatchItemResult, RestCall } from './client.js';
import { listRows, PAGE_SIZE } from './method-kinds.js';

type Row = Record<string, unknown>;

export interface SizedScan {
  method: string;
  /** The params of the page after `cursor`: an id, or a `$result[…]` reference to the page before. */
  pageParams(cursor: number | string): Record<string, unknown>;
  /** The id field of a returned row: the next page starts after the last row's id. */
  rowIdKey: string;
  /** Rows sit in result[itemsKey] (crm.item.list: items, tasks.task.list: tasks). */
  itemsKey?: string;
  /** Pages to read, from a count taken just before: no slot is spent on a page past the end. */
  pages: number;
  /** The cursor of the first page; 0 by default. */
  after?: number | string;
}

export interface ScanError {
  method: string;
  code: string;
  description: string;
}

export interface ScanResult {
  /** Pages read. Fewer than planned when the rows ran out sooner than counted. */
  pages: number;
  rows: number;
  /** Set when a page failed: the scan stopped there; the other scans went on. */
  error?: ScanError;
}

export interface ScanOptions {
  /**
   * Each page as it arrives, in order within its scan; pages of different scans interleave. The
   * scanner keeps no rows: whatever the caller does not keep is gone. A returned promise is awaited
   * before that scan's next page is asked for, and pages are handed over one at a time.
   */
  onPage?: (scan: number, rows: Row[]) => void | Promise<void>;
  onProgress?: (pagesDone: number, pagesTotal: number) => void;
}

interface Running {
  scan: SizedScan;
  index: number;
  cursor: number | string;
  left: number;
  busy: boolean;
  result: ScanResult;
}

interface Piece {
  run: Running;
  keys: string[];
}

/** Reads `scans` (sized by counts) at the request floor, with requests of different scans in flight together. */
export async function scanSized(
  client: Pick<B24Client, 'batch'>,
  scans: readonly SizedScan[],
  opts: ScanOptions = {},
): Promise<ScanResult[]> {
  const runs: Running[] = scans.map((scan, index) => ({
    scan,
    index,
    cursor: scan.after ?? 0,
    left: Math.max(0, Math.ceil(scan.pages)),
    busy: false,
    result: { pages: 0, rows: 0 },
  }));
  const pagesTotal = runs.reduce((n, r) => n + r.left, 0);
  let pagesDone = 0;
  let handOver: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;
  const inFlight = new Set<Promise<void>>();

  const deliver = async (pieces: Piece[], answers: Map<string, BatchItemResult>): Promise<void> => {
    for (const { run, keys } of pieces) {
      for (const key of keys) {
        const outcome = pageOf(run.scan, answers.get(key));
        if ('error' in outcome) {
          run.result.error = outcome.error;
          pagesDone += run.left;
          run.left = 0;
          break;
        }
        const rows = outcome.rows;
        run.result.pages += 1;
        run.result.rows += rows.length;
        run.left -= 1;
        pagesDone += 1;
        if (opts.onPage) await opts.onPage(run.index, rows);
        const last = rows[PAGE_SIZE - 1]?.[run.scan.rowIdKey];
        if (rows.length < PAGE_SIZE || (typeof last !== 'number' && typeof last !== 'string')) {
          // The end came sooner than counted: later pages of this chain referenced a row that is not there.
          pagesDone += run.left;
          run.left = 0;
          break;
        }
        run.cursor = last;
      }
      run.busy = false;
    }
    opts.onProgress?.(Math.min(pagesDone, pagesTotal), pagesTotal);
  };

  const launch = (pieces: Piece[], calls: RestCall[]): void => {
    for (const p of pieces) p.run.busy = true;
    const request = client
      .batch(calls, { repeatable: true })
      .then((items) => {
        const answers = new Map(items.map((x) => [x.key, x] as const));
        // One hand-over at a time, in the order answers arrive, so onPage calls never overlap.
        handOver = handOver.then(() => deliver(pieces, answers));
        return handOver;
      })
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => inFlight.delete(request));
    inFlight.add(request);
  };

  for (;;) {
    while (failure === undefined) {
      const next = compose(runs);
      if (!next) break;
      launch(next.pieces, next.calls);
    }
    if (inFlight.size === 0) break;
    await Promise.race(inFlight);
  }
  if (failure) throw failure.error;
  return runs.map((r) => r.result);
}

/**
 * The next request, or undefined when it is better to wait: pages of the scans not in flight, the
 * scan with the most pages left first (it sets how long the pass takes), 50 to a request. A request
 * that is not full goes only when it holds every page still to read; otherwise it waits for a scan in
 * flight to come back and fill it, so no request beyond the floor is ever sent.
 */
function compose(runs: readonly Running[]): { pieces: Piece[]; calls: RestCall[] } | undefined {
  const remaining = runs.reduce((n, r) => n + r.left, 0);
  const ready = runs
    .filter((r) => !r.busy && r.left > 0)
    .sort((a, b) => b.left - a.left || a.index - b.index);
  const pieces: Piece[] = [];
  const calls: RestCall[] = [];
  for (const run of ready) {
    const take = Math.min(BATCH_LIMIT - calls.length, run.left);
    if (take <= 0) break;
    const keys: string[] = [];
    for (let i = 0; i < take; i++) {
      const key = `s${run.index}p${i}`;
      const prev = keys[keys.length - 1];
      calls.push({
        key,
        method: run.scan.method,
        params: run.scan.pageParams(prev === undefined ? run.cursor : lastIdOf(run.scan, prev)),
      });
      keys.push(key);
    }
    pieces.push({ run, keys });
  }
  if (calls.length === 0) return undefined;
  if (calls.length < BATCH_LIMIT && calls.length < remaining) return undefined;
  return { pieces, calls };
}

/** `$result[key][items][49][id]`: the last row's id of the page sent as `key` in the same request. */
function lastIdOf(scan: SizedScan, key: string): string {
  const items = scan.itemsKey !== undefined ? `[${scan.itemsKey}]` : '';
  return `$result[${key}]${items}[${PAGE_SIZE - 1}][${scan.rowIdKey}]`;
}

function pageOf(
  scan: SizedScan,
  answer: BatchItemResult | undefined,
): { rows: Row[] } | { error: ScanError } {
  if (!answer || !answer.ok) {
    return {
      error: {
        method: scan.method,
        code: answer?.error?.code || 'ERROR',
        description: answer?.error?.description ?? 'no answer',
      },
    };
  }
  const rows = listRows(answer.result, scan.itemsKey);
  if (rows === undefined) {
    return { error: { method: scan.method, code: 'MALFORMED', description: 'a page is not a list' } };
  }
  return { rows };
}
