import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BufferWriter } from '../../src/cli/io.js';
import { INTERRUPT_GRACE_MS, runCli } from '../../src/cli/main.js';
import { EXIT } from '../../src/core/exit-codes.js';
import {
  createEmulator,
  freshPortalState,
  startSandboxServer,
  type Emulator,
} from '../../src/sandbox/index.js';
import { ensureBuilt } from '../helpers/ensure-built.js';

const BIN = fileURLToPath(new URL('../../bin/b24cfg.js', import.meta.url));

/**
 * Issue 16.1 and 16.13: Ctrl-C and SIGTERM end any command within a second, with exit 130. The portal
 * answers slowly (2 s a request), so every command is waiting on it when the signal comes.
 */
describe('SIGINT and SIGTERM end a command within a second', () => {
  let server: Awaited<ReturnType<typeof startSandboxServer>>;
  let requestArrived: () => void = () => undefined;
  const dir = mkdtempSync(join(tmpdir(), 'b24cfg-signals-'));

  beforeAll(async () => {
    ensureBuilt();
    const emulator = createEmulator({ state: freshPortalState(), limits: false });
    // Tells the test the command is waiting on the portal, then answers slowly.
    const watched: Emulator = Object.create(emulator) as Emulator;
    Object.defineProperty(watched, 'handle', {
      value: async (req: Parameters<Emulator['handle']>[0]) => {
        requestArrived();
        await new Promise((r) => setTimeout(r, 2000));
        return emulator.handle(req);
      },
    });
    server = await startSandboxServer({ emulator: watched });
  }, 120_000);
  afterAll(() => server.close());

  const commands: ReadonlyArray<readonly [string, (url: string) => string[]]> = [
    ['doctor', (url) => ['doctor', '--portal', url]],
    ['export', (url) => ['export', '--portal', url, '--out', join(dir, 'exported.yaml')]],
    ['audit', (url) => ['audit', '--portal', url]],
  ];

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it.each(commands)(
      `%s: ${signal} while a request is in flight → exit 130 within a second`,
      async (_n, args) => {
        const child = spawn(process.execPath, [BIN, ...args(server.url), '--lang', 'en'], {
          cwd: dir,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { PATH: process.env.PATH ?? '', HOME: dir, NO_COLOR: '1' },
        });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
        await new Promise<void>((resolve) => (requestArrived = resolve));
        const sent = Date.now();
        child.kill(signal);
        const [code] = (await once(child, 'exit')) as [number | null];
        const took = Date.now() - sent;
        expect(code, stderr).toBe(EXIT.interrupted);
        expect(took).toBeLessThan(1000);
        expect(stderr).toContain(`[INTERRUPTED] interrupted by ${signal}`);
        expect(stderr).not.toMatch(/\n\s+at /);
      },
    );
  }
});

describe('the interrupt in-process (runCli)', () => {
  it('an aborted signal ends a networked command at once, exit 130', async () => {
    const interrupt = new AbortController();
    const err = new BufferWriter();
    const dir = mkdtempSync(join(tmpdir(), 'b24cfg-signals-'));
    const emulator = createEmulator({ state: freshPortalState(), limits: false });
    const server = await startSandboxServer({ emulator, latencyMs: 5000 });
    try {
      const running = runCli(['doctor', '--portal', server.url, '--lang', 'en'], {
        out: new BufferWriter(),
        err,
        env: {},
        cwd: dir,
        homeDir: dir,
        signal: interrupt.signal,
      });
      await new Promise((r) => setTimeout(r, 300));
      const sent = Date.now();
      interrupt.abort('SIGINT');
      expect(await running).toBe(EXIT.interrupted);
      expect(Date.now() - sent).toBeLessThan(INTERRUPT_GRACE_MS + 500);
      expect(err.text()).toContain('interrupted by SIGINT');
    } finally {
      await server.close();
    }
  });
});
