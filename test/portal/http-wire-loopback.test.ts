import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { B24Error } from '../../src/portal/errors.js';
import { createHttpWire } from '../../src/portal/http-wire.js';
import { createTransport } from '../../src/portal/transport.js';
import { WireFailure } from '../../src/portal/wire.js';

// A real server on loopback (no msw in this file): the local sandbox server speaks plain http, the only
// http the wire accepts (docs/bitrix24/transport.md#webhook-url).
let server: Server;
let port = 0;
const seen: Array<{ url: string; body: string; headers: IncomingHttpHeaders }> = [];
const ENCODE = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync } as const;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', body, headers: req.headers });
      res.setHeader('Content-Type', 'application/json');
      const hop = /\/hop\.(301|302|307|308)$/.exec(req.url ?? '')?.[1];
      if (hop) {
        res.writeHead(Number(hop), { Location: `/landing/${hop}` });
        res.end();
        return;
      }
      if (req.url?.startsWith('/landing/')) {
        res.end(JSON.stringify({ result: { method: req.method, body } }));
        return;
      }
      if (req.url?.includes('/loop.method') || req.url?.includes('/elsewhere.method')) {
        const to = req.url.includes('/loop.method') ? req.url : `https://127.0.0.1:1${req.url}`;
        res.writeHead(302, { Location: to });
        res.end();
        return;
      }
      if (req.url?.includes('/slow.method')) {
        setTimeout(() => res.end('{"result":true}'), 2000);
        return;
      }
      const packed = /\/packed\.(gzip|deflate|br)$/.exec(req.url ?? '')?.[1] as
        keyof typeof ENCODE | undefined;
      if (packed) {
        res.setHeader('Content-Encoding', packed);
        res.end(ENCODE[packed](JSON.stringify({ result: { packed, ё: 'ёж' } })));
        return;
      }
      if (req.url?.includes('/crm.status.add')) {
        res.statusCode = 400;
        res.end(JSON.stringify({ error: '', error_description: 'The field STATUS_ID is required.' }));
        return;
      }
      res.end(JSON.stringify({ result: '2024-08-05T09:02:13+00:00', time: { start: 1, finish: 1 } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('loopback sandbox over plain http', () => {
  it('reaches http://127.0.0.1 over plain http', async () => {
    const wire = createHttpWire(`http://127.0.0.1:${port}/rest/1/loopSecret42/`);
    const r = await wire.send('server.time', { a: 1 });
    expect(r).toEqual({
      status: 200,
      body: { result: '2024-08-05T09:02:13+00:00', time: { start: 1, finish: 1 } },
    });
    expect(seen.at(-1)?.url).toMatch(/^\/rest\/1\/loopSecret42\/server\.time/);
    expect(JSON.parse(seen.at(-1)!.body)).toEqual({ a: 1 });
    expect(wire.host).toBe(`127.0.0.1:${port}`);
    expect(seen.at(-1)?.headers).toMatchObject({
      'content-type': 'application/json',
      'accept-encoding': 'gzip, deflate, br',
    });
  });

  it.each(['gzip', 'deflate', 'br'] as const)('a %s answer is decoded', async (packed) => {
    const wire = createHttpWire(`http://127.0.0.1:${port}/rest/1/loopSecret42/`);
    const r = await wire.send(`packed.${packed}`, {});
    expect(r).toEqual({ status: 200, body: { result: { packed, ё: 'ёж' } } });
  });

  it('error bodies arrive intact through the transport', async () => {
    const c = createTransport(createHttpWire(`http://127.0.0.1:${port}/rest/1/loopSecret42/`), {
      tier: 'standard',
    });
    const err = await c.call('crm.status.add', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(B24Error);
    expect((err as B24Error).description).toBe('The field STATUS_ID is required.');
  });

  it.each([
    ['301', 'GET', ''],
    ['302', 'GET', ''],
    ['307', 'POST', '{"a":1}'],
    ['308', 'POST', '{"a":1}'],
  ])('a %s redirect is followed with a %s, as axios did', async (status, method, sent) => {
    const wire = createHttpWire(`http://127.0.0.1:${port}/rest/1/loopSecret42/`);
    const r = await wire.send(`hop.${status}`, { a: 1 });
    expect(r).toEqual({ status: 200, body: { result: { method, body: sent } } });
  });

  it('redirects stop after five, and never lead to another scheme', async () => {
    const wire = createHttpWire(`http://127.0.0.1:${port}/rest/1/loopSecret42/`);
    const before = seen.length;
    expect((await wire.send('loop.method', {})).status).toBe(302);
    expect(seen.length - before).toBe(6);
    expect((await wire.send('elsewhere.method', {})).status).toBe(302);
    expect(seen.length - before).toBe(7);
  });

  it('an aborted signal cancels the request in flight, and one aborted before sends nothing', async () => {
    const wire = createHttpWire(`http://127.0.0.1:${port}/rest/1/loopSecret42/`);
    const ac = new AbortController();
    const t0 = performance.now();
    setTimeout(() => ac.abort(), 50);
    const failure = await wire.send('slow.method', {}, { signal: ac.signal }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ failure: 'aborted', maybeDelivered: true, code: 'ERR_CANCELED' });
    expect(performance.now() - t0).toBeLessThan(1500);
    const before = seen.length;
    const early = await wire.send('server.time', {}, { signal: ac.signal }).catch((e: unknown) => e);
    expect(early).toMatchObject({ failure: 'aborted', code: 'ERR_CANCELED' });
    expect(seen.length).toBe(before);
  });

  it('a closed port is a refused connection, not delivered', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const p = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const failure = await createHttpWire(`http://127.0.0.1:${p}/rest/1/loopSecret42/`)
      .send('scope', {})
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WireFailure);
    expect((failure as WireFailure).code).toBe('ECONNREFUSED');
    expect((failure as WireFailure).maybeDelivered).toBe(false);
  });
});
