/**
 * The naive baseline: a REST client the way a typical integration talks to Bitrix24 — one HTTP request
 * per REST call, no `batch`, lists read with offset paging of 50 rows per request (`start` 0, 50, 100 …,
 * following `next`), as b24jssdk's `callMethod` / `callListMethod` do
 * (docs/bitrix24/b24jssdk.md#list-helpers).
 *
 * Written over `fetch` rather than on the SDK itself: the requests are the same (one POST per call, the
 * same offset pages), but the SDK refuses http:// (the sandbox needs an axios interceptor), prints a
 * deprecation warning on every callMethod/callListMethod call, and keeps its own counters we would have
 * to trust; here every request is counted where it is sent. Like the SDK's default RestrictionManager it
 * paces itself with a 50-burst, 2-per-second bucket and retries a 503 after 1.5 s × 1.5^attempt, so a
 * naive run gets no more 503s than b24cfg does.
 */

export interface NaiveOptions {
  /** Client-side pacing like the SDK's default (50 burst, 2 per second); false when the portal has no limits. */
  pace?: { burst: number; perSecond: number } | false;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  fetch?: typeof fetch;
}

export interface NaiveStats {
  httpRequests: number;
  restCalls: number;
  retries: number;
  waitedMs: number;
}

export interface NaiveAnswer {
  result: unknown;
  total?: number;
  next?: number;
}

export class NaiveError extends Error {
  constructor(
    readonly method: string,
    readonly status: number,
    readonly code: string,
    description: string,
  ) {
    super(`${method}: ${code || `HTTP ${status}`} ${description}`.trim());
  }
}

const MAX_ATTEMPTS = 3;

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function scalarText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export class NaiveClient {
  readonly stats: NaiveStats = { httpRequests: 0, restCalls: 0, retries: 0, waitedMs: 0 };
  private level = 0;
  private levelAt: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly fetchFn: typeof fetch;

  /** `baseUrl`: the webhook URL, ending in `/rest/<user>/<secret>/`. */
  constructor(
    private readonly baseUrl: string,
    private readonly opts: NaiveOptions = {},
  ) {
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.now = opts.now ?? Date.now;
    this.fetchFn = opts.fetch ?? fetch;
    this.levelAt = this.now();
  }

  /** One REST call, one HTTP request (plus retries after a 503, as the SDK does). */
  async call(method: string, params: Record<string, unknown> = {}): Promise<NaiveAnswer> {
    this.stats.restCalls++;
    for (let attempt = 0; ; attempt++) {
      await this.pace();
      this.stats.httpRequests++;
      const res = await this.fetchFn(`${this.baseUrl}${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(params),
      });
      const text = await res.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const error = isRecord(body) && 'error' in body ? body : undefined;
      if (res.status === 503 && attempt + 1 < MAX_ATTEMPTS) {
        // b24jssdk: (1000 / drainRate + 1000) × 1.5^attempt, i.e. 1.5 s then 2.25 s (research §3).
        const wait = 1500 * 1.5 ** attempt;
        this.stats.retries++;
        this.stats.waitedMs += wait;
        this.level = this.opts.pace ? this.opts.pace.burst : 0;
        this.levelAt = this.now();
        await this.sleep(wait);
        continue;
      }
      if (res.status !== 200 || error || !isRecord(body)) {
        throw new NaiveError(
          method,
          res.status,
          scalarText(error?.error),
          scalarText(error?.error_description) || text.slice(0, 200),
        );
      }
      const out: NaiveAnswer = { result: body.result };
      const total = num(body.total);
      const next = num(body.next);
      if (total !== undefined) out.total = total;
      if (next !== undefined) out.next = next;
      return out;
    }
  }

  /**
   * Every row of a list, 50 per request, by offset (`callListMethod`): start 0, then `next` until the
   * portal stops sending it. `itemsKey` names where the rows sit (items for crm.item.list, tasks for
   * tasks.task.list). Returns the rows read and the list's `total`.
   */
  async listAll(
    method: string,
    params: Record<string, unknown> = {},
    itemsKey?: string,
  ): Promise<{ rows: unknown[]; total: number; pages: number }> {
    const rows: unknown[] = [];
    const first = await this.call(method, { ...params, start: 0 });
    rows.push(...rowsOf(first.result, itemsKey));
    let pages = 1;
    const total = first.total ?? rows.length;
    let next = first.next;
    while (next !== undefined) {
      const page = await this.call(method, { ...params, start: next });
      rows.push(...rowsOf(page.result, itemsKey));
      pages++;
      next = page.next;
    }
    return { rows, total, pages };
  }

  /** Waits for room in the client-side bucket (SDK RestrictionManager defaults: 50 burst, 2/s). */
  private async pace(): Promise<void> {
    const p = this.opts.pace;
    if (!p) return;
    const now = this.now();
    this.level = Math.max(0, this.level - ((now - this.levelAt) / 1000) * p.perSecond);
    this.levelAt = now;
    if (this.level + 1 > p.burst) {
      const wait = ((this.level + 1 - p.burst) / p.perSecond) * 1000;
      this.stats.waitedMs += wait;
      await this.sleep(wait);
      const after = this.now();
      this.level = Math.max(0, this.level - ((after - this.levelAt) / 1000) * p.perSecond);
      this.levelAt = after;
    }
    this.level += 1;
  }
}

/** Rows of a list answer: the result itself, or result[itemsKey]; an empty map may come back as [] or {}. */
export function rowsOf(result: unknown, itemsKey?: string): unknown[] {
  const v = itemsKey !== undefined && isRecord(result) ? result[itemsKey] : result;
  if (Array.isArray(v)) return v;
  if (isRecord(v)) return Object.values(v);
  return [];
}
