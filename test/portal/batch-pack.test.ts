import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/core/errors.js';
import type { RestCall } from '../../src/portal/client.js';
import {
  assignKeys,
  batchCommands,
  batchLabel,
  packCalls,
  referencedKeys,
} from '../../src/portal/batch-pack.js';
import { decodePhpQuery } from '../../src/sandbox/php-query.js';

const status = (i: number, extra: Record<string, unknown> = {}): RestCall => ({
  method: 'crm.status.add',
  params: { fields: { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: `S${i}`, NAME: `Stage ${i}`, ...extra } },
});

function sizes(calls: RestCall[]): Array<string> {
  return packCalls(assignKeys(calls)).map((r) =>
    r.kind === 'batch' ? `batch:${r.calls.length}` : `single:${r.call.key}`,
  );
}

describe('assignKeys', () => {
  it('keeps given keys, generates c<index> for the rest and avoids clashes', () => {
    const keyed = assignKeys([
      { method: 'a', params: {}, key: 'c1' },
      { method: 'b', params: {} },
      { method: 'c', params: {} },
    ]);
    expect(keyed.map((k) => k.key)).toEqual(['c1', 'c1_1', 'c2']);
  });
  it('rejects duplicate and unsafe keys', () => {
    expect(() =>
      assignKeys([
        { method: 'a', params: {}, key: 'x' },
        { method: 'b', params: {}, key: 'x' },
      ]),
    ).toThrow(InternalError);
    expect(() => assignKeys([{ method: 'a', params: {}, key: 'a]b' }])).toThrow(InternalError);
  });
});

describe('packCalls', () => {
  it('packs 120 calls into 3 batch requests of 50, 50, 20, in order', () => {
    const calls = Array.from({ length: 120 }, (_, i) => status(i));
    const reqs = packCalls(assignKeys(calls));
    expect(reqs.map((r) => (r.kind === 'batch' ? r.calls.length : 0))).toEqual([50, 50, 20]);
    const order = reqs.flatMap((r) => (r.kind === 'batch' ? r.calls.map((c) => c.index) : []));
    expect(order).toEqual(Array.from({ length: 120 }, (_, i) => i));
  });

  it('keeps a $result chain in one request across the 50 boundary', () => {
    const calls: RestCall[] = Array.from({ length: 48 }, (_, i) => status(i));
    calls.push({
      key: 'pipe',
      method: 'crm.category.add',
      params: { entityTypeId: 2, fields: { name: 'B2B' } },
    });
    calls.push({
      key: 'st1',
      method: 'crm.status.add',
      params: { fields: { ENTITY_ID: 'DEAL_STAGE_$result[pipe][category][id]', STATUS_ID: 'A', NAME: 'A' } },
    });
    calls.push({
      key: 'st2',
      method: 'crm.status.add',
      params: { fields: { ENTITY_ID: 'DEAL_STAGE_$result[pipe][category][id]', STATUS_ID: 'B', NAME: 'B' } },
    });
    calls.push({ key: 'get', method: 'crm.status.get', params: { id: '$result[st2]' } });
    const reqs = packCalls(assignKeys(calls));
    expect(reqs.map((r) => (r.kind === 'batch' ? r.calls.length : -1))).toEqual([48, 4]);
    const second = reqs[1];
    expect(second?.kind === 'batch' && second.calls.map((c) => c.key)).toEqual(['pipe', 'st1', 'st2', 'get']);
  });

  it('moves a whole chain forward rather than split it, keeping the original order inside a request', () => {
    const calls: RestCall[] = [{ key: 'p', method: 'crm.category.add', params: { fields: { name: 'X' } } }];
    for (let i = 0; i < 60; i++) calls.push(status(i));
    calls.push({
      key: 's',
      method: 'crm.status.add',
      params: { fields: { ENTITY_ID: 'DEAL_STAGE_$result[p][category][id]' } },
    });
    const reqs = packCalls(assignKeys(calls));
    const first = reqs[0];
    expect(first?.kind).toBe('batch');
    if (first?.kind !== 'batch') return;
    expect(first.calls).toHaveLength(50);
    expect(first.calls[0]?.key).toBe('p');
    expect(first.calls.at(-1)?.key).toBe('s');
    const all = reqs.flatMap((r) => (r.kind === 'batch' ? r.calls : []));
    expect(all).toHaveLength(62);
  });

  it('refuses a chain longer than one batch (InternalError)', () => {
    const calls: RestCall[] = [{ key: 'k0', method: 'crm.category.add', params: {} }];
    for (let i = 1; i <= 50; i++)
      calls.push({ key: `k${i}`, method: 'crm.status.get', params: { id: `$result[k${i - 1}]` } });
    expect(() => packCalls(assignKeys(calls))).toThrow(/chain of 51 calls/);
  });

  it('refuses references to unknown or later keys', () => {
    expect(() => packCalls(assignKeys([{ method: 'x.get', params: { id: '$result[nope]' } }]))).toThrow(
      InternalError,
    );
    expect(() =>
      packCalls(
        assignKeys([
          { key: 'a', method: 'x.get', params: { id: '$result[b]' } },
          { key: 'b', method: 'y.get', params: {} },
        ]),
      ),
    ).toThrow(InternalError);
  });

  it('sends calls a query string cannot carry alone, as JSON, at their place', () => {
    const calls: RestCall[] = [
      status(0),
      status(1),
      { key: 'clear', method: 'crm.deal.userfield.update', params: { id: 5, fields: { LIST: [] } } },
      status(3),
      { method: 'server.time', params: {} },
    ];
    expect(sizes(calls)).toEqual(['batch:2', 'single:clear', 'batch:2']);
  });

  it('refuses a single-only call that takes part in a $result chain', () => {
    const calls: RestCall[] = [
      { key: 'a', method: 'crm.category.add', params: { fields: { name: 'X' } } },
      { key: 'b', method: 'crm.deal.userfield.update', params: { id: '$result[a]', fields: { LIST: [] } } },
    ];
    expect(() => packCalls(assignKeys(calls))).toThrow(InternalError);
  });
});

describe('batchCommands / referencedKeys', () => {
  it('encodes "method?query" that decodes back to the params, references intact', () => {
    const [c] = assignKeys([
      {
        key: 'x',
        method: 'department.get',
        params: { ID: '$result[get_user][UF_DEPARTMENT][0]', order: { SORT: 'ASC' } },
      },
    ]);
    const cmd = batchCommands([c!]);
    const [method, query] = cmd.x!.split('?');
    expect(method).toBe('department.get');
    expect(decodePhpQuery(query!)).toEqual({
      ID: '$result[get_user][UF_DEPARTMENT][0]',
      order: { SORT: 'ASC' },
    });
    expect(batchCommands(assignKeys([{ key: 't', method: 'server.time', params: {} }]))).toEqual({
      t: 'server.time',
    });
  });
  it('finds references in nested values', () => {
    expect([...referencedKeys({ a: ['$result[x][0][ID]', { b: 'pre $result[y] post' }] })]).toEqual([
      'x',
      'y',
    ]);
  });
});

describe('batchLabel', () => {
  it('names the methods of a request with their counts, four at most', () => {
    expect(
      batchLabel([
        { method: 'crm.status.add' },
        { method: 'crm.status.add' },
        { method: 'crm.category.add' },
      ]),
    ).toBe('batch[crm.status.add ×2, crm.category.add]');
    expect(batchLabel(['a', 'b', 'c', 'd', 'e', 'f'].map((method) => ({ method })))).toBe(
      'batch[a, b, c, d, +2]',
    );
  });
});
