import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BufferWriter } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import type { FleetResult } from '../../src/report/fleet/types.js';
import { ensureBuilt } from '../helpers/ensure-built.js';
import { cli } from '../helpers/run-cli.js';

const BIN = fileURLToPath(new URL('../../bin/b24cfg.js', import.meta.url));

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('b24cfg sandbox serve --fleet', () => {
  it('serves n portals on their own ports, prints SANDBOX_<i>= lines a fleet file names, stops on SIGINT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'b24cfg-serve-fleet-'));
    const out = new BufferWriter();
    const err = new BufferWriter();
    // What main.ts does on Ctrl-C: abort the command's signal.
    const interrupt = new AbortController();
    const running = runCli(['sandbox', 'serve', '--fleet', '3', '--lang', 'en'], {
      out,
      err,
      env: {},
      cwd: dir,
      homeDir: dir,
      signal: interrupt.signal,
    });
    await waitFor(() => out.text().split('\n').length > 3, 'three URLs');
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(3);
    const env = Object.fromEntries(lines.map((l) => l.split('=', 2) as [string, string]));
    expect(Object.keys(env)).toEqual(['SANDBOX_1', 'SANDBOX_2', 'SANDBOX_3']);
    expect(new Set(Object.values(env).map((u) => new URL(u).port)).size).toBe(3);
    expect(err.text()).toContain('3 sandbox portals on ports');

    writeFileSync(
      join(dir, 'fleet.yaml'),
      'version: 1\nportals:\n' +
        [1, 2, 3].map((i) => `  - { name: p${i}, portal: "\${env:SANDBOX_${i}}" }\n`).join(''),
    );
    const audit = await cli(['fleet', 'audit', 'fleet.yaml', '--no-history', '--format', 'json'], {
      cwd: dir,
      env,
    });
    expect(audit.code).toBe(0);
    const r = JSON.parse(audit.stdout) as FleetResult;
    expect(r.portals.map((p) => [p.name, p.host])).toEqual(
      [1, 2, 3].map((i) => [`p${i}`, new URL(env[`SANDBOX_${i}`] ?? '').host]),
    );
    expect(r.summary.done).toBe(3);

    interrupt.abort('SIGINT');
    expect(await running).toBe(0);
    expect(err.text()).toMatch(/The sandboxes stopped; requests served: \d+/);
  }, 60_000);

  it.each([
    [['--fleet', '2'], 'SIGINT', /The sandboxes stopped; requests served: 0\./],
    [['--state', 'kept.json'], 'SIGTERM', /The sandbox stopped; requests served: 0\./],
  ] as const)(
    'the binary %j stops on %s by itself: exit 0, its servers closed and its state saved',
    async (args, signal, said) => {
      ensureBuilt();
      const dir = mkdtempSync(join(tmpdir(), 'b24cfg-serve-signal-'));
      const child = spawn(process.execPath, [BIN, 'sandbox', 'serve', ...args, '--lang', 'en'], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
      child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      await waitFor(() => err.includes('Stop with Ctrl+C') || err.includes('listening'), 'the servers');
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(err).toMatch(said);
      if (args[0] === '--state') expect(existsSync(join(dir, 'kept.json'))).toBe(true);
      expect(out).toContain('http://127.0.0.1:');
    },
    60_000,
  );

  it('refuses --fleet with --state, and a size out of range', async () => {
    const both = await cli(['sandbox', 'serve', '--fleet', '2', '--state', 'x.json', '--lang', 'en']);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('--fleet and --state do not go together');
    const many = await cli(['sandbox', 'serve', '--fleet', '101', '--lang', 'en']);
    expect(many.code).toBe(1);
    expect(many.stderr).toContain('A whole number from 1 to 100.');
  });
});
