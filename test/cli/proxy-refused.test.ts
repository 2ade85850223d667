import { mkdtemp } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/core/exit-codes.js';
import { cli } from '../helpers/run-cli.js';

/**
 * A proxy from `https_proxy` that refuses the connection was reported as the portal refusing it ("cannot
 * reach the portal acme.bitrix24.ru … acme.bitrix24.ru refused the connection"), a proxy URL that is not
 * a URL was an internal error (exit 70), and a proxy refusing the tunnel was taken for a portal URL that
 * is wrong. Now the error names the proxy (host:port, never its
 * password) and the variable, and its hint is a command that checks the portal without the proxy, naming
 * the portal as the user did.
 */
const VARS = ['https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY', 'no_proxy', 'NO_PROXY'] as const;
const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));

afterEach(() => {
  for (const v of VARS) {
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  }
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('a proxy that refuses the connection', () => {
  it('export and doctor name the proxy and the variable, and hint a check without it', async () => {
    for (const v of VARS) delete process.env[v];
    const port = await closedPort();
    process.env.HTTPS_PROXY = `http://proxyUser:proxyPass99@127.0.0.1:${port}`;
    const home = await mkdtemp(join(tmpdir(), 'b24cfg-proxy-'));
    const run = (args: string[], lang = 'en') =>
      cli([...args, '--lang', lang], { env: { HOME: home }, cwd: home });
    const added = await run(['profile', 'add', 'acme', 'https://acme.bitrix24.ru/rest/1/proxyCliSecret5/']);
    expect(added.code, added.stderr).toBe(0);

    const [exported, doctor, ru] = await Promise.all([
      run(['export', '--portal', 'acme']),
      run(['doctor', '--portal', 'acme']),
      run(['export', '--portal', 'https://acme.bitrix24.ru/rest/1/proxyCliSecret5/'], 'ru'),
    ]);
    for (const r of [exported, doctor, ru]) {
      expect(r.code, r.stderr).toBe(EXIT.budget);
      const all = `${r.stdout}${r.stderr}`;
      expect(all).not.toMatch(/proxyPass99|proxyUser|proxyCliSecret5|\{\w+\}/);
      expect(all).toContain('no_proxy=acme.bitrix24.ru b24cfg doctor --portal ');
    }
    expect(exported.stderr).toContain(
      `the request to the portal acme.bitrix24.ru did not get through the proxy 127.0.0.1:${port} from HTTPS_PROXY`,
    );
    expect(exported.stderr).toContain('the proxy refused the connection (ECONNREFUSED)');
    // The waits before each retry blamed the portal too.
    expect(exported.stderr).toContain('The proxy did not let the request through; trying again in');
    expect(exported.stderr).not.toContain('The portal did not answer properly');
    expect(ru.stderr).toContain('Прокси не пропустил запрос к порталу, повторим через');
    expect(exported.stderr).toContain(
      'Check the proxy in HTTPS_PROXY: its address, that it is running and lets connections to the portal through. To check the portal without the proxy: no_proxy=acme.bitrix24.ru b24cfg doctor --portal acme\n',
    );
    expect(doctor.stdout).toContain(
      `the portal cannot be reached through the proxy 127.0.0.1:${port} from HTTPS_PROXY: ECONNREFUSED: the proxy refused the connection`,
    );
    expect(doctor.stdout).toContain('no_proxy=acme.bitrix24.ru b24cfg doctor --portal acme\n');
    // A webhook URL typed on the command line is never repeated: the hint names the variable instead.
    expect(ru.stderr).toContain(`не прошёл через прокси 127.0.0.1:${port} из переменной HTTPS_PROXY`);
    expect(ru.stderr).toContain('no_proxy=acme.bitrix24.ru b24cfg doctor --portal "$B24_WEBHOOK_URL"');
  }, 60_000);

  it('a proxy URL that is not a URL: exit 1 at once, naming the variable, not an internal error', async () => {
    for (const v of VARS) delete process.env[v];
    process.env.https_proxy = 'http://proxyUser:proxyPass99@[bad';
    const r = await cli([
      'doctor',
      '--portal',
      'https://acme.bitrix24.ru/rest/1/proxyCliSecret5/',
      '--lang',
      'en',
    ]);
    expect(r.code, r.stderr).toBe(EXIT.findings);
    const all = `${r.stdout}${r.stderr}`;
    expect(all).toContain('ERR_INVALID_URL');
    expect(all).toContain('Fix https_proxy (http://host:port) or unset it.');
    expect(all).toContain(
      'the portal cannot be reached: ERR_INVALID_URL: the proxy address in https_proxy is not a URL',
    );
    expect(all).not.toMatch(/proxyPass99|INTERNAL|trying again/);
  });

  it('a proxy that refuses the tunnel (403): named, not taken for the portal, no retries, exit 1', async () => {
    for (const v of VARS) delete process.env[v];
    // It was "this URL is not a Bitrix24 REST endpoint: it answered HTTP 403", with a hint to fix the URL.
    const proxy = createHttpServer();
    proxy.on('connect', (_req, socket) => socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n'));
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const { port } = proxy.address() as AddressInfo;
    process.env.https_proxy = `http://127.0.0.1:${port}`;
    try {
      const portal = 'https://acme.bitrix24.ru/rest/1/proxyCliSecret5/';
      const [plan, doctor] = await Promise.all([
        cli(['export', '--portal', portal, '--lang', 'en']),
        cli(['doctor', '--portal', portal, '--lang', 'en']),
      ]);
      for (const r of [plan, doctor]) {
        expect(r.code, r.stderr).toBe(EXIT.findings);
        const all = `${r.stdout}${r.stderr}`;
        expect(all).toContain(`the proxy answered HTTP 403 Forbidden to the tunnel to acme.bitrix24.ru`);
        expect(all).toContain('no_proxy=acme.bitrix24.ru b24cfg doctor --portal "$B24_WEBHOOK_URL"');
        expect(all).not.toMatch(/not a Bitrix24 REST endpoint|trying again|proxyCliSecret5/);
      }
      expect(plan.stderr).toContain(`did not get through the proxy 127.0.0.1:${port} from https_proxy`);
    } finally {
      await new Promise<void>((r) => proxy.close(() => r()));
    }
  });
});
