import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/core/exit-codes.js';
import { classifyResponse } from '../../src/portal/errors.js';
import { Workspace } from '../helpers/workspace.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** What answers at the URL instead of Bitrix24 REST. */
const SERVERS: Readonly<Record<string, Handler>> = {
  // A portal behind single sign-on, or a wrong address: a login page, reached through a redirect.
  'an HTML login page': (req, res) => {
    if (req.url?.startsWith('/login')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        '<!doctype html><html><head><title>Sign in · Company portal</title></head><body>…</body></html>',
      );
      return;
    }
    res.writeHead(302, { Location: '/login?back=/rest' });
    res.end();
  },
  // `python3 -m http.server`: 501 to any POST.
  'a plain web server (501)': (_req, res) => {
    res.writeHead(501, { 'Content-Type': 'text/html;charset=utf-8' });
    res.end(
      "<html><head><title>Error response</title></head><body><h1>Error response</h1><p>Error code: 501</p><p>Message: Unsupported method ('POST').</p></body></html>",
    );
  },
  'a JSON API that is not Bitrix24 (404)': (_req, res) => {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{"message":"Not Found","documentation_url":"https://example.com/docs"}');
  },
};

/**
 * Issue 16.6: an HTML login page was reported as "run b24cfg doctor" (and doctor failed with the same
 * error); a plain web server's 501 as "portal-side error, retry in a few minutes" after 7 s of retries.
 */
describe.each(Object.entries(SERVERS))('%s at the webhook URL', (_what, handler) => {
  const ws = new Workspace('b24cfg-notrest-');
  let url = '';
  const server = createServer(handler);
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rest/1/notRestSecret42/`;
    ws.write('b24cfg.yaml', 'version: 1\n');
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    ['plan', ['plan', 'b24cfg.yaml']],
    ['audit', ['audit']],
    ['export', ['export']],
  ])('%s: "not a Bitrix24 REST endpoint" with what came back, at once, exit 1', async (_n, args) => {
    const r = await ws.run([...args, '--portal', url]);
    expect(r.code, r.stderr).toBe(EXIT.findings);
    expect(r.stderr).toContain('[B24_NOT_REST_ENDPOINT] this URL is not a Bitrix24 REST endpoint');
    expect(r.stderr).toMatch(/HTTP (200|404|501), \S/);
    // No retries (they took 7 s): one request.
    expect(r.stderr).toContain('Portal requests: 1 HTTP');
    expect(r.stderr).not.toContain('notRestSecret42');
  });

  it('doctor: the first check fails with the same words, exit 1', async () => {
    const r = await ws.run(['doctor', '--portal', url]);
    expect(r.code, r.stderr).toBe(EXIT.findings);
    expect(r.stdout).toMatch(/fail\s+Connection and webhook\s+this URL is not a Bitrix24 REST endpoint/);
    expect(r.stdout).toContain('Use the whole inbound webhook URL');
  });
});

describe('what is and is not a Bitrix24 answer', () => {
  it.each([
    ['HTML 200', 200, undefined, '<html>Login</html>', 'not_rest_endpoint'],
    ['HTML 501', 501, undefined, '<html>Unsupported method</html>', 'not_rest_endpoint'],
    ['empty 404', 404, undefined, '', 'not_rest_endpoint'],
    ['JSON 404 without "error"', 404, { message: 'Not Found' }, undefined, 'not_rest_endpoint'],
    // The portal's own front while it is overloaded or restarting: retried as a server error.
    ['HTML 502', 502, undefined, '<html>Bad Gateway</html>', 'server'],
    ['HTML 503', 503, undefined, '<html>Service Unavailable</html>', 'server'],
    // An answer cut off mid-way is the portal's, not a stranger's.
    ['truncated JSON 200', 200, undefined, '{"result":[{"ID":"1"', 'malformed_response'],
    ['JSON 401 with "error"', 401, { error: 'invalid_credentials' }, undefined, 'auth'],
  ] as const)('%s', (_what, status, body, text, category) => {
    expect(classifyResponse('crm.category.list', status, body, text)?.category).toBe(category);
  });
});
