import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { B24Error } from '../../src/portal/errors.js';
import { createHttpWire, toWireFailure } from '../../src/portal/http-wire.js';
import { proxyAddress, proxyFor, type PortalProxy } from '../../src/portal/http-proxy.js';
import { isSettingFailure, WireFailure } from '../../src/portal/wire.js';

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

  it('a proxy that refuses the tunnel (403 to CONNECT): a failure of the proxy, not an answer of the portal', async () => {
    clearProxyVars();
    process.env.HTTPS_PROXY = proxyUrl;
    const e = await createHttpWire('https://acme.bitrix24.ru/rest/1/proxySecret77/')
      .send('scope', {})
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect(e).toBeInstanceOf(WireFailure);
    const f = e as WireFailure;
    expect([f.failure, f.maybeDelivered, f.code, f.message]).toEqual([
      'network',
      false,
      'PROXY_HTTP_403',
      'the proxy answered HTTP 403 Forbidden to the tunnel to acme.bitrix24.ru (PROXY_HTTP_403)',
    ]);
    expect(f.proxy).toEqual({
      address: proxyUrl.replace('http://', ''),
      hostname: '127.0.0.1',
      variable: 'HTTPS_PROXY',
    });
  });

  it('no proxy variable, or no_proxy naming the host: no agent, a direct connection', async () => {
    clearProxyVars();
    expect(await proxyFor('https://acme.bitrix24.ru')).toBeUndefined();
    process.env.all_proxy = proxyUrl;
    process.env.no_proxy = '.bitrix24.ru';
    expect(await proxyFor('https://acme.bitrix24.ru')).toBeUndefined();
    expect(await proxyFor('https://portal.example.com')).toBeDefined();
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

/** A local port nothing listens on: a connection to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

async function failureOf(wire: ReturnType<typeof createHttpWire>): Promise<WireFailure> {
  const e = await wire.send('scope', {}).then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof WireFailure)) throw new Error(`expected a WireFailure, got ${String(e)}`);
  return e;
}

describe('a proxy that cannot be reached is named, not the portal', () => {
  it('refused: the failure names the proxy and its variable, never its credentials', async () => {
    clearProxyVars();
    const port = await closedPort();
    process.env.https_proxy = `http://proxyUser:proxyPass99@127.0.0.1:${port}`;
    const f = await failureOf(createHttpWire('https://acme.bitrix24.ru/rest/1/proxySecret77/'));
    expect([f.failure, f.code, f.message]).toEqual([
      'network',
      'ECONNREFUSED',
      'the proxy refused the connection (ECONNREFUSED)',
    ]);
    expect(f.proxy).toEqual({ address: `127.0.0.1:${port}`, hostname: '127.0.0.1', variable: 'https_proxy' });
    const text = JSON.stringify({ ...f, message: f.message });
    expect(text).not.toContain('proxyPass99');
    expect(text).not.toContain('proxyUser');
  });

  it('the variable is the one proxy-from-env read: https_proxy, HTTPS_PROXY, then all_proxy, ALL_PROXY', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}`;
    for (const name of ['HTTPS_PROXY', 'all_proxy', 'ALL_PROXY'] as const) {
      clearProxyVars();
      process.env[name] = url;
      const f = await failureOf(createHttpWire('https://acme.bitrix24.ru/rest/1/proxySecret77/'));
      expect(f.proxy?.variable).toBe(name);
    }
    clearProxyVars();
    process.env.HTTPS_PROXY = url;
    process.env.all_proxy = 'http://127.0.0.1:1';
    expect((await proxyFor('https://acme.bitrix24.ru'))?.variable).toBe('HTTPS_PROXY');
  });

  it('a proxy address that is not a URL is a failure naming the variable, not a crash (it was INTERNAL, exit 70)', async () => {
    clearProxyVars();
    process.env.https_proxy = 'http://proxyUser:proxyPass99@[bad';
    const f = await failureOf(createHttpWire('https://acme.bitrix24.ru/rest/1/proxySecret77/'));
    expect([f.failure, f.code, f.message]).toEqual([
      'network',
      'ERR_INVALID_URL',
      'the proxy address in https_proxy is not a URL',
    ]);
    expect(f.message).not.toContain('proxyPass99');
  });

  it.each([
    ['ECONNREFUSED', 'the proxy refused the connection (ECONNREFUSED)'],
    ['ENOTFOUND', 'proxy host proxy.corp not found (ENOTFOUND)'],
    ['EAI_AGAIN', 'cannot resolve the proxy host proxy.corp right now (EAI_AGAIN)'],
    ['EHOSTUNREACH', 'the proxy is unreachable (EHOSTUNREACH)'],
  ])("through a proxy, %s is the proxy's", (code, message) => {
    const proxy = { address: 'proxy.corp:3128', hostname: 'proxy.corp', variable: 'HTTPS_PROXY' };
    const f = toWireFailure({ code }, 'acme.bitrix24.ru', 65_000, undefined, proxy as PortalProxy);
    expect([f.failure, f.maybeDelivered, f.message, f.proxy]).toEqual(['network', false, message, proxy]);
  });

  it.each([
    ['ENOTFOUND', true],
    ['ERR_INVALID_URL', true],
    ['PROXY_HTTP_403', true],
    ['PROXY_HTTP_407', true],
    ['PROXY_HTTP_502', false],
    ['ECONNREFUSED', false],
    [undefined, false],
  ])('isSettingFailure(%s) = %s: not retried, exit 1', (code, setting) => {
    expect(isSettingFailure(code)).toBe(setting);
  });

  it('through a proxy, a dropped connection or a timeout stays what it was', () => {
    const proxy = { address: 'proxy.corp:3128', hostname: 'proxy.corp', variable: 'HTTPS_PROXY' };
    const dropped = toWireFailure({ code: 'ECONNRESET' }, 'h', 65_000, undefined, proxy as PortalProxy);
    expect([dropped.failure, dropped.proxy]).toEqual(['dropped', undefined]);
    const late = toWireFailure(
      { code: 'ECONNREFUSED' },
      'h',
      65_000,
      { expired: true, started: false },
      proxy as PortalProxy,
    );
    expect([late.failure, late.proxy]).toEqual(['timeout', undefined]);
  });

  it("proxyAddress: host and port, the scheme's port when none is given, never user or password", () => {
    expect(proxyAddress('http://u:p@proxy.corp:3128')).toBe('proxy.corp:3128');
    expect(proxyAddress('http://proxy.corp')).toBe('proxy.corp:80');
    expect(proxyAddress('https://proxy.corp/')).toBe('proxy.corp:443');
    expect(proxyAddress('http://[::1]:8080')).toBe('[::1]:8080');
    expect(proxyAddress('http://[bad')).toBeUndefined();
  });

  it.each([
    [
      'en',
      'the request to the portal acme.bitrix24.ru did not get through the proxy proxy.corp:3128 from HTTPS_PROXY (scope): the proxy refused the connection (ECONNREFUSED)',
      'no_proxy=acme.bitrix24.ru b24cfg doctor --portal acme',
    ],
    [
      'ru',
      'запрос к порталу acme.bitrix24.ru не прошёл через прокси proxy.corp:3128 из переменной HTTPS_PROXY (scope): the proxy refused the connection (ECONNREFUSED)',
      'no_proxy=acme.bitrix24.ru b24cfg doctor --portal acme',
    ],
  ] as const)(
    'the B24_NETWORK error of a proxy (%s): its message names it, its hint checks without it',
    (lang, message, command) => {
      const e = new B24Error({
        category: 'network',
        method: 'scope',
        b24Code: 'ECONNREFUSED',
        description: 'the proxy refused the connection (ECONNREFUSED)',
        host: 'acme.bitrix24.ru',
        proxy: { address: 'proxy.corp:3128', hostname: 'proxy.corp', variable: 'HTTPS_PROXY' },
      });
      e.context.portal = 'acme';
      const r = e.render(lang);
      expect(e.code).toBe('B24_NETWORK');
      expect(r.message).toBe(message);
      expect(r.hint?.endsWith(command)).toBe(true);
    },
  );
});
