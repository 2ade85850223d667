import { parseBatchCommand } from '../../../src/sandbox/php-query.js';
import type { WireResponse } from '../../../src/portal/wire.js';

/** Resolves `$result[key][path…]` like the portal (docs/bitrix24/batch.md#result-references). */
export function resolveRefs(value: unknown, results: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    const whole = /^\$result((?:\[[^\]]+\])+)$/.exec(value);
    const walk = (path: string): unknown => {
      let r: unknown = results;
      for (const m of path.matchAll(/\[([^\]]+)\]/g)) {
        if (r === null || typeof r !== 'object') return undefined;
        r = (r as Record<string, unknown>)[m[1]!];
      }
      return r;
    };
    if (whole) return walk(whole[1]!);
    return value.replace(/\$result((?:\[[^\]]+\])+)/g, (all, path: string) => {
      const v = walk(path);
      return typeof v === 'string' || typeof v === 'number' ? String(v) : all;
    });
  }
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, results));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, results)]));
  }
  return value;
}

export type Handler = (
  method: string,
  params: Record<string, unknown>,
) => { result: unknown; total?: number; next?: number } | { error: string; error_description: string };

/** Answers single calls and batches (with $result references) from a per-method handler. */
export function portalResponder(
  handle: Handler,
): (method: string, params: Record<string, unknown>) => WireResponse {
  return (method, params) => {
    if (method !== 'batch') {
      const r = handle(method, params);
      return 'error' in r
        ? { status: 400, body: r }
        : { status: 200, body: { ...r, time: { start: 0, finish: 0 } } };
    }
    const cmd = params.cmd as Record<string, string>;
    const result: Record<string, unknown> = {};
    const errors: Record<string, unknown> = {};
    const totals: Record<string, number> = {};
    const nexts: Record<string, number> = {};
    for (const [key, text] of Object.entries(cmd)) {
      const c = parseBatchCommand(text);
      const r = handle(c.method, resolveRefs(c.params, result) as Record<string, unknown>);
      if ('error' in r) {
        errors[key] = r;
        if (params.halt === 1) break;
        continue;
      }
      result[key] = r.result;
      if (r.total !== undefined) totals[key] = r.total;
      if (r.next !== undefined) nexts[key] = r.next;
    }
    const map = (o: Record<string, unknown>) => (Object.keys(o).length === 0 ? [] : o);
    return {
      status: 200,
      body: {
        result: {
          result: map(result),
          result_error: map(errors),
          result_total: map(totals),
          result_next: map(nexts),
          result_time: [],
        },
        time: { start: 0, finish: 0 },
      },
    };
  };
}

/** A list method over rows with ids 1..n honouring `>ID`, order and start=-1 / start=N. */
export function listHandler(
  n: number,
  opts: { idKey?: string; itemsKey?: string; ignoreFilter?: boolean } = {},
): Handler {
  const idKey = opts.idKey ?? 'ID';
  const rows = Array.from({ length: n }, (_, i) => ({
    [idKey]: opts.idKey === 'id' ? i + 1 : String(i + 1),
    TITLE: `row ${i + 1}`,
  }));
  return (_method, params) => {
    const filter = (params.filter ?? {}) as Record<string, unknown>;
    const after = Number(filter[`>${idKey}`] ?? 0);
    const start = Number(params.start ?? 0);
    // Ids are 1..n in order, so "> after" is the tail from index `after`.
    const matching = opts.ignoreFilter ? rows : rows.slice(Math.max(0, after));
    const page = start === -1 ? matching.slice(0, 50) : matching.slice(start, start + 50);
    const result = opts.itemsKey ? { [opts.itemsKey]: page } : page;
    if (start === -1) return { result };
    const next = start + 50 < matching.length ? start + 50 : undefined;
    return { result, total: matching.length, ...(next !== undefined ? { next } : {}) };
  };
}
