import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { fixture } from '../portal/helpers/fixtures.js';
import { portalResponder, type Handler } from '../portal/helpers/list-portal.js';
import { HOOK, SECRET, useMswPortal } from '../portal/helpers/msw-portal.js';

const portal = useMswPortal();
const now = () => new Date('2024-08-05T09:02:15Z');

function healthy(scopes: string[]): Handler {
  return (method) => {
    switch (method) {
      case 'server.time':
        return { result: fixture('server.time').body.result };
      case 'scope':
        return { result: scopes };
      case 'user.admin':
        return { result: true };
      case 'profile':
        return { result: fixture('profile').body.result };
      case 'app.info':
        return { result: { SCOPE: scopes, LICENSE: 'ru_pro100' } };
      case 'crm.settings.mode.get':
        return { result: 1 };
      case 'method.get':
        return { result: { isExisting: true, isAvailable: true } };
      default:
        return { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' };
    }
  };
}

function serve(handler: Handler) {
  const respond = portalResponder(handler);
  portal.setReply((method, body) => {
    const r = respond(method, body);
    return { status: r.status, json: r.body };
  });
}

const ALL = ['crm', 'imopenlines', 'user', 'department', 'task', 'telephony'];

describe('b24cfg doctor', () => {
  it('prints an all-ok table, one HTTP request, and the request summary; exit 0', async () => {
    serve(healthy(ALL));
    const r = await cli(['doctor', '--portal', HOOK, '--lang', 'en'], { now });
    expect(r.code).toBe(0);
    expect(portal.seen.map((s) => s.method)).toEqual(['batch']);
    expect(r.stdout).toContain('b24cfg doctor — test.bitrix24.ru');
    expect(r.stdout).toMatch(/ok\s+Connection and webhook/);
    expect(r.stdout).toContain('All good.');
    expect(r.stderr).toContain('Portal requests: 1 HTTP, 16 REST calls');
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('names a missing scope and the commands it blocks; exit 5 (Russian by default)', async () => {
    serve(healthy(['crm', 'user', 'department', 'task', 'telephony']));
    const r = await cli(['doctor', '--portal', HOOK], { now });
    expect(r.code).toBe(5);
    expect(r.stdout).toMatch(/fail\s+Право «imopenlines»/);
    expect(r.stdout).toContain('export, plan, apply, restore, audit');
    expect(r.stdout).toContain('Добавьте право «imopenlines» вебхуку');
    expect(r.stderr).toContain('Запросов к порталу: 1 HTTP, 16 вызовов REST');
  });

  it('--format json gives a machine-readable report on stdout', async () => {
    serve(healthy(['crm', 'user', 'department', 'task']));
    const r = await cli(['doctor', '--portal', HOOK, '--format', 'json', '--lang', 'en'], { now });
    expect(r.code).toBe(5);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      exitCode: number;
      portal: string;
      checks: Array<{ id: string; status: string; fix?: string }>;
    };
    expect(out).toMatchObject({ ok: false, exitCode: 5, portal: 'test.bitrix24.ru' });
    expect(out.checks.find((c) => c.id === 'scope:imopenlines')).toMatchObject({ status: 'fail' });
    expect(out.checks.find((c) => c.id === 'scope:telephony')).toMatchObject({ status: 'warn' });
  });

  it('a rejected webhook is a failed row with what to do; exit 5, secret nowhere', async () => {
    portal.setReply(() => ({
      status: 401,
      json: { error: 'INVALID_CREDENTIALS', error_description: 'Invalid request credentials' },
    }));
    const r = await cli(['doctor', '--portal', HOOK, '--lang', 'en'], { now });
    expect(r.code).toBe(5);
    expect(r.stdout).toMatch(
      /fail\s+Connection and webhook\s+the portal rejected the webhook: INVALID_CREDENTIALS: Invalid request credentials/,
    );
    expect(r.stdout).toContain('Check the whole webhook URL');
    expect(portal.seen).toHaveLength(1);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('without any portal, explains the three ways to name one; exit 1 (a usage mistake, not auth: issue 16.12)', async () => {
    const r = await cli(['doctor', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[PORTAL_NOT_GIVEN]');
    expect(r.stderr).toContain('B24_WEBHOOK_URL');
  });

  it('reads B24_WEBHOOK_URL and refuses plain http to a real host', async () => {
    serve(healthy(ALL));
    const ok = await cli(['doctor', '--lang', 'en'], { now, env: { B24_WEBHOOK_URL: HOOK } });
    expect(ok.code).toBe(0);
    const bad = await cli([
      'doctor',
      '--lang',
      'en',
      '--portal',
      'http://test.bitrix24.ru/rest/1/plainHttpSecret/',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('[WEBHOOK_URL_INVALID]');
    expect(bad.stderr).not.toContain('plainHttpSecret');
  });

  it('refuses formats it does not produce and a bad --timeout', async () => {
    expect((await cli(['doctor', '--portal', HOOK, '--format', 'sarif'])).code).toBe(1);
    const t = await cli(['doctor', '--portal', HOOK, '--timeout', 'soon', '--lang', 'en']);
    expect(t.code).toBe(1);
    expect(t.stderr).toContain('--timeout');
    const d = await cli(['doctor', '--portal', HOOK, '--deadline', '0', '--lang', 'en']);
    expect(d.code).toBe(1);
    expect(d.stderr).toContain('invalid --deadline value: 0');
    expect(d.stderr).toContain('A number of seconds, 1 to 86400, e.g. --deadline 90.');
  });

  it('has an example in --help', async () => {
    const r = await cli(['doctor', '--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--portal');
  });
});
