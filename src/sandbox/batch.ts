/**
 * `batch`: up to 50 commands "method?query" in one HTTP request, run in order, each able to use earlier
 * results through `$result[key][field]…` (list rows by index: `$result[x][0][ID]`). The answer is
 * always HTTP 200 with result / result_error / result_total / result_next / result_time, and EMPTY
 * maps are printed as [] (rest-map §14; [D] settings/how-to-call-rest-api/batch.md; fixtures batch*.json).
 */
import { parseBatchCommand } from '../portal/php-query.js';
import type { RestTimeInfo } from './envelope.js';
import { asRecord, isRecord, isYes, type Params } from './values.js';

export type CallOutcome =
  | { ok: true; result: unknown; total?: number; next?: number; time: RestTimeInfo }
  | { ok: false; status: number; error: string | number; description: string };

export type CallOne = (method: string, params: Params) => CallOutcome;

export const MAX_BATCH_COMMANDS = 50;

const REFERENCE = /\$(result|total|next|time|error)\[([^\]]*)\]((?:\[[^\]]*\])*)/g;

interface Collected {
  result: Record<string, unknown>;
  total: Record<string, number>;
  next: Record<string, number>;
  time: Record<string, unknown>;
  error: Record<string, unknown>;
}

function lookup(c: Collected, kind: string, key: string, path: string): unknown {
  const source: Record<string, unknown> =
    kind === 'total'
      ? c.total
      : kind === 'next'
        ? c.next
        : kind === 'time'
          ? c.time
          : kind === 'error'
            ? c.error
            : c.result;
  let v: unknown = source[key];
  for (const m of path.matchAll(/\[([^\]]*)\]/g)) {
    const seg = m[1] ?? '';
    if (Array.isArray(v)) v = v[Number(seg)];
    else if (isRecord(v)) v = v[seg];
    else return undefined;
  }
  return v;
}

/** Replaces references in every string value; a value that is exactly one reference takes the referenced value. */
function resolve(value: unknown, c: Collected): unknown {
  if (typeof value === 'string') {
    REFERENCE.lastIndex = 0;
    const whole = /^\$(result|total|next|time|error)\[([^\]]*)\]((?:\[[^\]]*\])*)$/.exec(value);
    if (whole) return lookup(c, whole[1] ?? 'result', whole[2] ?? '', whole[3] ?? '') ?? '';
    return value.replace(REFERENCE, (_all, kind: string, key: string, path: string) => {
      const v = lookup(c, kind, key, path);
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
    });
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, c));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, c)]));
  return value;
}

function mapOrList(m: Record<string, unknown>): unknown {
  return Object.keys(m).length > 0 ? m : [];
}

export function runBatch(
  params: Params,
  callOne: CallOne,
): { status: number; body: Record<string, unknown>; calls: number } {
  const cmd = asRecord(params.cmd) ?? {};
  const entries = Object.entries(cmd);
  if (entries.length > MAX_BATCH_COMMANDS) {
    return {
      status: 400,
      body: { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' },
      calls: 0,
    };
  }
  const halt = isYes(params.halt);
  const c: Collected = { result: {}, total: {}, next: {}, time: {}, error: {} };
  let calls = 0;
  for (const [key, raw] of entries) {
    const text = typeof raw === 'string' ? raw : '';
    const parsed = parseBatchCommand(text);
    const method = parsed.method
      .trim()
      .toLowerCase()
      .replace(/\.json$/, '');
    let outcome: CallOutcome;
    if (method === 'batch') {
      outcome = {
        ok: false,
        status: 405,
        error: 'ERROR_BATCH_METHOD_NOT_ALLOWED',
        description: 'Method is not allowed for batch usage',
      };
    } else {
      calls++;
      outcome = callOne(parsed.method, resolve(parsed.params, c) as Params);
    }
    if (outcome.ok) {
      c.result[key] = outcome.result;
      if (outcome.total !== undefined) c.total[key] = outcome.total;
      if (outcome.next !== undefined) c.next[key] = outcome.next;
      // result_time entries carry no operating keys (fixture batch.json).
      const { operating: _o, operating_reset_at: _r, ...time } = outcome.time;
      c.time[key] = time;
    } else {
      c.error[key] = { error: outcome.error, error_description: outcome.description };
      if (halt) break;
    }
  }
  return {
    status: 200,
    body: {
      result: {
        result: mapOrList(c.result),
        result_error: mapOrList(c.error),
        result_total: mapOrList(c.total),
        result_next: mapOrList(c.next),
        result_time: mapOrList(c.time),
      },
    },
    calls,
  };
}
