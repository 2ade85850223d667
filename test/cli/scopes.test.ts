import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/core/exit-codes.js';
import {
  createEmulator,
  freshPortalState,
  startSandboxServer,
  type Emulator,
} from '../../src/sandbox/index.js';
import { DEFAULT_SECRET } from '../../src/sandbox/emulator.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * Issue 16.5: a webhook without a scope a command needs (the `sandbox serve --scopes crm` portal) gave
 * CI a false green: plan exited 0, apply warned about a missing employee, audit exited 0 with
 * "check error". Every command now stops with exit 5, naming the scopes, before anything is written.
 */
describe('a webhook that has only the crm scope', () => {
  let emulator: Emulator;
  let server: Awaited<ReturnType<typeof startSandboxServer>>;
  const ws = new Workspace('b24cfg-scopes-');

  beforeAll(async () => {
    emulator = createEmulator({
      state: freshPortalState(),
      limits: false,
      webhook: { userId: 1, secret: DEFAULT_SECRET, scopes: ['crm'] },
    });
    server = await startSandboxServer({ emulator });
    expect((await ws.run(['init', '--out', 'b24cfg.yaml'])).code).toBe(0);
  });
  afterAll(() => server.close());

  it.each([
    ['plan', ['plan', 'b24cfg.yaml'], 'department, imopenlines, user'],
    ['apply', ['apply', 'b24cfg.yaml', '--yes'], 'department, imopenlines, user'],
    ['export', ['export'], 'department, imopenlines, user'],
    ['audit', ['audit'], 'department, imopenlines, task, user'],
    ['audit of a spec', ['audit', 'b24cfg.yaml'], 'department, imopenlines, task, user'],
  ])('%s: exit 5 naming the missing scopes, nothing written', async (_name, args, scopes) => {
    const pipelinesBefore = emulator.state.pipelines.length;
    const writesBefore = emulator.requestLog.length;
    const r = await ws.run([...args, '--portal', server.url]);
    expect(r.code, r.stderr).toBe(EXIT.auth);
    expect(r.stderr).toContain('[B24_INSUFFICIENT_SCOPE]');
    expect(r.stderr).toContain(`needs: ${scopes}`);
    expect(r.stderr).toContain('b24cfg doctor --portal "$B24_WEBHOOK_URL"');
    expect(r.stderr).toContain('Portal requests: 1 HTTP');
    expect(emulator.state.pipelines.length).toBe(pipelinesBefore);
    expect(emulator.requestLog.length - writesBefore).toBe(1);
  });

  it('doctor says the same, exit 5', async () => {
    const r = await ws.run(['doctor', '--portal', server.url]);
    expect(r.code).toBe(EXIT.auth);
    expect(r.stdout).toMatch(
      /fail\s+Scope "user"\s+missing — these commands cannot run: export, plan, apply/,
    );
  });

  it('a profile name is what the hint pastes', async () => {
    const home = ws.path('home');
    expect((await ws.run(['profile', 'add', 'crm-only', server.url], { HOME: home })).code).toBe(0);
    const r = await ws.run(['plan', 'b24cfg.yaml', '--portal', 'crm-only'], { HOME: home });
    expect(r.code).toBe(EXIT.auth);
    expect(r.stderr).toContain('check: b24cfg doctor --portal crm-only');
  });
});
