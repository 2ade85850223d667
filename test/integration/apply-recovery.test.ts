import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createEmulator,
  freshPortalState,
  startSandboxServer,
  type Emulator,
} from '../../src/sandbox/index.js';
import { ensureBuilt } from '../helpers/ensure-built.js';
import { cli } from '../helpers/run-cli.js';
import { Workspace } from '../helpers/workspace.js';

const BIN = fileURLToPath(new URL('../../bin/b24cfg.js', import.meta.url));
const DEFAULT_CODES = ['PREPARATION', 'PREPAYMENT_INVOICE', 'EXECUTING', 'FINAL_INVOICE', 'APOLOGY'];

function isWriteBatch(method: string, params: Record<string, unknown>): boolean {
  if (method !== 'batch') return false;
  const cmd = params.cmd as Record<string, string> | undefined;
  return Object.values(cmd ?? {}).some((c) =>
    /^crm\.(category|status|\w+\.userfield)\.(add|update|delete)/.test(c),
  );
}

/** The spec minus what differs between two portals: the client line (host) and comments. */
function comparable(yaml: string): string {
  return yaml
    .split('\n')
    .filter((l) => !l.startsWith('#') && !l.startsWith('client:'))
    .join('\n');
}

describe('apply recovery: a killed apply, --resume, restore, a stale saved plan', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('finishes an apply killed after its first write request with --resume, without duplicates', async () => {
    const ws = new Workspace('b24cfg-kill-');
    const spec = ws.path('b24cfg.yaml');
    expect((await ws.run(['init', '--template', 'b2b-b2c', '--out', spec])).code).toBe(0);

    const emulator = createEmulator({ state: freshPortalState(), limits: false });
    let child: ReturnType<typeof spawn> | undefined;
    let writes = 0;
    // The portal applies the first write batch; the process dies before the answer reaches it.
    const killing: Emulator = Object.create(emulator) as Emulator;
    Object.defineProperty(killing, 'handle', {
      value: async (req: Parameters<Emulator['handle']>[0]) => {
        const out = await emulator.handle(req);
        if (isWriteBatch(req.method, req.params) && ++writes === 1 && child) {
          child.kill('SIGKILL');
          await once(child, 'exit');
        }
        return out;
      },
    });
    const server = await startSandboxServer({ emulator: killing });
    try {
      child = spawn(process.execPath, [BIN, 'apply', spec, '--portal', server.url, '--yes', '--lang', 'en'], {
        cwd: ws.dir,
        stdio: 'ignore',
      });
      const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
      expect(signal ?? code).toBe('SIGKILL');
      expect(emulator.state.pipelines.length).toBeGreaterThan(1); // the first request did land

      const resumed = await cli(
        ['apply', spec, '--portal', server.url, '--resume', 'last', '--yes', '--lang', 'en'],
        {
          cwd: ws.dir,
        },
      );
      expect(resumed.code, `${resumed.stdout}\n${resumed.stderr}`).toBe(0);

      const again = await cli(['plan', spec, '--portal', server.url, '--detailed-exitcode', '--lang', 'en'], {
        cwd: ws.dir,
      });
      expect(again.code, again.stdout).toBe(0);

      const names = emulator.state.pipelines.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
      const created = emulator.state.pipelines.filter((p) => p.id !== 0).map((p) => p.id);
      const leftovers = emulator.state.statuses.filter(
        (s) =>
          s.categoryId !== null &&
          created.includes(s.categoryId) &&
          DEFAULT_CODES.includes(s.statusId.replace(/^C\d+:/, '')),
      );
      expect(leftovers).toEqual([]);

      // The result equals a clean, uninterrupted apply of the same spec.
      const clean = new Workspace('b24cfg-clean-');
      const cleanSpec = clean.path('b24cfg.yaml');
      await clean.run(['init', '--template', 'b2b-b2c', '--out', cleanSpec]);
      expect((await clean.run(['apply', cleanSpec, '--portal', clean.portal, '--yes'])).code).toBe(0);
      const a = await cli(['export', '--portal', server.url, '--lang', 'en'], { cwd: ws.dir });
      const b = await clean.run(['export', '--portal', clean.portal]);
      expect(comparable(a.stdout)).toBe(comparable(b.stdout));
    } finally {
      await server.close();
    }
  });

  it('restore returns the portal to its snapshot (compared with export)', async () => {
    const ws = new Workspace('b24cfg-restore-');
    const spec = ws.path('b24cfg.yaml');
    await ws.run(['init', '--template', 'b2b-b2c', '--out', spec]);
    const before = await ws.run(['export', '--portal', ws.portal]);
    const applied = await ws.run(['apply', spec, '--portal', ws.portal, '--yes', '--format', 'json']);
    expect(applied.code).toBe(0);
    const snapshot = (JSON.parse(applied.stdout) as { snapshot: string }).snapshot;
    const restored = await ws.run(['restore', snapshot, '--portal', ws.portal, '--yes']);
    expect(restored.code, `${restored.stdout}\n${restored.stderr}`).toBe(0);
    expect(restored.stderr).toContain('Deals, tasks and other data are not restored');
    const after = await ws.run(['export', '--portal', ws.portal]);
    expect(comparable(after.stdout)).toBe(comparable(before.stdout));
  });

  it('refuses a saved plan after someone renamed a stage on the portal (exit 7)', async () => {
    const ws = new Workspace('b24cfg-stale-');
    const spec = ws.path('b24cfg.yaml');
    await ws.run(['init', '--template', 'b2b-b2c', '--out', spec]);
    expect((await ws.run(['plan', spec, '--portal', ws.portal, '--out', 'plan.json'])).code).toBe(0);
    await ws.editPortal((s) => {
      const st = s.statuses.find((x) => x.entityId === 'DEAL_STAGE' && x.statusId === 'NEW');
      if (st) st.name = 'Переименовано вручную';
    });
    const r = await ws.run(['apply', 'plan.json', '--portal', ws.portal, '--yes']);
    expect(r.code).toBe(7);
    expect(r.stderr).toContain('[PLAN_STALE]');
    // And the same saved plan applies cleanly while the portal is unchanged.
    const ws2 = new Workspace('b24cfg-fresh-plan-');
    const spec2 = ws2.path('b24cfg.yaml');
    await ws2.run(['init', '--template', 'b2b-b2c', '--out', spec2]);
    await ws2.run(['plan', spec2, '--portal', ws2.portal, '--out', 'plan.json']);
    const ok = await ws2.run(['apply', 'plan.json', '--portal', ws2.portal, '--yes']);
    expect(ok.code, ok.stderr).toBe(0);
  });
});
