import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doctorExitCode, runDoctor } from '../../src/doctor/run.js';
import { openPortal } from '../../src/portal/open-portal.js';
import { createTransport } from '../../src/portal/transport.js';
import { createEmulator, startSandboxServer } from '../../src/sandbox/index.js';
import { cli } from '../helpers/run-cli.js';
import { openSandboxWire } from '../../src/portal/sandbox-adapter.js';

const SECRET = 'sandboxDoctorSecret7';
const WITHOUT_OPENLINES = ['crm', 'user', 'department', 'task', 'telephony'];

describe('doctor against the sandbox portal', () => {
  it('in-process: a webhook without «imopenlines» fails that scope, naming the blocked commands; exit 5', async () => {
    const emulator = createEmulator({ webhook: { userId: 1, secret: SECRET, scopes: WITHOUT_OPENLINES } });
    const client = createTransport(await openSandboxWire({ emulator }), { tier: 'standard' });
    const report = await runDoctor(client, Date.now);
    const im = report.checks.find((c) => c.id === 'scope:imopenlines');
    expect(im?.status).toBe('fail');
    expect(im?.data?.commands).toBe('export, plan, apply, restore, audit');
    expect(report.checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual(['scope:imopenlines']);
    expect(report.checks.find((c) => c.id === 'method:imopenlines.config.add')?.status).not.toBe('ok');
    expect(doctorExitCode(report)).toBe(5);
    expect(client.stats.httpRequests).toBe(1);
  });

  it('over HTTP (sandbox server on loopback, through the SDK): same verdict, exit 5', async () => {
    const emulator = createEmulator({ webhook: { userId: 1, secret: SECRET, scopes: WITHOUT_OPENLINES } });
    const server = await startSandboxServer({ emulator });
    try {
      const r = await cli(['doctor', '--portal', server.url, '--lang', 'en']);
      expect(r.code).toBe(5);
      expect(r.stdout).toMatch(
        /fail\s+Scope "imopenlines"\s+missing — these commands cannot run: export, plan, apply, restore, audit/,
      );
      expect(r.stdout).toContain('Add the scope "imopenlines" to the webhook');
      expect(r.stderr).toContain('Portal requests: 1 HTTP');
      expect(r.stdout + r.stderr).not.toContain(SECRET);
    } finally {
      await server.close();
    }
  });

  it('--portal sandbox (all scopes) passes with exit 0', async () => {
    const r = await cli(['doctor', '--portal', 'sandbox', '--lang', 'en']);
    expect(r.stdout).not.toMatch(/^\s+fail/m);
    expect(r.code).toBe(0);
  });

  it('openPortal("sandbox:<file>") opens the emulator with a state file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'b24cfg-sbx-'));
    const client = await openPortal(`sandbox:${join(dir, 'state.json')}`, {
      env: {},
      homeDir: dir,
      cwd: dir,
    });
    expect(client.kind).toBe('sandbox');
    const r = await client.call<string>('server.time');
    expect(typeof r.result).toBe('string');
    await client.close();
  });
});
