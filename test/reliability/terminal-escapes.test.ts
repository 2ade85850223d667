import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEmulator,
  freshPortalState,
  startSandboxServer,
  type Emulator,
} from '../../src/sandbox/index.js';
import { cli } from '../helpers/run-cli.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * Issue 15 item 5: a stage named `ESC]0;…BEL ESC[2J` or `ESC[1A ESC[2K FAKE: ✓ Applied, verified\r` was
 * printed raw by `plan`, `apply` (even with --no-color) and `audit --format markdown`, and a portal's
 * `error_description` raw and unbounded (100 KB). Every text from a portal or a spec now reaches the
 * terminal without escape sequences or control characters, and long texts are cut with a marker.
 */
const HOSTILE =
  '\x1b]0;pwned\x07\x1b[2J\x1b[8mЭтап\x1b[1A\x1b[2K FAKE: ✓ Applied, verified\r\u202eexe.txt\u0085';
const HUGE = `${HOSTILE}${'Ошибка сервера. '.repeat(6400)}`;

/** Our own colours (chalk: colour, bold, dim, underline, their resets) are allowed; nothing else. */
function foreignControls(text: string): string[] {
  // eslint-disable-next-line no-control-regex
  const own = text.replace(/\x1b\[(?:[0-79]|2[2-479]|3[0-79]|4[0-79]|9[0-7]|10[0-7])m/g, '');
  // eslint-disable-next-line no-control-regex
  return [...own.matchAll(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g)].map(
    (m) => `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${m.index}`,
  );
}

function isWriteBatch(req: { method: string; params: Record<string, unknown> }): boolean {
  const cmd = req.params.cmd as Record<string, string> | undefined;
  return req.method === 'batch' && Object.values(cmd ?? {}).some((c) => /\.(add|update|delete)\?/.test(c));
}

describe('escape codes and floods from the portal never reach the terminal', () => {
  const emulator = createEmulator({ state: freshPortalState(), limits: false });
  let failWrites = false;
  const hostile: Emulator = Object.create(emulator) as Emulator;
  Object.defineProperty(hostile, 'handle', {
    value: (req: Parameters<Emulator['handle']>[0]) =>
      failWrites && isWriteBatch(req)
        ? Promise.resolve({ status: 400, body: { error: 'ERROR_CORE', error_description: HUGE } })
        : emulator.handle(req),
  });
  let server: Awaited<ReturnType<typeof startSandboxServer>>;
  const ws = new Workspace('b24cfg-escapes-');
  const run = (args: string[], env: Record<string, string> = {}) =>
    cli([...args, '--portal', server.url, '--lang', 'en'], { cwd: ws.dir, env });

  beforeAll(async () => {
    server = await startSandboxServer({ emulator: hostile });
    await cli(['init', '--template', 'b2b-b2c', '--out', 'b24cfg.yaml'], { cwd: ws.dir });
    const applied = await run(['apply', 'b24cfg.yaml', '--yes']);
    expect(applied.code, applied.stderr).toBe(0);
    // Someone (or something) named a stage with escape codes on the portal.
    const stage = emulator.state.statuses.find((s) => s.entityId.startsWith('DEAL_STAGE_') && !s.system);
    if (!stage) throw new Error('the template creates pipelines with stages');
    stage.name = HOSTILE;
  }, 120_000);
  afterAll(() => server.close());

  it.each([
    ['plan, colour on', ['plan', 'b24cfg.yaml'], { FORCE_COLOR: '1' }],
    ['plan --no-color', ['plan', 'b24cfg.yaml', '--no-color'], {}],
    ['plan --format markdown', ['plan', 'b24cfg.yaml', '--format', 'markdown'], {}],
    ['audit --format markdown', ['audit', '--format', 'markdown'], {}],
  ])('%s: the portal names are shown, their escape codes are not', async (_name, args, env) => {
    // The audit of a portal alone names the pipelines that lack stages or loss reasons (SD-03, SD-11).
    const pipelines = emulator.state.pipelines;
    if (args[0] === 'audit')
      pipelines.push({
        id: 990,
        name: HOSTILE,
        sort: 990,
        createdDate: 0,
        originId: null,
        originatorId: null,
      });
    const r = await run(args, env).finally(() => {
      emulator.state.pipelines = pipelines.filter((p) => p.id !== 990);
    });
    expect([0, 1, 2, 3]).toContain(r.code);
    expect(r.stdout).toContain('FAKE: ✓ Applied, verified');
    expect(foreignControls(r.stdout)).toEqual([]);
    expect(foreignControls(r.stderr)).toEqual([]);
  });

  it.each([
    ['apply, colour on', [], { FORCE_COLOR: '1' }],
    ['apply --no-color', ['--no-color'], {}],
  ])('%s: a 100 KB error text from the portal is stripped and cut', async (_name, extra, env) => {
    failWrites = true;
    try {
      ws.write('b24cfg.yaml', ws.read('b24cfg.yaml').replace('Первичный контакт', 'Первый контакт'));
      const r = await run(['apply', 'b24cfg.yaml', '--yes', ...extra], env);
      expect(r.code).not.toBe(0);
      const all = `${r.stdout}${r.stderr}`;
      expect(all).toContain('FAKE: ✓ Applied, verified');
      expect(all).toContain('Ошибка сервера.');
      expect(all).toMatch(/…\(\+\d+\)/);
      expect(all.length).toBeLessThan(20_000);
      expect(foreignControls(r.stdout)).toEqual([]);
      expect(foreignControls(r.stderr)).toEqual([]);
    } finally {
      failWrites = false;
    }
  });
});
