import { describe, expect, it } from 'vitest';
import { assignKeys } from '../../src/portal/batch-pack.js';
import { BatchShapeError, NOT_EXECUTED, parseBatchResult } from '../../src/portal/batch-parse.js';
import { fixture } from './helpers/fixtures.js';

const keyed = (...keys: string[]) => assignKeys(keys.map((key) => ({ key, method: 'user.get', params: {} })));

describe('parseBatchResult', () => {
  it('reads the documented success answer, [] maps and result_total', () => {
    const items = parseBatchResult(fixture('batch').body.result, keyed('get_user', 'get_department'), false);
    expect(items.map((i) => i.ok)).toEqual([true, true]);
    expect(items[1]?.total).toBe(1);
    expect(items[0]?.total).toBeUndefined();
    expect((items[0]?.result as Record<string, unknown>).NAME).toBe('John');
  });

  it('reads halt=0 and halt=1 error answers (documented fixtures)', () => {
    const h0 = parseBatchResult(
      fixture('batch.error-halt0').body.result,
      keyed('get_user', 'get_department'),
      false,
    );
    expect(h0).toEqual([
      { key: 'get_user', ok: false, error: { code: 'insufficient_scope', description: '' } },
      { key: 'get_department', ok: false, error: { code: 'insufficient_scope', description: '' } },
    ]);
    const h1 = parseBatchResult(
      fixture('batch.error-halt1').body.result,
      keyed('get_user', 'get_department'),
      true,
    );
    expect(h1[0]?.error?.code).toBe('insufficient_scope');
    expect(h1[1]?.error?.code).toBe(NOT_EXECUTED);
  });

  it.each([
    ['empty string', ''],
    ['zero', 0],
    ['string zero', '0'],
  ])('a sub-command with error %s is a failure that keeps its text', (_label, code) => {
    const items = parseBatchResult(
      {
        result: { a: 101 },
        result_error: { b: { error: code, error_description: 'The field STATUS_ID is required.' } },
        result_total: [],
        result_next: [],
      },
      keyed('a', 'b'),
      false,
    );
    expect(items[0]).toEqual({ key: 'a', ok: true, result: 101 });
    expect(items[1]).toEqual({
      key: 'b',
      ok: false,
      error: { code: String(code), description: 'The field STATUS_ID is required.' },
    });
  });

  it('keeps null results (delete) as successes and reports missing ones', () => {
    const items = parseBatchResult({ result: { a: null }, result_error: [] }, keyed('a', 'b'), false);
    expect(items[0]).toEqual({ key: 'a', ok: true, result: null });
    expect(items[1]?.ok).toBe(false);
  });

  it('rejects answers that are not batch answers', () => {
    expect(() => parseBatchResult(null, keyed('a'), false)).toThrow(BatchShapeError);
    expect(() => parseBatchResult({ foo: 1 }, keyed('a'), false)).toThrow(BatchShapeError);
    expect(() => parseBatchResult({ result: 5 }, keyed('a'), false)).toThrow(BatchShapeError);
  });
});
