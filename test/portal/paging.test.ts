import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/core/errors.js';
import type { BatchItemResult, CallResult, RestCall } from '../../src/portal/client.js';
import { B24Error } from '../../src/portal/errors.js';
import { listAll, quirksFor, type PagingClient } from '../../src/portal/paging.js';

/** A client answering from functions, recording what paging asked for (no transport underneath). */
function client(
  call: (method: string, params: Record<string, unknown>) => CallResult,
  batch: (calls: readonly RestCall[]) => BatchItemResult[] = () => [],
): PagingClient & { asked: Array<{ kind: 'call' | 'batch'; n: number }> } {
  const asked: Array<{ kind: 'call' | 'batch'; n: number }> = [];
  return {
    host: 'paging.test',
    asked,
    call<T>(method: string, params: Record<string, unknown> = {}) {
      asked.push({ kind: 'call', n: 1 });
      return Promise.resolve(call(method, params) as CallResult<T>);
    },
    batch(calls) {
      asked.push({ kind: 'batch', n: calls.length });
      return Promise.resolve(batch(calls));
    },
  };
}

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ ID: String(from + i) }));

describe('quirksFor', () => {
  it('the quirks table wins over a caller’s idKey; itemsKey and filterKey can be overridden', () => {
    expect(quirksFor('tasks.task.list', { idKey: 'id' })).toMatchObject({ idKey: 'ID', rowIdKey: 'id' });
    expect(quirksFor('crm.contact.list', { idKey: 'CID' })).toMatchObject({ idKey: 'CID', rowIdKey: 'CID' });
    expect(quirksFor('crm.deal.list', { itemsKey: 'deals', filterKey: 'FILTER' })).toMatchObject({
      paging: 'cursor',
      itemsKey: 'deals',
      filterKey: 'FILTER',
    });
  });
});

describe('offset paging', () => {
  it('asks the pages after the first together once total is known, with their offsets', async () => {
    const seen: number[] = [];
    const c = client(
      () => ({ result: { categories: rows(1, 50) }, total: 130, next: 50 }),
      (calls) =>
        calls.map((x) => {
          const start = x.params.start as number;
          seen.push(start);
          return {
            key: x.key!,
            ok: true,
            result: { categories: rows(start + 1, Math.min(50, 130 - start)) },
          };
        }),
    );
    const out = await listAll(c, 'crm.category.list', { entityTypeId: 2 });
    expect(out).toHaveLength(130);
    expect(seen).toEqual([50, 100]);
    expect(c.asked).toEqual([
      { kind: 'call', n: 1 },
      { kind: 'batch', n: 2 },
    ]);
  });

  it('keeps following next when rows were added past the total it planned with', async () => {
    const c = client(
      () => ({ result: { categories: rows(1, 50) }, total: 100, next: 50 }),
      (calls) =>
        calls.map((x) => {
          const start = x.params.start as number;
          const next = start + 50 < 120 ? { next: start + 50 } : {};
          return {
            key: x.key!,
            ok: true,
            result: { categories: rows(start + 1, Math.min(50, 120 - start)) },
            ...next,
          };
        }),
    );
    expect(await listAll(c, 'crm.category.list', {})).toHaveLength(120);
    expect(c.asked.map((a) => a.n)).toEqual([1, 1, 1]);
  });

  it('stops at the page cap before asking for more (exit 6)', async () => {
    const c = client(() => ({ result: { categories: rows(1, 50) }, total: 500, next: 50 }));
    const err = await listAll(c, 'crm.category.list', {}, { pageCap: 4 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect([(err as CliError).code, (err as CliError).exitCode, (err as CliError).where]).toEqual([
      'B24_PAGE_CAP',
      6,
      'paging.test ▸ crm.category.list',
    ]);
    expect(c.asked).toHaveLength(1);
  });

  it('a failed page is the method’s error, classified by its code', async () => {
    const c = client(
      () => ({ result: rows(1, 50), total: 60, next: 50 }),
      (calls) =>
        calls.map((x) => ({ key: x.key!, ok: false, error: { code: 'ACCESS_DENIED', description: 'no' } })),
    );
    const err = await listAll(c, 'user.get', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(B24Error);
    expect([(err as B24Error).category, (err as B24Error).method]).toEqual(['access', 'user.get']);
  });
});

describe('whole lists and row shapes', () => {
  it('an object keyed by id is a row list; a scalar is malformed', async () => {
    const keyed = client(() => ({ result: { templates: { 7: { id: 7 }, 9: { id: 9 } } } }));
    expect(await listAll(keyed, 'crm.status.list', {}, { itemsKey: 'templates' })).toEqual([
      { id: 7 },
      { id: 9 },
    ]);
    const scalar = client(() => ({ result: 'nope' }));
    const err = await listAll(scalar, 'crm.status.list', {}).catch((e: unknown) => e);
    expect((err as B24Error).category).toBe('malformed_response');
    expect((err as B24Error).description).toBe('the result is not a row list');
  });
});

describe('cursor paging', () => {
  it('adds the id to a select that lacks it and starts after a cursor the caller gave', async () => {
    const seen: Array<Record<string, unknown>> = [];
    const c = client((_m, p) => {
      seen.push(p);
      return { result: rows(11, 3) };
    });
    expect(await listAll(c, 'crm.deal.list', { filter: { '>ID': 10 }, select: ['TITLE'] })).toHaveLength(3);
    expect(seen).toEqual([
      { filter: { '>ID': 10 }, select: ['TITLE', 'ID'], order: { ID: 'ASC' }, start: -1 },
    ]);
  });

  it('a row without a numeric id is malformed, not an endless loop', async () => {
    const c = client(() => ({ result: Array.from({ length: 50 }, () => ({ TITLE: 'x' })) }));
    const err = await listAll(c, 'crm.deal.list', {}).catch((e: unknown) => e);
    expect((err as B24Error).description).toBe('a row has no numeric ID');
  });
});
