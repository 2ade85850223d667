import { describe, expect, it } from 'vitest';
import { B24Error } from '../../src/portal/errors.js';
import { parseBatchCommand } from '../../src/sandbox/php-query.js';
import { createHttpWire, toWireFailure } from '../../src/portal/http-wire.js';
import { createTransport } from '../../src/portal/transport.js';
import { WireFailure } from '../../src/portal/wire.js';
import { VirtualClock } from './helpers/fake-wire.js';
import { fixture } from './helpers/fixtures.js';
import { HOOK, SECRET, useMswPortal } from './helpers/msw-portal.js';

const portal = useMswPortal();

function client() {
  const clock = new VirtualClock();
  return {
    clock,
    client: createTransport(createHttpWire(HOOK), { tier: 'standard', sleep: clock.sleep, now: clock.now }),
  };
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

describe('HTTP wire over node:https (msw)', () => {
  it('POSTs JSON to /rest/<user>/<secret>/<method> and returns the raw answer', async () => {
    const f = fixture('crm.category.list');
    portal.setReply(() => ({ json: f.body }));
    const wire = createHttpWire(HOOK);
    const r = await wire.send('crm.category.list', { entityTypeId: 2 });
    expect(r).toEqual({ status: 200, body: f.body });
    expect(portal.seen).toHaveLength(1);
    expect(portal.seen[0]?.method).toBe('crm.category.list');
    expect(portal.seen[0]?.body).toEqual({ entityTypeId: 2 });
    expect(new URL(portal.seen[0]!.url).pathname).toBe(`/rest/1/${SECRET}/crm.category.list`);
    expect(wire.host).toBe('test.bitrix24.ru');
  });

  it('keeps the text of an error:"" answer the SDK would lose (400, documented fixture)', async () => {
    const f = fixture('crm.status.add.error');
    portal.setReply(() => ({ status: 400, json: f.body }));
    const err = await caught(client().client.call('crm.status.add', { fields: { ENTITY_ID: 'DEAL_STAGE' } }));
    expect(err.category).toBe('validation');
    expect(err.b24Code).toBe('');
    expect(err.render('en').message).toContain('The field STATUS_ID is required.');
  });

  it('an HTML 502 comes back as text; a read is retried, then a server error naming the method', async () => {
    portal.setReply(() => ({
      status: 502,
      text: '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
    }));
    const wire = createHttpWire(HOOK);
    const raw = await wire.send('crm.category.list', {});
    expect(raw.status).toBe(502);
    expect(raw.body).toBeUndefined();
    expect(raw.text).toContain('502 Bad Gateway');
    portal.seen.length = 0;
    const { client: c, clock } = client();
    const err = await caught(c.call('crm.category.list', {}));
    expect(portal.seen).toHaveLength(4);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    expect(err.category).toBe('server');
    expect(err.render('ru').message).toContain('crm.category.list');
    expect(err.render('en').message).toContain('502 Bad Gateway');
  });

  it('a truncated JSON body is malformed_response naming the method', async () => {
    portal.setReply(() => ({ status: 200, text: '{"result":[{"ID":"1","NAME":"Deal' }));
    const err = await caught(client().client.call('crm.status.add', {}));
    expect(err.category).toBe('malformed_response');
    expect(err.render('en').message).toContain('crm.status.add');
  });

  it('batches 120 calls into 3 POSTs', async () => {
    portal.setReply((_m, body) => {
      const cmd = body.cmd as Record<string, string>;
      const result = Object.fromEntries(
        Object.entries(cmd).map(([k, c]) => [k, parseBatchCommand(c).params]),
      );
      return {
        json: {
          result: { result, result_error: [], result_total: [], result_next: [], result_time: [] },
          time: {},
        },
      };
    });
    const { client: c } = client();
    const items = await c.batch(
      Array.from({ length: 120 }, (_, i) => ({ method: 'crm.status.get', params: { id: i } })),
    );
    expect(portal.seen.map((s) => s.method)).toEqual(['batch', 'batch', 'batch']);
    expect(items.map((i) => (i.result as { id: string }).id)).toEqual(
      Array.from({ length: 120 }, (_, i) => String(i)),
    );
    expect(c.stats).toMatchObject({ httpRequests: 3, restCalls: 120 });
  });

  it('reads a documented batch answer with an error sub-command (halt=1)', async () => {
    portal.setReply(() => ({ json: fixture('batch.error-halt1').body }));
    const items = await client().client.batch(
      [
        { key: 'get_user', method: 'user.current', params: {} },
        {
          key: 'get_department',
          method: 'department.get',
          params: { ID: '$result[get_user][UF_DEPARTMENT][0]' },
        },
      ],
      { halt: true },
    );
    expect(portal.seen[0]?.body).toEqual({
      halt: 1,
      cmd: {
        get_user: 'user.current',
        get_department: 'department.get?ID=%24result%5Bget_user%5D%5BUF_DEPARTMENT%5D%5B0%5D',
      },
    });
    expect(items.map((i) => i.error?.code)).toEqual(['insufficient_scope', 'B24CFG_NOT_EXECUTED']);
  });

  it('backs off on 503 in virtual time and succeeds on the retry', async () => {
    portal.setReply((_m, _b, n) =>
      n === 1
        ? { status: 503, json: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' } }
        : { json: fixture('server.time').body },
    );
    const { client: c, clock } = client();
    const r = await c.call('server.time');
    expect(r.result).toBe('2024-08-05T09:02:13+00:00');
    expect(portal.seen).toHaveLength(2);
    expect(clock.sleeps).toEqual([500]);
  });

  it('a write answered 500 is sent exactly once and ends as unknown_outcome', async () => {
    portal.setReply(() => ({
      status: 500,
      json: { error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' },
    }));
    const err = await caught(
      client().client.call('crm.category.add', { entityTypeId: 2, fields: { name: 'X' } }),
    );
    expect(portal.seen).toHaveLength(1);
    expect(err.category).toBe('unknown_outcome');
    expect(err.params).toEqual({ entityTypeId: 2, fields: { name: 'X' } });
  });

  it('a timeout is a WireFailure the portal may have received; a write is not repeated', async () => {
    portal.setReply(() => ({ delayMs: 400, json: { result: true } }));
    const wire = createHttpWire(HOOK, { timeoutMs: 50 });
    const failure = await wire.send('crm.status.add', {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WireFailure);
    expect((failure as WireFailure).failure).toBe('timeout');
    expect((failure as WireFailure).maybeDelivered).toBe(true);
    portal.seen.length = 0;
    const clock = new VirtualClock();
    const c = createTransport(createHttpWire(HOOK), {
      tier: 'standard',
      timeoutMs: 50,
      sleep: clock.sleep,
      now: clock.now,
    });
    const err = await caught(c.call('crm.status.add', { fields: { NAME: 'x' } }));
    expect(portal.seen).toHaveLength(1);
    expect(err.category).toBe('unknown_outcome');
    await new Promise((r) => setTimeout(r, 450)); // let msw finish the delayed replies
  });

  it('a dropped connection maps to a WireFailure with no secret in its text', async () => {
    portal.setReply(() => ({ error: 'network' }));
    const failure = (await createHttpWire(HOOK)
      .send('scope', {})
      .catch((e: unknown) => e)) as WireFailure;
    expect(failure).toBeInstanceOf(WireFailure);
    expect(failure.maybeDelivered).toBe(true);
    expect(failure.message).not.toContain(SECRET);
    const { client: c } = client();
    const err = await caught(c.call('scope'));
    expect(portal.seen.length).toBe(1 + 4); // the raw send above + a read retried 3 times
    for (const lang of ['ru', 'en'] as const) expect(JSON.stringify(err.render(lang))).not.toContain(SECRET);
    expect(JSON.stringify(c.stats)).not.toContain(SECRET);
  });
});

describe('toWireFailure: socket and TLS errors as wire failures', () => {
  it.each([
    ['ECONNABORTED', 'timeout', true, 'no answer within 65 s (ECONNABORTED)'],
    ['ETIMEDOUT', 'timeout', true, 'no answer within 65 s (ETIMEDOUT)'],
    ['ERR_CANCELED', 'aborted', true, 'the request was cancelled (ERR_CANCELED)'],
    ['ENOTFOUND', 'network', false, 'host acme.bitrix24.ru not found (ENOTFOUND)'],
    ['EAI_AGAIN', 'network', false, 'cannot resolve acme.bitrix24.ru right now (EAI_AGAIN)'],
    ['ECONNREFUSED', 'network', false, 'acme.bitrix24.ru refused the connection (ECONNREFUSED)'],
    ['EHOSTUNREACH', 'network', false, 'acme.bitrix24.ru is unreachable (EHOSTUNREACH)'],
    [
      'CERT_HAS_EXPIRED',
      'network',
      false,
      'the TLS certificate of acme.bitrix24.ru is not valid (CERT_HAS_EXPIRED)',
    ],
    ['ECONNRESET', 'dropped', true, 'the connection was dropped (ECONNRESET)'],
  ] as const)('%s → %s', (code, failure, maybeDelivered, message) => {
    const f = toWireFailure({ code }, 'acme.bitrix24.ru', 65_000);
    expect([f.failure, f.maybeDelivered, f.message, f.code]).toEqual([
      failure,
      maybeDelivered,
      message,
      code,
    ]);
  });

  it('reads the code from the cause, and without one calls it dropped', () => {
    expect(toWireFailure({ cause: { code: 'ECONNREFUSED' } }, 'h', 1000).failure).toBe('network');
    const f = toWireFailure(new Error('socket hang up'), 'h', 1000);
    expect([f.failure, f.maybeDelivered, f.code, f.message]).toEqual([
      'dropped',
      true,
      undefined,
      'the connection was dropped',
    ]);
  });

  it('never carries the secret of the URL an error message may hold', () => {
    const f = toWireFailure(
      { code: 'ECONNRESET', message: `POST ${HOOK}crm.deal.list failed` },
      'test.bitrix24.ru',
      1000,
    );
    expect(JSON.stringify({ ...f, message: f.message })).not.toContain(SECRET);
  });
});
