import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createEmulator,
  freshPortalState,
  startSandboxServer,
  type Emulator,
  type SandboxRequest,
} from '../../src/sandbox/index.js';
import { fileNameOf } from '../../src/portal/identity.js';
import { ensureBuilt } from '../helpers/ensure-built.js';
import { duplicates } from '../reliability/helpers/harness.js';
import { isWriteRequest } from '../reliability/helpers/fault-run.js';

/**
 * Issue 16, item 3: Ctrl-C (or SIGTERM) while apply writes. The real binary against a slow portal: the
 * signal arrives while the first write request is at the portal. The request in flight is let finish,
 * no other is sent, the run is journaled and reported ("Interrupted: N of M applied", a command to
 * paste that goes on), exit 4, and both locks are gone.
 */
const BIN = fileURLToPath(new URL('../../bin/b24cfg.js', import.meta.url));
const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'b24cfg-interrupt-'));
  cpSync(join(TEMPLATES, 'b2b-b2c.yaml'), join(dir, 'b24cfg.yaml'));
  for (const sub of ['docs', 'mail']) cpSync(join(TEMPLATES, sub), join(dir, sub), { recursive: true });
  return dir;
}

/**
 * A portal whose write requests take `writeMs` (or, with `refuse`, are answered 503 "too many requests"
 * every time); `writing` resolves when the first one arrives.
 */
async function slowPortal(writeMs: number, refuse = false) {
  const inner = createEmulator({ state: freshPortalState(), limits: false });
  let arrived: () => void = () => undefined;
  const writing = new Promise<void>((r) => (arrived = r));
  let writes = 0;
  const em = Object.create(inner) as Emulator;
  Object.defineProperty(em, 'handle', {
    value: async (req: SandboxRequest) => {
      if (isWriteRequest(req.method, req.params)) {
        writes += 1;
        arrived();
        await new Promise((r) => setTimeout(r, writeMs));
        if (refuse)
          return {
            status: 503,
            body: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' },
          };
      }
      return inner.handle(req);
    },
  });
  const server = await startSandboxServer({ emulator: em });
  return { inner, server, writing, writes: () => writes };
}

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from the signal to the exit. */
  afterSignal: number;
}

function applyAndInterrupt(
  dir: string,
  env: Record<string, string>,
  args: string[],
  /** The moment to send the signal: a promise, or a test of what the process printed so far. */
  when: Promise<void> | ((stderr: string) => boolean),
  signal: NodeJS.Signals,
): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args, '--lang', 'en'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let sentAt = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    const send = () => {
      if (sentAt > 0) return;
      sentAt = Date.now();
      child.kill(signal);
    };
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
      if (typeof when === 'function' && when(stderr)) send();
    });
    if (typeof when !== 'function') void when.then(send);
    child.on('close', (code) => resolve({ code, stdout, stderr, afterSignal: Date.now() - sentAt }));
  });
}

/** A command as a user pastes it into a shell, with `b24cfg` on the PATH. */
function pasted(dir: string, env: Record<string, string>, command: string): Promise<Ended> {
  const bin = mkdtempSync(join(tmpdir(), 'b24cfg-interrupt-bin-'));
  writeFileSync(join(bin, 'b24cfg'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, {
    mode: 0o755,
  });
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', command], {
      cwd: dir,
      env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: dir, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr, afterSignal: 0 }));
  });
}

describe('Ctrl-C during apply (issue 16, item 3)', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s while the first write request is at the portal: exit 4 within a second, locks released, a resume hint to paste',
    async (signal) => {
      const portal = await slowPortal(300);
      const dir = project();
      const lockHome = mkdtempSync(join(tmpdir(), 'b24cfg-interrupt-locks-'));
      const env = { XDG_RUNTIME_DIR: lockHome, B24_WEBHOOK_URL: portal.server.url };
      try {
        const r = await applyAndInterrupt(
          dir,
          env,
          ['apply', 'b24cfg.yaml', '--portal', portal.server.url, '--yes'],
          portal.writing,
          signal,
        );
        const out = `${r.stdout}\n${r.stderr}`;
        expect(r.code, out).toBe(4);
        expect(r.afterSignal).toBeLessThan(1000);
        // The request in flight ran; nothing after it was sent.
        expect(portal.writes()).toBe(1);
        const m = /Interrupted: (\d+) of (\d+) changes applied\./.exec(out);
        expect(m, out).not.toBeNull();
        expect(Number(m?.[1])).toBeGreaterThan(0);
        expect(Number(m?.[1])).toBeLessThan(Number(m?.[2]));
        const hint =
          /Continue with: (b24cfg apply b24cfg\.yaml --portal "\$B24_WEBHOOK_URL" --resume \S+)/.exec(out);
        expect(hint, out).not.toBeNull();
        // The secret stays out of the output; the hint names the variable that holds it.
        expect(out).not.toContain(portal.server.url);
        // Both locks are gone: the project's and the one in this user's lock folder.
        expect(readdirSync(join(dir, '.b24cfg')).filter((f) => f.endsWith('.lock'))).toEqual([]);
        const machine = join(lockHome, 'b24cfg');
        expect(existsSync(machine) ? readdirSync(machine) : []).toEqual([]);

        // The hint, pasted (the shell expands the variable), finishes the run without duplicates.
        const resumed = await pasted(dir, env, `${hint?.[1] ?? ''} --yes --lang en`);
        expect(resumed.code, resumed.stderr).toBe(0);
        expect(duplicates(portal.inner.state)).toEqual([]);
      } finally {
        await portal.server.close();
      }
    },
    120_000,
  );

  it('SIGINT while the transport waits to retry a refused write: no further attempt, exit 4 within a second', async () => {
    const portal = await slowPortal(0, true);
    const dir = project();
    const lockHome = mkdtempSync(join(tmpdir(), 'b24cfg-interrupt-locks-'));
    try {
      const r = await applyAndInterrupt(
        dir,
        { XDG_RUNTIME_DIR: lockHome },
        ['apply', 'b24cfg.yaml', '--portal', portal.server.url, '--yes'],
        // Let the first refusal come back and its retry wait begin.
        portal.writing.then(() => new Promise((res) => setTimeout(res, 100))),
        'SIGINT',
      );
      const out = `${r.stdout}\n${r.stderr}`;
      expect(r.code, out).toBe(4);
      expect(r.afterSignal).toBeLessThan(1000);
      expect(portal.writes()).toBeLessThanOrEqual(2);
      expect(out).toMatch(/Interrupted: 0 of \d+ changes applied\./);
      expect(out).toMatch(
        /Continue with: b24cfg apply b24cfg\.yaml --portal "\$B24_WEBHOOK_URL" --resume \S+/,
      );
      expect(readdirSync(join(dir, '.b24cfg')).filter((f) => f.endsWith('.lock'))).toEqual([]);
    } finally {
      await portal.server.close();
    }
  }, 120_000);

  it('SIGINT while waiting for another apply of the portal: nothing written, exit 4, JSON says so', async () => {
    const portal = await slowPortal(0);
    const dir = project();
    const lockHome = mkdtempSync(join(tmpdir(), 'b24cfg-interrupt-locks-'));
    // Another apply of this portal (this test's own live process) holds the machine lock.
    const machine = join(lockHome, 'b24cfg');
    mkdirSync(machine, { mode: 0o700 });
    const held = join(machine, `${fileNameOf(new URL(portal.server.url).host)}.lock`);
    writeFileSync(
      held,
      JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }),
    );
    try {
      const r = await applyAndInterrupt(
        dir,
        { XDG_RUNTIME_DIR: lockHome },
        ['apply', 'b24cfg.yaml', '--portal', portal.server.url, '--yes', '--format', 'json'],
        (stderr) => stderr.includes('Another apply is running on this portal'),
        'SIGINT',
      );
      expect(r.code, r.stderr).toBe(4);
      expect(r.afterSignal).toBeLessThan(1000);
      expect(r.stderr).toContain('Interrupted before anything was written; the portal was not changed.');
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, exitCode: 4, interrupted: true, applied: 0 });
      expect(portal.writes()).toBe(0);
      // Its own project lock is gone; the other apply's lock is left to it.
      expect(readdirSync(join(dir, '.b24cfg')).filter((f) => f.endsWith('.lock'))).toEqual([]);
      expect(existsSync(held)).toBe(true);
    } finally {
      await portal.server.close();
    }
  }, 120_000);
});
