/**
 * `createTransport`: every policy above any Wire (HTTP or the sandbox) — batching, paging, rate
 * budget, retries that never blindly repeat a write, error mapping, request counting. The webhook URL
 * is parsed in webhook-url.ts, the HTTP wire is http-wire.ts.
 */
import { CliError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { assignKeys, batchCommands, BATCH_LIMIT, packCalls, type KeyedCall } from './batch-pack.js';
import { BatchShapeError, parseBatchResult } from './batch-parse.js';
import type {
  B24Client,
  BatchItemResult,
  BatchOptions,
  CallOptions,
  CallResult,
  ListOptions,
  RestCall,
  RestTime,
  TransportStats,
} from './client.js';
import { B24Error, batchItemError, classifyResponse, type B24ErrorCategory } from './errors.js';
import {
  hasListQuirks,
  isRepeatable,
  listQuirksOf,
  listRows,
  PAGE_SIZE,
  type ListQuirks,
} from './method-kinds.js';
import { LeakyBucket, pacingLimits, TIER_LIMITS, tierOfLicense, type Tier } from './rate-bucket.js';
import { decideRetry, DEFAULT_RETRY_POLICY, type AttemptFailure, type RetryPolicy } from './retry-policy.js';
import { WireFailure, type Wire } from './wire.js';

export interface TransportOptions {
  /** Rate-limit tier; 'auto' (default) reads app.info LICENSE once, only when the pace starts to matter. */
  tier?: 'auto' | Tier;
  /** Per-request timeout handed to the wire. */
  timeoutMs?: number;
  /** All waiting goes through these, so tests run in virtual time. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  retry?: Partial<RetryPolicy>;
  /** Told before every wait (pacing, backoff, operating-time block), e.g. for a progress note. */
  onWait?: (ms: number, reason: WaitReason) => void;
}

export type WaitReason = 'pace' | 'rate_limit' | 'operation_limit' | 'retry';

interface ExchangeContext {
  repeatable: boolean;
  /** What to call the request in messages: the method, or "batch[…]". */
  label: string;
  params?: Record<string, unknown>;
  calls?: readonly RestCall[];
}

type Body = Record<string, unknown>;

/** Portal answers about one call (not about the webhook or the wire): a batch item, not an exception. */
const ITEM_LEVEL: ReadonlySet<B24ErrorCategory> = new Set([
  'validation',
  'not_found',
  'method_not_found',
  'access',
  'scope',
  'licence',
]);

/** Failures where repeating the request cannot help. */
const FINAL: ReadonlySet<B24ErrorCategory> = new Set([
  'auth',
  'scope',
  'access',
  'licence',
  'overload',
  'method_not_found',
]);

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function batchLabel(calls: readonly { method: string }[]): string {
  const counts = new Map<string, number>();
  for (const c of calls) counts.set(c.method, (counts.get(c.method) ?? 0) + 1);
  const parts = [...counts].map(([m, n]) => (n > 1 ? `${m} ×${n}` : m));
  const shown = parts.length > 4 ? [...parts.slice(0, 4), `+${parts.length - 4}`] : parts;
  return `batch[${shown.join(', ')}]`;
}

class Transport implements B24Client {
  readonly host: string;
  readonly kind: 'http' | 'sandbox';
  readonly stats: TransportStats = { httpRequests: 0, restCalls: 0, retries: 0, waitedMs: 0, byMethod: {} };

  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly policy: RetryPolicy;
  private readonly bucket: LeakyBucket;
  private tierKnown: boolean;
  private tierLookup: Promise<void> | undefined;
  /** The last `time` block seen, with our clock at receipt: the 429 wait is computed from it. */
  private lastTime: { time: RestTime; receivedAt: number } | undefined;

  constructor(
    private readonly wire: Wire,
    private readonly opts: TransportOptions,
  ) {
    this.host = wire.host;
    this.kind = wire.kind;
    this.sleep = opts.sleep ?? defaultSleep;
    this.now = opts.now ?? Date.now;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...opts.retry };
    const tier = opts.tier ?? 'auto';
    this.tierKnown = tier !== 'auto';
    this.bucket = new LeakyBucket(pacingLimits(TIER_LIMITS[tier === 'auto' ? 'standard' : tier]), this.now());
  }

  async call<T = unknown>(
    method: string,
    params: Record<string, unknown> = {},
    opts?: CallOptions,
  ): Promise<CallResult<T>> {
    this.count([method]);
    const body = await this.exchange(method, params, {
      repeatable: opts?.repeatable ?? isRepeatable(method),
      label: method,
      params,
    });
    this.observe(method, body.result);
    const out: CallResult<T> = { result: body.result as T };
    const total = num(body.total);
    const next = num(body.next);
    if (total !== undefined) out.total = total;
    if (next !== undefined) out.next = next;
    if (body.time !== null && typeof body.time === 'object') out.time = body.time;
    return out;
  }

  async batch(calls: readonly RestCall[], opts: BatchOptions = {}): Promise<BatchItemResult[]> {
    const keyed = assignKeys(calls);
    const requests = packCalls(keyed);
    const results: BatchItemResult[] = new Array<BatchItemResult>(keyed.length);
    const halt = opts.halt === true;
    let halted = false;
    let done = 0;
    for (const req of requests) {
      const members = req.kind === 'single' ? [req.call] : req.calls;
      if (halted) {
        for (const c of members) {
          results[c.index] = {
            key: c.key,
            ok: false,
            error: {
              code: 'B24CFG_NOT_EXECUTED',
              description: 'not executed: an earlier call failed (halt)',
            },
          };
        }
        continue;
      }
      const items =
        req.kind === 'single'
          ? [await this.sendSingle(req.call, opts)]
          : await this.sendBatch(req.calls, opts);
      items.forEach((item, i) => {
        const c = members[i];
        if (c) results[c.index] = item;
      });
      if (halt && items.some((i) => !i.ok)) halted = true;
      done += members.length;
      opts.onProgress?.(done, keyed.length);
    }
    return results;
  }

  async list<T = Record<string, unknown>>(
    method: string,
    params: Record<string, unknown> = {},
    opts: ListOptions = {},
  ): Promise<T[]> {
    const q: ListQuirks = { ...listQuirksOf(method) };
    // For methods in the quirks table the table's id keys win: tasks.task.list filters on ID but
    // returns rows with id, which a single idKey cannot say (SDK issues #185, #191).
    if (opts.idKey !== undefined && !hasListQuirks(method)) {
      q.idKey = opts.idKey;
      q.rowIdKey = opts.idKey;
    }
    if (opts.itemsKey !== undefined) q.itemsKey = opts.itemsKey;
    if (opts.filterKey !== undefined) q.filterKey = opts.filterKey;
    const pageCap = opts.pageCap ?? 10_000;
    const rows =
      q.paging === 'whole'
        ? await this.listWhole(method, params, q)
        : q.paging === 'offset'
          ? await this.listOffset(method, params, q, pageCap, opts.onProgress)
          : await this.listCursor(method, params, q, pageCap, opts.onProgress);
    return rows as T[];
  }

  async close(): Promise<void> {
    await this.wire.close?.();
  }

  // --- one call / one batch request -----------------------------------------------------------

  private async sendSingle(c: KeyedCall, opts: BatchOptions): Promise<BatchItemResult> {
    this.count([c.method]);
    try {
      const body = await this.exchange(c.method, c.params, {
        repeatable: opts.repeatable ?? isRepeatable(c.method),
        label: c.method,
        params: c.params,
      });
      this.observe(c.method, body.result);
      const item: BatchItemResult = { key: c.key, ok: true, result: body.result };
      const total = num(body.total);
      const next = num(body.next);
      if (total !== undefined) item.total = total;
      if (next !== undefined) item.next = next;
      return item;
    } catch (e) {
      // Same contract as a batch sub-command: the portal's verdict on this call is data, not an exception.
      if (e instanceof B24Error && ITEM_LEVEL.has(e.category)) {
        return { key: c.key, ok: false, error: { code: e.b24Code, description: e.description } };
      }
      throw e;
    }
  }

  private async sendBatch(calls: readonly KeyedCall[], opts: BatchOptions): Promise<BatchItemResult[]> {
    this.count(calls.map((c) => c.method));
    const label = batchLabel(calls);
    const params = { halt: opts.halt === true ? 1 : 0, cmd: batchCommands(calls) };
    const body = await this.exchange('batch', params, {
      // A batch holding any write is a write (DESIGN.md §4).
      repeatable: opts.repeatable ?? calls.every((c) => isRepeatable(c.method)),
      label,
      calls: calls.map((c) => ({ key: c.key, method: c.method, params: c.params })),
    });
    let items: BatchItemResult[];
    try {
      items = parseBatchResult(body.result, calls, opts.halt === true);
    } catch (e) {
      if (!(e instanceof BatchShapeError)) throw e;
      throw new B24Error({
        category: 'malformed_response',
        method: label,
        status: 200,
        description: e.message,
        host: this.host,
      });
    }
    items.forEach((item, i) => {
      const c = calls[i];
      if (c && item.ok) this.observe(c.method, item.result);
    });
    return items;
  }

  /** Sends one HTTP request, pacing, retrying and classifying as the policy says; returns a success body. */
  private async exchange(
    method: string,
    params: Record<string, unknown>,
    ctx: ExchangeContext,
  ): Promise<Body> {
    const tries = { rate_limit: 0, operation_limit: 0, transient: 0, final: 0 };
    for (;;) {
      await this.pace();
      this.stats.httpRequests += 1;
      let failure: AttemptFailure;
      let error: B24Error;
      try {
        const resp = await this.wire.send(method, params, { timeoutMs: this.opts.timeoutMs });
        this.noteTime(resp.body);
        const err = classifyResponse(ctx.label, resp.status, resp.body, resp.text, this.host);
        if (!err) return resp.body as Body;
        error = err;
        failure = this.failureOf(err);
      } catch (e) {
        if (!(e instanceof WireFailure)) throw e;
        error = this.wireError(ctx.label, e);
        failure =
          e.code === 'ENOTFOUND' || e.failure === 'aborted'
            ? { kind: 'final' }
            : { kind: 'transient', maybeDelivered: e.maybeDelivered };
      }
      const decision = decideRetry(
        failure,
        {
          retriesSoFar: tries[failure.kind],
          repeatable: ctx.repeatable,
          drainPerSecond: this.bucket.currentLimits.perSecond,
        },
        this.policy,
      );
      if (decision.retry) {
        tries[failure.kind] += 1;
        this.stats.retries += 1;
        if (failure.kind === 'rate_limit') this.bucket.saturate(this.now());
        await this.wait(
          decision.delayMs,
          failure.kind === 'transient' ? 'retry' : failure.kind === 'final' ? 'retry' : failure.kind,
        );
        continue;
      }
      if (failure.kind === 'transient' && decision.reason === 'not_repeatable' && failure.maybeDelivered) {
        throw new B24Error({
          category: 'unknown_outcome',
          method: ctx.label,
          b24Code: error.b24Code,
          description: error.description || `HTTP ${error.status}`,
          status: error.status,
          host: this.host,
          params: ctx.params,
          calls: ctx.calls,
          cause: error,
        });
      }
      if (failure.kind === 'operation_limit') {
        const waitMs = decision.retry ? 0 : (decision.waitMs ?? 0);
        throw new B24Error({
          category: 'operation_limit',
          method: ctx.label,
          b24Code: error.b24Code,
          description: error.description,
          status: error.status,
          host: this.host,
          data: { waitSeconds: Math.ceil(waitMs / 1000) },
          cause: error,
        });
      }
      throw error;
    }
  }

  private failureOf(err: B24Error): AttemptFailure {
    if (err.category === 'rate_limit') return { kind: 'rate_limit' };
    if (err.category === 'operation_limit')
      return { kind: 'operation_limit', resetInMs: this.operatingResetInMs() };
    if (err.status >= 500 && !FINAL.has(err.category)) return { kind: 'transient', maybeDelivered: true };
    return { kind: 'final' };
  }

  private wireError(label: string, e: WireFailure): B24Error {
    return new B24Error({
      category: e.failure === 'timeout' ? 'timeout' : 'network',
      method: label,
      b24Code: e.code ?? '',
      description: e.message,
      status: 0,
      host: this.host,
      cause: e,
    });
  }

  // --- pacing and time ------------------------------------------------------------------------

  private async pace(): Promise<void> {
    // An emulator without limits answers as fast as it can; waiting would only slow tests and demos.
    if (this.wire.paced === false) return;
    if (!this.tierKnown && this.bucket.peek(this.now()) > 0) {
      // Only now does the plan matter: look it up once (rest-map §14: app.info LICENSE for a webhook).
      this.tierLookup ??= this.lookupTier();
      await this.tierLookup;
    }
    const wait = this.bucket.reserve(this.now());
    if (wait > 0) await this.wait(wait, 'pace');
  }

  private async lookupTier(): Promise<void> {
    this.bucket.reserve(this.now());
    this.stats.httpRequests += 1;
    this.count(['app.info']);
    try {
      const resp = await this.wire.send('app.info', {}, { timeoutMs: this.opts.timeoutMs });
      this.noteTime(resp.body);
      if (resp.status === 503) this.bucket.saturate(this.now());
      const body = resp.body as Body | undefined;
      if (!classifyResponse('app.info', resp.status, resp.body, resp.text))
        this.observe('app.info', body?.result);
    } catch (e) {
      if (!(e instanceof WireFailure)) throw e;
    }
    // Whatever happened, do not ask again: without an answer the standard limits are the safe side.
    this.tierKnown = true;
  }

  private observe(method: string, result: unknown): void {
    const fixedTier = this.opts.tier !== undefined && this.opts.tier !== 'auto';
    if (method !== 'app.info' || fixedTier) return;
    if (result === null || typeof result !== 'object') return;
    const license = (result as Record<string, unknown>).LICENSE;
    if (typeof license !== 'string') return;
    this.bucket.setLimits(pacingLimits(TIER_LIMITS[tierOfLicense(license)]), this.now());
    this.tierKnown = true;
  }

  private noteTime(body: unknown): void {
    if (body === null || typeof body !== 'object') return;
    const t = (body as Body).time;
    if (t !== null && typeof t === 'object') this.lastTime = { time: t, receivedAt: this.now() };
  }

  /**
   * How long until the operating-time block lifts. `operating_reset_at` is on the portal's clock, so
   * it is measured against the portal's own `finish` of the same answer, not against our clock.
   */
  private operatingResetInMs(): number | undefined {
    const lt = this.lastTime;
    const reset = num(lt?.time.operating_reset_at);
    const finish = num(lt?.time.finish);
    if (!lt || reset === undefined || finish === undefined) return undefined;
    return Math.max(0, Math.ceil((reset - finish) * 1000) - (this.now() - lt.receivedAt));
  }

  private async wait(ms: number, reason: WaitReason): Promise<void> {
    if (ms <= 0) return;
    this.stats.waitedMs += ms;
    this.opts.onWait?.(ms, reason);
    await this.sleep(ms);
  }

  private count(methods: readonly string[]): void {
    this.stats.restCalls += methods.length;
    for (const m of methods) this.stats.byMethod[m] = (this.stats.byMethod[m] ?? 0) + 1;
  }

  // --- lists ----------------------------------------------------------------------------------

  private rowsOrThrow(method: string, result: unknown, q: ListQuirks): Record<string, unknown>[] {
    const rows = listRows(result, q.itemsKey);
    if (rows === undefined) {
      throw new B24Error({
        category: 'malformed_response',
        method,
        status: 200,
        description: q.itemsKey ? `no row list in result.${q.itemsKey}` : 'the result is not a row list',
        host: this.host,
      });
    }
    return rows;
  }

  private async listWhole(
    method: string,
    params: Record<string, unknown>,
    q: ListQuirks,
  ): Promise<unknown[]> {
    const r = await this.call(method, params, { repeatable: true });
    return this.rowsOrThrow(method, r.result, q);
  }

  private pageCapError(method: string, pageCap: number): CliError {
    return new CliError({
      code: 'B24_PAGE_CAP',
      exit: EXIT.budget,
      where: `${this.host} ▸ ${method}`,
      message: {
        ru: '{method}: прочитано {pages} страниц, а список не кончился — чтение остановлено',
        en: '{method}: {pages} pages read and the list has not ended — reading stopped',
      },
      hint: {
        ru: 'Сузьте выборку фильтром или поднимите предел страниц; так b24cfg защищается от бесконечного чтения.',
        en: 'Narrow the query with a filter or raise the page cap; the cap protects against endless scans.',
      },
      data: { method, pages: pageCap },
    });
  }

  /** start=0,50,100… following `next`; pages after the first go together once `total` is known. */
  private async listOffset(
    method: string,
    params: Record<string, unknown>,
    q: ListQuirks,
    pageCap: number,
    onProgress?: (rows: number) => void,
  ): Promise<unknown[]> {
    const first = await this.call(method, { ...params, start: 0 }, { repeatable: true });
    const rows = this.rowsOrThrow(method, first.result, q);
    onProgress?.(rows.length);
    let pages = 1;
    let next = first.next;
    while (next !== undefined) {
      const starts: number[] = [];
      if (first.total !== undefined) {
        for (let s = next; s < first.total; s += PAGE_SIZE) starts.push(s);
      }
      if (starts.length === 0) starts.push(next);
      if (pages + starts.length > pageCap) throw this.pageCapError(method, pageCap);
      const items = await this.batch(
        starts.map((start, i) => ({ key: `p${i}`, method, params: { ...params, start } })),
        { repeatable: true },
      );
      next = undefined;
      for (const item of items) {
        if (!item.ok) throw batchItemError(method, item.error ?? { code: '', description: '' }, this.host);
        rows.push(...this.rowsOrThrow(method, item.result, q));
        pages += 1;
        next = item.next;
      }
      onProgress?.(rows.length);
      // Rows added while we read can push `next` past the `total` we planned with: keep following it.
      if (next !== undefined && first.total !== undefined && next < first.total) next = undefined;
    }
    return rows;
  }

  /**
   * The fast ID cursor (rest-map §13 "Counting fast", docs settings/performance/huge-data.md):
   * start=-1 (no COUNT), order by id ascending, filter `>id` past the last row seen, stop on a page
   * shorter than 50. After a full first page, pages are chained inside one batch — page k filters on
   * `$result[p(k-1)][49][ID]`, the last id of the page before — doubling per request up to 50 pages,
   * so 100 000 rows take ~45 requests instead of 2 000 (DESIGN.md §5). Answers after the first short
   * page of a request are discarded (their reference pointed past the end of the list).
   */
  private async listCursor(
    method: string,
    params: Record<string, unknown>,
    q: ListQuirks,
    pageCap: number,
    onProgress?: (rows: number) => void,
  ): Promise<unknown[]> {
    const baseFilterRaw = params[q.filterKey];
    const baseFilter =
      baseFilterRaw !== null && typeof baseFilterRaw === 'object' && !Array.isArray(baseFilterRaw)
        ? (baseFilterRaw as Record<string, unknown>)
        : {};
    const cursorKey = `>${q.idKey}`;
    let last: number = num(baseFilter[cursorKey]) ?? 0;
    const select = Array.isArray(params.select) ? (params.select as unknown[]) : undefined;
    const selectWithId =
      select &&
      select.length > 0 &&
      !select.some((s) => typeof s === 'string' && (s === q.idKey || s === '*'))
        ? [...select, q.idKey]
        : select;
    const pageParams = (after: number | string): Record<string, unknown> => {
      const p: Record<string, unknown> = {
        ...params,
        [q.filterKey]: { ...baseFilter, [cursorKey]: after },
        order: { [q.idKey]: 'ASC' },
        start: -1,
      };
      if (selectWithId) p.select = selectWithId;
      return p;
    };
    const idOf = (row: Record<string, unknown>): number => {
      const id = num(row[q.rowIdKey] ?? row[q.rowIdKey.toLowerCase()] ?? row[q.rowIdKey.toUpperCase()]);
      if (id === undefined) {
        throw new B24Error({
          category: 'malformed_response',
          method,
          status: 200,
          description: `a row has no numeric ${q.rowIdKey}`,
          host: this.host,
        });
      }
      return id;
    };
    const rowsPath = q.itemsKey ? `[${q.itemsKey}]` : '';
    const rows: unknown[] = [];
    let pages = 0;
    let perRequest = 1;
    for (;;) {
      if (pages >= pageCap) throw this.pageCapError(method, pageCap);
      const n = Math.min(perRequest, BATCH_LIMIT, pageCap - pages);
      let pageResults: unknown[];
      if (n === 1) {
        pageResults = [(await this.call(method, pageParams(last), { repeatable: true })).result];
      } else {
        const calls: RestCall[] = [];
        for (let k = 0; k < n; k++) {
          const after = k === 0 ? last : `$result[p${k - 1}]${rowsPath}[${PAGE_SIZE - 1}][${q.rowIdKey}]`;
          calls.push({ key: `p${k}`, method, params: pageParams(after) });
        }
        const items = await this.batch(calls, { repeatable: true });
        pageResults = [];
        for (const item of items) {
          if (!item.ok) throw batchItemError(method, item.error ?? { code: '', description: '' }, this.host);
          pageResults.push(item.result);
          // Stop reading answers at the first short page: the ones after it are meaningless.
          if ((listRows(item.result, q.itemsKey)?.length ?? 0) < PAGE_SIZE) break;
        }
      }
      for (const result of pageResults) {
        const page = this.rowsOrThrow(method, result, q);
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
          throw new B24Error({
            category: 'malformed_response',
            method,
            status: 200,
            description: `the ${cursorKey} filter was ignored (ids did not advance past ${last})`,
            host: this.host,
          });
        }
        last = id;
      }
      onProgress?.(rows.length);
      perRequest = Math.min(BATCH_LIMIT, perRequest * 2);
    }
  }
}

/** The B24Client every command uses, over any Wire (HTTP or the sandbox). */
export function createTransport(wire: Wire, opts: TransportOptions = {}): B24Client {
  return new Transport(wire, opts);
}
