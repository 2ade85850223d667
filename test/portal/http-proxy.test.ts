import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpWire } from '../../src/portal/http-wire.js';
import { proxyAgentFor } from '../../src/portal/http-proxy.js';

/**
 * Behind a proxy the wire tunnels to the portal with CONNECT, as axios did under the SDK
 * (docs/bitrix24/b24jssdk.md#the-wire-without-the-sdk). The proxy here refuses every tunnel, so nothing
 * leaves the machine: what is checked is where the request went.
 */
let proxy: Server;
let proxyUrl = '';
const connects: string[] = [];
const VARS = [
  'https_proxy',
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'all_proxy',
  'ALL_PROXY',
  'no_proxy',
  'NO_PROXY',
] as const;
const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));

beforeAll(async () => {
  proxy = createServer();
  proxy.on('connect', (req, socket) => {
    connects.push(req.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterEach(() => {
  connects.length = 0;
  for (const v of VARS) {
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  }
});
afterAll(() => new Promise<void>((r) => proxy.close(() => r())));

function clearProxyVars(): void {
  for (const v of VARS) delete process.env[v];
}

describe('a proxy from the environment', () => {
  it('https_proxy: the request to the portal is a CONNECT tunnel through the proxy', async () => {
    clearProxyVars();
    process.env.HTTPS_PROXY = proxyUrl;
    const wire = createHttpWire('https://acme.bitrix24.ru/rest/1/proxySecret77/');
    const outcome = await wire.send('scope', {}).then(
      (r) => r.status,
      (e: unknown) => (e as Error).name,
    );
    expect(connects).toEqual(['acme.bitrix24.ru:443']);
    // The refused tunnel is no portal answer: never a 200.
    expect(outcome).not.toBe(200);
  });

  it('no proxy variable, or no_proxy naming the host: no agent, a direct connection', async () => {
    clearProxyVars();
    expect(await proxyAgentFor('https://acme.bitrix24.ru')).toBeUndefined();
    process.env.all_proxy = proxyUrl;
    process.env.no_proxy = '.bitrix24.ru';
    expect(await proxyAgentFor('https://acme.bitrix24.ru')).toBeUndefined();
    expect(await proxyAgentFor('https://portal.example.com')).toBeDefined();
  });

  it('the loopback sandbox never goes through a proxy', async () => {
    clearProxyVars();
    process.env.HTTPS_PROXY = proxyUrl;
    process.env.HTTP_PROXY = proxyUrl;
    const local = createServer((req, res) => {
      req.resume();
      res.setHeader('Content-Type', 'application/json');
      res.end('{"result":["crm"]}');
    });
    await new Promise<void>((r) => local.listen(0, '127.0.0.1', r));
    try {
      const port = (local.address() as AddressInfo).port;
      const r = await createHttpWire(`http://127.0.0.1:${port}/rest/1/loopSecret42/`).send('scope', {});
      expect(r).toEqual({ status: 200, body: { result: ['crm'] } });
      expect(connects).toEqual([]);
    } finally {
      await new Promise<void>((r) => local.close(() => r()));
    }
  });
});
