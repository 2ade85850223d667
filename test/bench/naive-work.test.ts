import { afterEach, describe, expect, it } from 'vitest';
import { NaiveClient } from '../../bench/naive/client.js';
import {
  classifyCall,
  isCursorPage,
  itemsKeyOf,
  phasesOf,
  queryOfPage,
  requestClass,
  resolveRefs,
  runNaive,
} from '../../bench/naive/work.js';
import { callsOf, startHost, type LoggedCall, type SandboxHost } from '../../bench/sandbox-host.js';
import { createHttpWire } from '../../src/portal/http-wire.js';
import { createTransport } from '../../src/portal/transport.js';
import { generatePortal } from '../../src/sandbox/index.js';

const hosts: SandboxHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

describe('call classes', () => {
  it.each([
    ['crm.category.list', 'config'],
    ['crm.status.list', 'config'],
    ['crm.deal.userfield.list', 'config'],
    ['user.get', 'config'],
    ['crm.item.list', 'data'],
    ['tasks.task.list', 'data'],
    ['voximplant.statistic.get', 'data'],
    ['crm.deal.userfield.get', 'data'],
    ['crm.category.add', 'write'],
    ['crm.status.delete', 'write'],
    ['imopenlines.config.update', 'write'],
  ])('%s is a %s call', (method, cls) => {
    expect(classifyCall(method)).toBe(cls);
  });

  const call = (method: string): LoggedCall => ({ request: 0, method, params: {} });
  it.each([
    [['crm.category.list', 'crm.status.list'], 'config'],
    // The configuration read with the portal's identity in it is still the configuration read (the full
    // bench of 2026-12-05 found the naive client reading it call by call: 19 requests instead of 39).
    [['server.time', 'imopenlines.config.path.get', 'crm.category.list'], 'config'],
    [['crm.category.add', 'crm.status.list'], 'write'],
    [['crm.item.list', 'crm.category.list'], 'data'],
    [['tasks.task.list'], 'data'],
  ])('a request of %j is %s', (methods, cls) => {
    expect(requestClass(methods.map(call))).toBe(cls);
  });
});

describe('phasesOf', () => {
  it('joins consecutive requests of one class and splits where the class changes', () => {
    const log: LoggedCall[] = [
      { request: 0, method: 'crm.category.list', params: {} },
      { request: 0, method: 'crm.status.list', params: {} },
      { request: 1, method: 'crm.category.add', params: {} },
      { request: 1, method: 'crm.status.list', params: {} },
      { request: 2, method: 'crm.status.add', params: {} },
      { request: 3, method: 'crm.category.list', params: {} },
    ];
    expect(phasesOf(log).map((p) => [p.cls, p.requests, p.calls.length])).toEqual([
      ['config', 1, 2],
      ['write', 2, 3],
      ['config', 1, 1],
    ]);
  });
});

describe('cursor pages', () => {
  it.each([
    [{ start: -1, filter: { '>ID': 0 }, order: { ID: 'ASC' } }, true],
    [{ start: -1, filter: { '>id': '$result[p0][items][49][id]' } }, true],
    [{ start: -1, FILTER: { '>ID': 5 }, SORT: 'ID' }, true],
    [{ start: 0, filter: { '>ID': 0 } }, false],
    [{ start: -1, filter: { STAGE_SEMANTIC_ID: 'P' } }, false],
  ])('%j is a cursor page: %s', (params, want) => {
    expect(isCursorPage(params)).toBe(want);
  });

  it('keeps the query and drops the cursor, the order and the start', () => {
    expect(
      queryOfPage({
        entityTypeId: 2,
        select: ['id'],
        filter: { stageSemanticId: 'P', '>id': '$result[p3][items][49][id]' },
        order: { id: 'ASC' },
        start: -1,
      }),
    ).toEqual({ entityTypeId: 2, select: ['id'], filter: { stageSemanticId: 'P' } });
    expect(queryOfPage({ FILTER: { '>ID': 7 }, SORT: 'ID', ORDER: 'ASC', start: -1 })).toEqual({});
  });

  it.each([
    ['crm.item.list', 'items'],
    ['tasks.task.list', 'tasks'],
    ['crm.activity.list', undefined],
  ])('rows of %s sit in %s', (method, key) => {
    expect(itemsKeyOf(method)).toBe(key);
  });
});

describe('resolveRefs', () => {
  const results = new Map<string, unknown>([
    ['p', { category: { id: 7 } }],
    ['sl', [{ ID: '101' }, { ID: '102' }]],
  ]);
  it.each([
    ['$result[p][category][id]', 7],
    ['$result[sl][1][ID]', '102'],
    ['DEAL_STAGE_$result[p][category][id]', 'DEAL_STAGE_7'],
    ['no reference', 'no reference'],
  ])('%s → %j', (value, want) => {
    expect(resolveRefs(value, results)).toEqual(want);
  });

  it('resolves inside nested params', () => {
    expect(
      resolveRefs({ id: '$result[sl][0][ID]', fields: { list: ['$result[p][category][id]'] } }, results),
    ).toEqual({
      id: '101',
      fields: { list: [7] },
    });
  });
});

describe('callsOf', () => {
  it('reads the commands of a batch, JSON or form-encoded', () => {
    expect(
      callsOf('batch', {
        halt: 0,
        cmd: { a: 'crm.category.list?entityTypeId=2', b: 'crm.status.list?filter%5BENTITY_ID%5D=DEAL_STAGE' },
      }),
    ).toEqual([
      { key: 'a', method: 'crm.category.list', params: { entityTypeId: '2' } },
      { key: 'b', method: 'crm.status.list', params: { filter: { ENTITY_ID: 'DEAL_STAGE' } } },
    ]);
    expect(callsOf('server.time', {})).toEqual([{ method: 'server.time', params: {} }]);
  });
});

describe('runNaive', () => {
  it('does what a b24cfg batch and cursor scan did, one request per call and 50 rows per offset page', async () => {
    const seed = () => generatePortal({ seed: 5, deals: 120 }).state;
    const b24 = await startHost({ state: seed(), limits: false, record: true });
    hosts.push(b24);
    const client = createTransport(createHttpWire(b24.url), { tier: 'standard' });
    await client.batch([
      { key: 'p', method: 'crm.category.add', params: { entityTypeId: 2, fields: { name: 'Bench' } } },
      {
        key: 'sl',
        method: 'crm.status.list',
        params: { filter: { ENTITY_ID: 'DEAL_STAGE_$result[p][category][id]' }, order: { SORT: 'ASC' } },
      },
      { key: 'd', method: 'crm.status.delete', params: { id: '$result[sl][1][ID]' } },
    ]);
    const deals = await client.list('crm.deal.list', { select: ['ID'] });
    await client.close();
    expect(deals).toHaveLength(120);

    const naiveHost = await startHost({ state: seed(), limits: false, record: true });
    hosts.push(naiveHost);
    const naive = new NaiveClient(naiveHost.url, { pace: false });
    const run = await runNaive(naive, b24.log);
    expect(run.singles).toBe(3);
    expect(run.scans).toEqual([{ method: 'crm.deal.list', total: 120 }]);
    // 3 single calls + 3 offset pages of 120 rows; none of them in a batch.
    expect(naiveHost.counts.httpRequests).toBe(6);
    expect(naiveHost.counts.byMethod.batch).toBeUndefined();
    expect(naiveHost.log.filter((c) => c.method === 'crm.deal.list').map((c) => c.params.start)).toEqual([
      0, 50, 100,
    ]);
    // The references were resolved: the new pipeline lost its second default stage, as on b24cfg's portal.
    const stagesOf = (h: SandboxHost) =>
      h.emulator.state.statuses
        .filter((s) => s.entityId.startsWith('DEAL_STAGE_'))
        .map((s) => `${s.entityId}:${s.statusId}`)
        .sort();
    expect(stagesOf(naiveHost)).toEqual(stagesOf(b24));
    expect(stagesOf(naiveHost).some((s) => s.endsWith(':PREPARATION'))).toBe(false);
  });
});
