import type { BatchItemResult } from './client.js';
import type { KeyedCall } from './batch-pack.js';
import { errorFields } from './errors.js';
import { pageMarks } from './page-marks.js';

/** Codes b24cfg gives sub-commands the portal never reported on; they are not portal codes. */
export const NOT_EXECUTED = 'B24CFG_NOT_EXECUTED';
export const NO_RESULT = 'B24CFG_NO_RESULT';

export class BatchShapeError extends Error {}

/** Empty maps come back as `[]`, not `{}` (docs/bitrix24/batch.md#empty-maps, fixture batch.json). */
function asMap(v: unknown, what: string): Record<string, unknown> {
  if (v === undefined || v === null) return {};
  if (Array.isArray(v)) {
    if (v.length === 0) return {};
    // A non-empty list is what PHP sends for keys 0..n-1; keep it addressable by "0", "1", …
    return Object.fromEntries(v.map((x, i) => [String(i), x] as const));
  }
  if (typeof v === 'object') return v as Record<string, unknown>;
  throw new BatchShapeError(`${what} is ${typeof v}, not a map`);
}

/**
 * Reads the `result` of one batch answer: `{result, result_error, result_total, result_next}` keyed
 * by command. We parse it ourselves because the SDK counts a sub-command with `error:""` as a success
 * (docs/bitrix24/b24jssdk.md#lost-error-texts): here any entry in `result_error`, whatever its code, is a
 * failure. Commands with neither a result nor an error were not executed (halt=1 stops at the first failure).
 */
export function parseBatchResult(
  outer: unknown,
  calls: readonly KeyedCall[],
  halt: boolean,
): BatchItemResult[] {
  if (outer === null || typeof outer !== 'object' || Array.isArray(outer)) {
    throw new BatchShapeError('"result" is not an object');
  }
  const o = outer as Record<string, unknown>;
  if (!('result' in o) && !('result_error' in o)) {
    throw new BatchShapeError('neither "result.result" nor "result.result_error" is present');
  }
  const results = asMap(o.result, 'result.result');
  const errors = asMap(o.result_error, 'result.result_error');
  const totals = asMap(o.result_total, 'result.result_total');
  const nexts = asMap(o.result_next, 'result.result_next');
  const anyFailed = calls.some((c) => c.key in errors);

  return calls.map((c): BatchItemResult => {
    if (c.key in errors) {
      const e = errors[c.key];
      const fields =
        e !== null && typeof e === 'object' && !Array.isArray(e)
          ? errorFields(e as Record<string, unknown>)
          : { code: '', description: typeof e === 'string' ? e : '' };
      return { key: c.key, ok: false, error: fields };
    }
    if (c.key in results) {
      return { key: c.key, ok: true, result: results[c.key], ...pageMarks(totals[c.key], nexts[c.key]) };
    }
    if (halt && anyFailed) {
      return {
        key: c.key,
        ok: false,
        error: {
          code: NOT_EXECUTED,
          description: 'not executed: an earlier command of this batch failed (halt)',
        },
      };
    }
    return {
      key: c.key,
      ok: false,
      error: { code: NO_RESULT, description: 'the portal returned neither a result nor an error' },
    };
  });
}
