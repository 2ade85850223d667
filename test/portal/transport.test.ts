import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/core/errors.js';
import type { RestCall } from '../../src/portal/client.js';
import { B24Error } from '../../src/portal/errors.js';
import { decodePhpQuery } from '../../src/sandbox/php-query.js';
import { createTransport, type TransportOptions } from '../../src/portal/transport.js';
import { DEFAULT_RETRY_POLICY } from '../../src/portal/retry-policy.js';
import { WireFailure } from '../../src/portal/wire.js';
import { fail, fakeWire, ok, VirtualClock, type Responder } from './helpers/fake-wire.js';
import { listHandler, portalResponder } from './helpers/list-portal.js';

function setup(respond: Responder, opts: TransportOptions = {}) {
  const clock = new VirtualClock();
  const wire = fakeWire(respond, clock);
  const client = createTransport(wire, { tier: 'standard', sleep: clock.sleep, now: clock.now, ...opts });
  return { clock, wire, client };
}

async function caught(p: Promise<unknown>): Promise<B24Error> {
  try {
    await p;
  } catch (e) {
    if (e instanceof B24Error) return e;
    throw e;
  }
  throw new Error('expected a B24Error');
}

const statusAdd = (i: number): RestCall => ({
  method: 'crm.status.add',
  params: { fields: { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: `S${i}`, NAME: `Stage ${i}` } },
});

describe('call', () => {
  it('returns result, total, next and time, and counts the request', async () => {
    const { client, wire } = setup(() => ok([{ ID: '1' }], { total: 120, next: 50 }));
    const r = await client.call('crm.deal.list', { select: ['ID'] });
    expect(r.result).toEqual([{ ID: '1' }]);
    expect([r.total, r.next]).toEqual([120, 50]);
    expect(r.time?.finish).toBe(1.01);
    expect(wire.sent).toEqual([
      { method: 'crm.deal.list', params: { select: ['ID'] }, at: expect.any(Number) },
    ]);
    expect(client.stats).toMatchObject({
      httpRequests: 1,
      restCalls: 1,
      retries: 0,
      byMethod: { 'crm.deal.list': 1 },
    });
  });

  it('throws the classified portal error, empty code and text kept', async () => {
    const { client } = setup(() => fail(400, '', 'The field STATUS_ID is required.'));
    const err = await caught(client.call('crm.status.add', { fields: {} }));
    expect(err.category).toBe('validation');
    expect(err.b24Code).toBe('');
    expect(err.render('en').message).toContain('The field STATUS_ID is required.');
    expect(err.render('en').where).toBe('test.bitrix24.ru ▸ crm.status.add');
  });
});

describe('batch', () => {
  it('packs 120 calls into 3 requests and returns results in order', async () => {
    const { client, wire } = setup(
      portalResponder((_m, p) => ({
        result: Number((p.fields as { STATUS_ID: string }).STATUS_ID.slice(1)) + 1000,
      })),
    );
    const progress: number[] = [];
    const items = await client.batch(
      Array.from({ length: 120 }, (_, i) => statusAdd(i)),
      { onProgress: (done) => progress.push(done) },
    );
    expect(wire.sent.map((s) => Object.keys(s.params.cmd as object).length)).toEqual([50, 50, 20]);
    expect(items.map((i) => i.result)).toEqual(Array.from({ length: 120 }, (_, i) => 1000 + i));
    expect(items.every((i) => i.ok)).toBe(true);
    expect(progress).toEqual([50, 100, 120]);
    expect(client.stats).toMatchObject({
      httpRequests: 3,
      restCalls: 120,
      byMethod: { 'crm.status.add': 120 },
    });
  });

  it('reports a sub-command with error:"" as a failure, not a success', async () => {
    const { client } = setup(
      portalResponder((_m, p) =>
        (p.fields as Record<string, string>).STATUS_ID === 'S1'
          ? { error: '', error_description: 'The field NAME is required.' }
          : { result: 1 },
      ),
    );
    const items = await client.batch([statusAdd(0), statusAdd(1), statusAdd(2)]);
    expect(items.map((i) => i.ok)).toEqual([true, false, true]);
    expect(items[1]?.error).toEqual({ code: '', description: 'The field NAME is required.' });
  });

  it('with halt, stops at the first failure: later requests are not sent', async () => {
    const { client, wire } = setup(
      portalResponder((_m, p) =>
        (p.fields as Record<string, string>).STATUS_ID === 'S10'
          ? { error: 'ERROR_CORE', error_description: 'no' }
          : { result: 1 },
      ),
    );
    const items = await client.batch(
      Array.from({ length: 60 }, (_, i) => statusAdd(i)),
      { halt: true },
    );
    expect(wire.sent).toHaveLength(1);
    expect(wire.sent[0]?.params.halt).toBe(1);
    expect(items.slice(0, 10).every((i) => i.ok)).toBe(true);
    expect(items[10]?.error?.code).toBe('ERROR_CORE');
    expect(items.slice(11).every((i) => !i.ok && i.error?.code === 'B24CFG_NOT_EXECUTED')).toBe(true);
  });

  it('sends a call with an empty list as single JSON, params intact, at its place', async () => {
    const { client, wire } = setup((method) =>
      method === 'batch'
        ? portalResponder(() => ({ result: true }))(method, wire.sent.at(-1)!.params)
        : ok(true),
    );
    const items = await client.batch([
      statusAdd(0),
      { key: 'uf', method: 'crm.deal.userfield.update', params: { id: 7, fields: { LIST: [] } } },
      statusAdd(2),
    ]);
    expect(wire.sent.map((s) => s.method)).toEqual(['batch', 'crm.deal.userfield.update', 'batch']);
    expect(wire.sent[1]?.params).toEqual({ id: 7, fields: { LIST: [] } });
    expect(items.map((i) => i.key)).toEqual(['c0', 'uf', 'c2']);
    expect(items.every((i) => i.ok)).toBe(true);
  });

  it('resolves a $result chain inside one request across the 50 boundary', async () => {
    const { client, wire } = setup(
      portalResponder((method, p) =>
        method === 'crm.category.add'
          ? { result: { category: { id: 7 } } }
          : { result: (p.fields as Record<string, string>).ENTITY_ID },
      ),
    );
    const calls: RestCall[] = Array.from({ length: 49 }, (_, i) => statusAdd(i));
    calls.push({
      key: 'pipe',
      method: 'crm.category.add',
      params: { entityTypeId: 2, fields: { name: 'B2B' } },
    });
    calls.push({
      key: 'stage',
      method: 'crm.status.add',
      params: { fields: { ENTITY_ID: 'DEAL_STAGE_$result[pipe][category][id]' } },
    });
    const items = await client.batch(calls);
    expect(wire.sent).toHaveLength(2);
    expect(Object.keys(wire.sent[1]!.params.cmd as object)).toEqual(['pipe', 'stage']);
    expect(items.at(-1)?.result).toBe('DEAL_STAGE_7');
  });

  it('an empty batch sends nothing', async () => {
    const { client, wire } = setup(() => ok(1));
    expect(await client.batch([])).toEqual([]);
    expect(wire.sent).toHaveLength(0);
  });
});

describe('rate budget and retries (virtual time)', () => {
  it('backs off on 503 QUERY_LIMIT_EXCEEDED and retries — even a write', async () => {
    const { client, wire, clock } = setup((_m, _p, n) =>
      n <= 2 ? fail(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests') : ok(773),
    );
    const r = await client.call('crm.status.add', { fields: { NAME: 'x' } });
    expect(r.result).toBe(773);
    expect(wire.sent).toHaveLength(3);
    // Backoff from one drained slot (500 ms at 2/s), doubling; the backoff also drains our bucket.
    expect(clock.sleeps).toEqual([500, 1000]);
    expect(client.stats.retries).toBe(2);
    expect(client.stats.waitedMs).toBe(clock.sleeps.reduce((a, b) => a + b, 0));
    expect(wire.sent[2]!.at - wire.sent[0]!.at).toBeGreaterThanOrEqual(1500);
  });

  it('gives up on endless 503 with exit 6', async () => {
    const { client, wire } = setup(() => fail(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests'));
    const err = await caught(client.call('crm.category.list', {}));
    expect(err.category).toBe('rate_limit');
    expect(err.exitCode).toBe(6);
    expect(wire.sent).toHaveLength(7);
  });

  it('waits until operating_reset_at on 429 (portal clock), then retries', async () => {
    const { client, wire, clock } = setup((_m, _p, n) => {
      if (n === 1)
        return ok([], { time: { start: 1000, finish: 1000.5, operating: 470, operating_reset_at: 1030.5 } });
      if (n === 2) return fail(429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.');
      return ok(['ok']);
    });
    await client.call('crm.deal.list', {});
    const r = await client.call('crm.deal.list', {});
    expect(r.result).toEqual(['ok']);
    expect(wire.sent).toHaveLength(3);
    expect(clock.sleeps).toEqual([31_000]); // 30 s to the reset + 1 s margin
  });

  it('fails at once with exit 6 when the 429 wait is beyond the cap', async () => {
    const { client, wire, clock } = setup((_m, _p, n) =>
      n === 1
        ? ok([], { time: { start: 1000, finish: 1000, operating_reset_at: 1600 } })
        : fail(429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.'),
    );
    await client.call('crm.deal.list', {});
    const err = await caught(client.call('crm.deal.list', {}));
    expect(err.category).toBe('operation_limit');
    expect(err.exitCode).toBe(6);
    expect(err.render('en').hint).toContain('600 s');
    expect(wire.sent).toHaveLength(2);
    expect(clock.sleeps).toEqual([]);
  });

  it('never repeats a write after a 500: exactly one request, unknown_outcome with method and params', async () => {
    const { client, wire } = setup(() => fail(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
    const err = await caught(client.call('crm.category.add', { entityTypeId: 2, fields: { name: 'B2B' } }));
    expect(wire.sent).toHaveLength(1);
    expect(err.category).toBe('unknown_outcome');
    expect(err.exitCode).toBe(4);
    expect(err.method).toBe('crm.category.add');
    expect(err.params).toEqual({ entityTypeId: 2, fields: { name: 'B2B' } });
    expect(err.render('en').hint).toContain('never repeats a change blindly');
  });

  it('never repeats a write after a timeout', async () => {
    const { client, wire } = setup(() => {
      throw new WireFailure('timeout', true, 'no answer within 65 s (ECONNABORTED)', 'ECONNABORTED');
    });
    const err = await caught(client.call('crm.status.update', { id: 1, fields: { NAME: 'x' } }));
    expect(wire.sent).toHaveLength(1);
    expect(err.category).toBe('unknown_outcome');
  });

  it('a batch holding one write is a write: one request, unknown_outcome naming its calls', async () => {
    const { client, wire } = setup(() => ({
      status: 502,
      body: undefined,
      text: '<html>502 Bad Gateway</html>',
    }));
    const err = await caught(
      client.batch([
        { method: 'crm.status.list', params: {} },
        { method: 'crm.status.add', params: { fields: { NAME: 'x' } } },
      ]),
    );
    expect(wire.sent).toHaveLength(1);
    expect(err.category).toBe('unknown_outcome');
    expect(err.method).toBe('batch[crm.status.list, crm.status.add]');
    expect(err.calls?.map((c) => c.method)).toEqual(['crm.status.list', 'crm.status.add']);
  });

  it('retries a read after 5xx and dropped connections, then succeeds', async () => {
    const { client, wire, clock } = setup((_m, _p, n) => {
      if (n === 1) return { status: 502, body: undefined, text: '<h1>502</h1>' };
      if (n === 2)
        throw new WireFailure('dropped', true, 'the connection was dropped (ECONNRESET)', 'ECONNRESET');
      return ok([]);
    });
    await client.call('crm.category.list', { entityTypeId: 2 });
    expect(wire.sent).toHaveLength(3);
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it('a read that keeps failing with 5xx ends as a server error naming the method', async () => {
    const { client, wire } = setup(() => ({
      status: 502,
      body: undefined,
      text: '<html><title>502 Bad Gateway</title></html>',
    }));
    const err = await caught(client.call('crm.category.list', {}));
    expect(wire.sent).toHaveLength(4);
    expect(err.category).toBe('server');
    expect(err.render('en').message).toMatch(/crm\.category\.list.*502 Bad Gateway/);
  });

  it.each([
    [
      'an unknown host',
      () => {
        throw new WireFailure('network', false, 'host x not found (ENOTFOUND)', 'ENOTFOUND');
      },
      'network',
    ],
    ['OVERLOAD_LIMIT', () => fail(503, 'OVERLOAD_LIMIT', 'REST API is blocked due to overload.'), 'overload'],
    ['a 4xx', () => fail(400, 'ERROR_CORE', 'bad'), 'validation'],
    ['insufficient_scope', () => fail(401, 'insufficient_scope', ''), 'scope'],
  ] as const)('never retries %s', async (_name, respond, category) => {
    const { client, wire } = setup(respond);
    const err = await caught(client.call('crm.status.list', {}));
    expect(wire.sent).toHaveLength(1);
    expect(err.category).toBe(category);
  });

  it('a write on a refused connection never reached the portal: it is retried, then a network error', async () => {
    const { client, wire } = setup(() => {
      throw new WireFailure('network', false, 'refused (ECONNREFUSED)', 'ECONNREFUSED');
    });
    const err = await caught(client.call('crm.status.add', {}));
    expect(wire.sent).toHaveLength(1 + DEFAULT_RETRY_POLICY.transientRetries);
    expect(err.category).toBe('network');
  });

  it('a write refused once and then accepted is sent exactly twice', async () => {
    let n = 0;
    const { client, wire } = setup(() => {
      if (n++ === 0) throw new WireFailure('network', false, 'refused (ECONNREFUSED)', 'ECONNREFUSED');
      return ok(773);
    });
    const r = await client.call('crm.status.add', {
      fields: { ENTITY_ID: 'STATUS', STATUS_ID: 'X', NAME: 'X' },
    });
    expect(r.result).toBe(773);
    expect(wire.sent).toHaveLength(2);
  });

  it('paces at the standard tier: 49 at once (one slot below the portal’s 50), then 2 per second', async () => {
    const { client, clock } = setup(() => ok(true));
    for (let i = 0; i < 54; i++) await client.call('server.time');
    expect(clock.sleeps).toEqual([500, 500, 500, 500, 500]);
  });

  it('tier auto looks up app.info once, only when the pace starts to matter; enterprise removes the wait', async () => {
    const { client, wire, clock } = setup(
      (m) => (m === 'app.info' ? ok({ SCOPE: ['crm'], LICENSE: 'de_ent10000' }) : ok(true)),
      {
        tier: 'auto',
      },
    );
    for (let i = 0; i < 60; i++) await client.call('server.time');
    expect(wire.sent.filter((s) => s.method === 'app.info')).toHaveLength(1);
    expect(wire.sent.findIndex((s) => s.method === 'app.info')).toBe(49);
    expect(clock.sleeps).toEqual([]);
    expect(client.stats.httpRequests).toBe(61);
  });

  it('tier auto with a standard licence keeps the standard pace', async () => {
    const { client, clock } = setup((m) => (m === 'app.info' ? ok({ LICENSE: 'ru_pro100' }) : ok(true)), {
      tier: 'auto',
    });
    for (let i = 0; i < 52; i++) await client.call('server.time');
    expect(clock.sleeps.length).toBeGreaterThan(0);
  });
});

describe('list', () => {
  it('scans 3 pages with the ID cursor: one page, then 2 chained in one batch', async () => {
    const { client, wire } = setup(portalResponder(listHandler(120)));
    const progress: number[] = [];
    const rows = await client.list(
      'crm.deal.list',
      { filter: { CATEGORY_ID: 0 }, select: ['TITLE'] },
      { onProgress: (n) => progress.push(n) },
    );
    expect(rows).toHaveLength(120);
    expect(rows.map((r) => Number(r.ID))).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(wire.sent).toHaveLength(2);
    expect(wire.sent[0]?.params).toEqual({
      filter: { CATEGORY_ID: 0, '>ID': 0 },
      select: ['TITLE', 'ID'],
      order: { ID: 'ASC' },
      start: -1,
    });
    const cmd = wire.sent[1]!.params.cmd as Record<string, string>;
    expect(Object.keys(cmd)).toEqual(['p0', 'p1']);
    expect(decodePhpQuery(cmd.p0!.split('?')[1]!)).toMatchObject({
      filter: { CATEGORY_ID: '0', '>ID': '50' },
      start: '-1',
    });
    expect(decodePhpQuery(cmd.p1!.split('?')[1]!)).toMatchObject({
      filter: { '>ID': '$result[p0][49][ID]' },
    });
    expect(progress.at(-1)).toBe(120);
  });

  it('reads 100 000 rows in few requests (doubling chains up to 50 pages)', async () => {
    const { client, wire } = setup(portalResponder(listHandler(100_000)));
    const rows = await client.list('crm.deal.list', {});
    expect(rows).toHaveLength(100_000);
    expect(wire.sent.length).toBeLessThanOrEqual(46);
  });

  it('crm.item.list: id cursor and rows in result.items', async () => {
    const { client, wire } = setup(portalResponder(listHandler(75, { idKey: 'id', itemsKey: 'items' })));
    const rows = await client.list('crm.item.list', { entityTypeId: 2 });
    expect(rows).toHaveLength(75);
    expect(wire.sent[0]?.params).toMatchObject({
      entityTypeId: 2,
      order: { id: 'ASC' },
      filter: { '>id': 0 },
    });
    const cmd = wire.sent[1]!.params.cmd as Record<string, string>;
    expect(cmd.p0).toContain('filter%5B%3Eid%5D=50');
  });

  it('stops exactly at a full last page followed by an empty one', async () => {
    const { client } = setup(portalResponder(listHandler(100)));
    expect(await client.list('crm.deal.list', {})).toHaveLength(100);
  });

  it('offset paging (crm.category.list): first page, then every other page in one batch', async () => {
    const { client, wire } = setup(portalResponder(listHandler(120, { itemsKey: 'categories' })));
    const rows = await client.list('crm.category.list', { entityTypeId: 2 });
    expect(rows).toHaveLength(120);
    expect(wire.sent).toHaveLength(2);
    expect(wire.sent[0]?.params).toEqual({ entityTypeId: 2, start: 0 });
  });

  it('whole-list methods are one call', async () => {
    const { client, wire } = setup(() => ok([{ ID: '1' }, { ID: '2' }]));
    expect(await client.list('crm.status.list', {})).toHaveLength(2);
    expect(wire.sent).toHaveLength(1);
    expect(wire.sent[0]?.params).toEqual({});
  });

  it('stops at the page cap with exit 6', async () => {
    const { client } = setup(portalResponder(listHandler(1000)));
    const err = await client.list('crm.deal.list', {}, { pageCap: 3 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).code).toBe('B24_PAGE_CAP');
    expect((err as CliError).exitCode).toBe(6);
  });

  it('refuses to loop when the portal ignores the cursor filter', async () => {
    const { client } = setup(portalResponder(listHandler(200, { ignoreFilter: true })));
    const err = await caught(client.list('crm.deal.list', {}));
    expect(err.category).toBe('malformed_response');
    expect(err.description).toContain('>ID');
  });

  it('a failing page is an error naming the method', async () => {
    const { client } = setup(() => fail(401, 'insufficient_scope', ''));
    const err = await caught(client.list('tasks.task.list', {}));
    expect(err.category).toBe('scope');
    expect(err.render('en').message).toContain('"task"');
  });
});
