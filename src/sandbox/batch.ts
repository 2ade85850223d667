/**
 * `batch`: up to 50 commands "method?query" in one HTTP request, run in order, each able to use earlier
 * results through `$result[key][field]…` (list rows by index: `$result[x][0][ID]`). The answer is
 * always HTTP 200 with result / result_error / result_total / result_next / result_time, and EMPTY
 * maps are printed as [] (docs/bitrix24/parity.md#batch-halt; fixtures batch*.json).
 */
import { parseBatchCommand } from './php-query.js';
import type { RestTimeInfo } from './envelope.js';
import { phpTruthy } from './php.js';
import { asRecord, isRecord, type Params } from './values.js';

export type CallOutcome =
  | { ok: true; result: unknown; total?: number; next?: number; time: RestTimeInfo }
  | { ok: false; status: number; error: string | number; description: string };

export type CallOne = (method: string, params: Params) => CallOutcome;

export const MAX_BATCH_COMMANDS = 50;

/**
 * References are substituted the way the portal does it (docs/bitrix24/batch.md#result-references):
 * `$result…`, `$next…`, `$total…`, `$time…`, `$error…` (matched in any case) followed by anything up to
 * whitespace; every `[…]` in that run is one step of the walk from the collected map of that name, looked
 * up in the case written, so `$RESULT[x]` starts from nothing. A step that does not exist or holds null
 * stops the walk where it is: a missing key leaves the whole map. A value that is exactly one reference
 * becomes the reached value (of any type); inside a longer string every occurrence of the run —
 * including any text after the last `]` — is replaced by the reached value when it is a string or a
 * number, and left alone otherwise. Keys are never substituted: parse_str cannot make a key that
 * holds a whole `[…]`.
 */
export interface Collected {
  result: Record<string, unknown>;
  total: Record<string, number>;
  next: Record<string, number>;
  time: Record<string, unknown>;
  error: Record<string, unknown>;
}

const REFERENCE = /\$(result|next|total|time|error)([^\s]*)/gi;

/** PHP `isset($v[$key])` then `$v[$key]`: list rows by a canonical integer, a string's characters too. */
function phpStep(v: unknown, key: string): unknown {
  const index = /^(0|-?[1-9]\d*)$/.test(key) ? Number(key) : undefined;
  if (typeof v === 'string') {
    if (index === undefined) return undefined;
    const at = index < 0 ? v.length + index : index;
    return at >= 0 && at < v.length ? v[at] : undefined;
  }
  if (Array.isArray(v)) return index === undefined ? undefined : (v as unknown[])[index];
  return isRecord(v) ? v[key] : undefined;
}

function walk(c: Collected, kind: string, path: string): unknown {
  let v: unknown = collectedOf(c, kind);
  for (const m of path.matchAll(/\[([^\]]+)\]/g)) {
    const next = phpStep(v, m[1] ?? '');
    if (next === undefined || next === null) break;
    v = next;
  }
  return v;
}

/** The collected map a reference names; any other case is an array key the answer does not have. */
function collectedOf(c: Collected, kind: string): Record<string, unknown> | undefined {
  switch (kind) {
    case 'result':
      return c.result;
    case 'total':
      return c.total;
    case 'next':
      return c.next;
    case 'time':
      return c.time;
    case 'error':
      return c.error;
    default:
      return undefined;
  }
}

/** Replaces references in every string value of a command's parameters. */
export function resolveReferences(value: unknown, c: Collected): unknown {
  if (typeof value === 'string') {
    const matches = [...value.matchAll(REFERENCE)];
    if (matches.length === 0) return value;
    let out = value;
    for (const m of matches) {
      if (!/\[[^\]]+\]/.test(m[2] ?? '')) continue;
      const reached = walk(c, m[1] ?? 'result', m[2] ?? '');
      if (m[0] === value) return reached === undefined ? null : reached;
      const text = typeof reached === 'number' ? String(reached) : reached;
      if (typeof text !== 'string') continue;
      // str_replace: every occurrence of the run.
      out = out.split(m[0]).join(text);
    }
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => resolveReferences(v, c));
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveReferences(v, c)]));
  return value;
}

function mapOrList(m: Record<string, unknown>): unknown {
  return Object.keys(m).length > 0 ? m : [];
}

export function runBatch(
  params: Params,
  callOne: CallOne,
): { status: number; body: Record<string, unknown>; calls: number } {
  // Keys are read case-insensitively and `halt` is PHP-truthy: "N" and "false" halt, "0" and "" do not
  // (docs/bitrix24/parity.md#batch-halt).
  const upper = Object.fromEntries(Object.entries(params).map(([k, v]) => [k.toUpperCase(), v]));
  const cmd = asRecord(upper.CMD) ?? {};
  const entries = Object.entries(cmd);
  const halt = phpTruthy(upper.HALT);
  const c: Collected = { result: {}, total: {}, next: {}, time: {}, error: {} };
  let calls = 0;
  for (const [index, [key, raw]] of entries.entries()) {
    let outcome: CallOutcome;
    // The portal runs the first 50 commands and answers each further one with this error
    // (docs/bitrix24/parity.md#batch-halt).
    if (index >= MAX_BATCH_COMMANDS) {
      outcome = {
        ok: false,
        status: 400,
        error: 'ERROR_BATCH_LENGTH_EXCEEDED',
        description: 'Max batch length exceeded',
      };
    } else {
      // A command that is not a string is skipped without a trace in the answer.
      if (typeof raw !== 'string') continue;
      const parsed = parseBatchCommand(raw);
      const method = parsed.method
        .trim()
        .toLowerCase()
        .replace(/\.json$/, '');
      if (method === 'batch') {
        outcome = {
          ok: false,
          status: 405,
          error: 'ERROR_BATCH_METHOD_NOT_ALLOWED',
          description: 'Method is not allowed for batch usage',
        };
      } else {
        calls++;
        outcome = callOne(parsed.method, resolveReferences(parsed.params, c) as Params);
      }
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
