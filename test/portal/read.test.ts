import { describe, expect, it } from 'vitest';
import type { B24Client, BatchItemResult, RestCall } from '../../src/portal/client.js';
import { pageById, pageRows, readSections, type SectionRead } from '../../src/portal/read.js';

const ok = (result: unknown, total?: number) => ({ ok: true, result, total });
const refused = (code: string) => ({ ok: false, error: { code, description: 'no' } });

/**
 * A client whose batch answers come from `answer(call)`; it records every batch request. The portal's
 * address (imopenlines.config.path.get) is its own host unless `address` answers otherwise.
 */
function fakeClient(
  answer: (c: RestCall) => Omit<BatchItemResult, 'key'>,
  address: Omit<BatchItemResult, 'key'> = ok({ SERVER_ADDRESS: 'https://example.bitrix24.ru' }),
  kind: 'http' | 'sandbox' = 'http',
) {
  const requests: string[][] = [];
  const client = {
    host: kind === 'http' ? 'example.bitrix24.ru' : 'sandbox',
    kind,
    batch: (calls: readonly RestCall[]) => {
      requests.push(calls.map((c) => c.key ?? ''));
      return Promise.resolve(
        calls.map((c) => ({
          key: c.key ?? '',
          ...(c.method === 'imopenlines.config.path.get' ? address : answer(c)),
        })),
      );
    },
  } as unknown as B24Client;
  return { client, requests };
}

describe('readSections: the generic packer of every section’s read calls', () => {
  it('sends whole lists, then page one of paged lists, in one batch; further pages and follow-ups in one more', async () => {
    const { client, requests } = fakeClient((c) => {
      if (c.method === 'server.time') return ok('2026-11-24T10:00:00+03:00');
      if (c.method === 'app.info') return ok({ LICENSE: 'ru_pro100', SCOPE: ['crm'] });
      if (c.method === 'crm.settings.mode.get') return ok(1);
      if (c.method === 'paged.list') return ok([`rows from ${String(c.params.start)}`], 120);
      return ok(`answer to ${c.key}`);
    });
    const sections: SectionRead[] = [
      { section: 'a', calls: [{ key: 'a', method: 'a.list', params: {} }] },
      {
        section: 'b',
        calls: [{ key: 'b', method: 'paged.list', params: { order: 'x' }, paged: true }],
        followUps: (first) => (first('b')?.ok ? [{ key: 'b_more', method: 'b.get', params: {} }] : []),
      },
      { section: 'c', calls: [{ key: 'c', method: 'c.list', params: {} }] },
    ];
    const read = await readSections(client, sections);
    expect(requests).toEqual([
      ['time', 'info', 'mode', 'address', 'a', 'c', 'b'],
      ['b_50', 'b_100', 'b_more'],
    ]);
    expect(read.answers('a').result('a')).toBe('answer to a');
    expect(read.answers('b').pages('b')).toEqual([['rows from 0'], ['rows from 50'], ['rows from 100']]);
    expect(read.answers('b').followUp('b_more')).toMatchObject({ ok: true, result: 'answer to b_more' });
    expect(read.answers('nothing').result('a')).toBeUndefined();
    expect(read.info).toEqual({
      host: 'example.bitrix24.ru',
      kind: 'http',
      readAt: '2026-11-24T07:00:00.000Z',
      license: 'ru_pro100',
      scopes: ['crm'],
      crmMode: 1,
    });
    expect(read.unreadable).toEqual({});
  });

  it('needs one request when nothing is paged beyond page one and no section follows up', async () => {
    const { client, requests } = fakeClient(() => ok([], 3));
    await readSections(client, [
      { section: 'p', calls: [{ key: 'p', method: 'p.list', params: {}, paged: true }] },
    ]);
    expect(requests).toHaveLength(1);
  });

  it('marks a section the webhook may not read, in the order whole, paged, then several calls', async () => {
    const { client } = fakeClient((c) =>
      c.method.startsWith('x.') ? refused('insufficient_scope') : ok([]),
    );
    const read = await readSections(client, [
      {
        section: 'many',
        calls: [
          { key: 'm1', method: 'x.one', params: {} },
          { key: 'm2', method: 'x.two', params: {} },
        ],
      },
      { section: 'paged', calls: [{ key: 'pg', method: 'x.paged', params: {}, paged: true }] },
      { section: 'whole', calls: [{ key: 'wh', method: 'x.whole', params: {} }] },
    ]);
    expect(Object.keys(read.unreadable)).toEqual(['whole', 'paged', 'many']);
    expect(read.answers('whole').result('wh')).toBeUndefined();
    expect(read.answers('paged').pages('pg')).toBeUndefined();
  });

  it('stops with an error naming the method on any other failure, and on a failed page', async () => {
    const broken = fakeClient((c) => (c.method === 'a.list' ? refused('') : ok([])));
    await expect(
      readSections(broken.client, [{ section: 'a', calls: [{ key: 'a', method: 'a.list', params: {} }] }]),
    ).rejects.toMatchObject({ code: 'B24_MALFORMED_RESPONSE', where: 'a.list' });
    const page = fakeClient((c) =>
      c.params.start === 50
        ? refused('QUERY_LIMIT_EXCEEDED')
        : ok([], c.method === 'p.list' ? 60 : undefined),
    );
    await expect(
      readSections(page.client, [
        { section: 'p', calls: [{ key: 'p', method: 'p.list', params: {}, paged: true }] },
      ]),
    ).rejects.toMatchObject({ code: 'B24_MALFORMED_RESPONSE', where: 'p.list' });
  });

  // docs/bitrix24/portal-identity.md#server-address
  it.each([
    [
      'another name for the same portal',
      ok({ SERVER_ADDRESS: 'https://Acme.bitrix24.ru' }),
      'acme.bitrix24.ru',
    ],
    ['a self-hosted portal on a port', ok({ SERVER_ADDRESS: 'http://10.0.0.5:8080' }), '10.0.0.5:8080'],
    [
      'the URL host itself: no identity kept',
      ok({ SERVER_ADDRESS: 'https://example.bitrix24.ru/' }),
      undefined,
    ],
    ['a webhook without the imopenlines scope: the URL host', refused('insufficient_scope'), undefined],
  ])('the portal identity: %s', async (_what, address, identity) => {
    const { client } = fakeClient(() => ok([]), address);
    const read = await readSections(client, []);
    expect(read.info.identity).toBe(identity);
  });

  it('refuses an address that is not a URL, or another failure of the address call', async () => {
    for (const address of [ok({ SERVER_ADDRESS: 'not a url' }), ok([]), refused('INTERNAL_ERROR')]) {
      const { client } = fakeClient(() => ok([]), address);
      await expect(readSections(client, [])).rejects.toMatchObject({
        code: 'B24_MALFORMED_RESPONSE',
        where: 'imopenlines.config.path.get',
      });
    }
  });

  it('the in-process sandbox is known by its own name, whatever it answers', async () => {
    const { client } = fakeClient(
      () => ok([]),
      ok({ SERVER_ADDRESS: 'https://sandbox.bitrix24.test' }),
      'sandbox',
    );
    expect((await readSections(client, [])).info.identity).toBeUndefined();
  });

  it('refuses a portal clock that is not a date', async () => {
    const { client } = fakeClient((c) => (c.method === 'server.time' ? ok('yesterday') : ok([])));
    await expect(readSections(client, [])).rejects.toMatchObject({ where: 'server.time' });
  });
});

describe('page shapes', () => {
  it.each([
    [[{ id: 1 }], [{ id: 1 }]],
    [{ 7: { id: 7 } }, [{ id: 7 }]],
    [[], []],
  ])('pageRows(%j) → %j', (page, rows) => {
    expect(pageRows(page, 'm')).toEqual(rows);
  });

  it('pageRows refuses what is not a list', () => {
    expect(() => pageRows(null, 'department.get')).toThrow(/department\.get/);
  });

  it('pageById keys a list by id and keeps a map; refuses the rest', () => {
    expect(pageById([{ id: 4 }, { x: 1 }], 'm', 'templates')).toEqual({ 4: { id: 4 }, 1: { x: 1 } });
    expect(pageById({ 9: { id: 9 } }, 'm', 'templates')).toEqual({ 9: { id: 9 } });
    expect(() => pageById('x', 'm', 'templates')).toThrow();
  });
});
