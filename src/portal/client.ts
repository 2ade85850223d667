/**
 * The interface every reader and writer above the transport uses (read.ts, resources, apply, audit).
 * Implemented by `Transport` in src/portal/transport.ts over any Wire.
 */
export interface RestTime {
  start?: number;
  finish?: number;
  duration?: number;
  processing?: number;
  operating?: number;
  operating_reset_at?: number;
  date_start?: string;
  date_finish?: string;
}

export interface CallResult<T = unknown> {
  result: T;
  total?: number;
  next?: number;
  time?: RestTime;
}

export interface RestCall {
  method: string;
  params: Record<string, unknown>;
  /**
   * Name of the command inside a batch. Other calls may reference its result as `$result[key][...]`
   * in their params; the transport keeps such calls in the same HTTP request
   * (docs/bitrix24/batch.md#result-references).
   */
  key?: string;
}

export interface BatchItemResult {
  key: string;
  ok: boolean;
  result?: unknown;
  total?: number;
  next?: number;
  /**
   * Present when !ok. An empty `code` is a failure too (crm.status.*, userfields:
   * docs/bitrix24/errors.md#empty-codes).
   */
  error?: { code: string; description: string };
}

export interface CallOptions {
  /**
   * Whether the call may be sent again after an unknown outcome. Defaults: reads (*.list, *.get,
   * *.fields, server.time, scope, profile …) are repeatable; writes are not.
   */
  repeatable?: boolean;
}

export interface BatchOptions {
  /** halt=1: the portal stops at the first failing command of each request. Default false. */
  halt?: boolean;
  repeatable?: boolean;
  /** Progress per HTTP request, for spinners. */
  onProgress?: (doneCalls: number, totalCalls: number) => void;
  /**
   * Once aborted (Ctrl-C during apply), a failed attempt is not tried again and a wait before a retry
   * ends: the request fails with the error of its last attempt (test/integration/apply-interrupt.test.ts).
   */
  signal?: AbortSignal;
}

export interface BatchManyOptions {
  /**
   * halt=1 inside each group; and once a call of any group has failed, groups not yet started are not
   * sent (those in flight finish and report). Default false.
   */
  halt?: boolean;
  repeatable?: boolean;
  /** Send every group whatever happened to the others. Default false. */
  keepGoing?: boolean;
  /** Calls done over all groups, for spinners. */
  onProgress?: (doneCalls: number, totalCalls: number) => void;
}

/** What happened to one group of `batchMany`. */
export type GroupOutcome =
  /** Every request of the group was answered: one item per call, in the group's order. */
  | { state: 'done'; items: BatchItemResult[] }
  /** A request of the group failed as a whole (B24Error: unknown_outcome, network, rate limit …). */
  | { state: 'failed'; error: unknown }
  /** Not sent: another group failed before this one could start. */
  | { state: 'not-sent' };

export interface ListOptions {
  /** The id field for the cursor: 'ID' for crm lists, 'id' for crm.item.list / tasks.task.list. */
  idKey?: string;
  /** Where the rows sit in `result`: e.g. 'items' (crm.item.list), 'tasks' (tasks.task.list). */
  itemsKey?: string;
  /** `filter` (default) or `FILTER` for methods that want upper case. */
  filterKey?: 'filter' | 'FILTER';
  /** Stop after this many pages and fail (protects against endless scans). Default 10 000. */
  pageCap?: number;
  onProgress?: (rowsSoFar: number) => void;
}

export interface TransportStats {
  httpRequests: number;
  restCalls: number;
  retries: number;
  waitedMs: number;
  /** Calls per method, for --verbose. */
  byMethod: Record<string, number>;
}

export interface B24Client {
  readonly host: string;
  readonly kind: 'http' | 'sandbox';
  /**
   * How a command to paste (a hint, a next step) names this portal: a profile name, `sandbox:<file>`
   * or `"$B24_WEBHOOK_URL"`, never the secret (src/portal/open-portal.ts `portalArgOf`).
   */
  readonly portalArg?: string;
  call<T = unknown>(
    method: string,
    params?: Record<string, unknown>,
    opts?: CallOptions,
  ): Promise<CallResult<T>>;
  /**
   * Runs any number of calls, packed 50 per `batch` request; results come back in the calls' order,
   * keyed by each call's `key` (generated as "c<index>" when absent). Sub-command failures do not
   * throw: they are returned with ok=false. Requests holding only reads go several at a time (the
   * transport's in-flight limit); with `halt` or any write they go one after another, in order. A
   * request that fails as a whole throws: requests not yet sent are not sent, and the error of the
   * first failed request (in order) is the one thrown.
   */
  batch(calls: readonly RestCall[], opts?: BatchOptions): Promise<BatchItemResult[]>;
  /**
   * Sends independent groups of calls at the same time, each group like one `batch` (its `$result`
   * references stay inside it; a group over 50 calls is several requests in order). The caller says
   * the groups do not depend on each other: their order of execution on the portal is not kept, their
   * outcomes come back in the groups' order.
   */
  batchMany(groups: ReadonlyArray<readonly RestCall[]>, opts?: BatchManyOptions): Promise<GroupOutcome[]>;
  /** Reads every row of a list method with the fast ID cursor (start=-1, order ID ASC, filter >ID). */
  list<T = Record<string, unknown>>(
    method: string,
    params?: Record<string, unknown>,
    opts?: ListOptions,
  ): Promise<T[]>;
  readonly stats: TransportStats;
  close(): Promise<void>;
}
