import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
import { ensureBuilt } from '../helpers/ensure-built.js';
import { isWriteRequest } from './helpers/fault-run.js';
import { duplicates } from './helpers/harness.js';

/**
 * Issue 9, part 4: two applies against one portal at the same time. Two consultants, two webhooks
 * (user 1 and user 2) of the same portal, the real binary in two processes. The second is refused
 * (the lock in the state folder: APPLY_LOCKED; the fingerprint of a saved plan: PLAN_STALE) and never
 * writes in between the first one's writes — checked on the portal's own request log.
 */
const BIN = fileURLToPath(new URL('../../bin/b24cfg.js', import.meta.url));
const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
const SECRET = 'c0ncurrencyS3cret';

interface Logged {
  run: number;
  method: string;
  write: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A portal that answers both webhooks (user 1 and 2) and logs whose request each was. Writes take
 * `writeMs` before the portal applies them (so the applies overlap); `answerDelay` holds back the
 * answer to a run's reads after the portal read them (a plan made on what the portal held then), for
 * some milliseconds or until a promise settles;
 * `hold` keeps a run's n-th write request (from 1) waiting until the promise it returns settles, so a
 * test can start the other run at a known moment instead of hoping for one.
 */
async function sharedPortal(
  writeMs: number,
  answerDelay: Record<number, number | (() => Promise<unknown>)> = {},
  hold: (run: number, write: number) => Promise<void> | undefined = () => undefined,
) {
  const inner = createEmulator({ state: freshPortalState(), webhook: { userId: 1, secret: SECRET } });
  const log: Logged[] = [];
  const writes = new Map<number, number>();
  const em = Object.create(inner) as Emulator;
  Object.defineProperty(em, 'handle', {
    value: async (req: SandboxRequest) => {
      const run = req.auth?.userId ?? 0;
      const write = isWriteRequest(req.method, req.params);
      if (write) {
        writes.set(run, (writes.get(run) ?? 0) + 1);
        await hold(run, writes.get(run) ?? 0);
        await sleep(writeMs);
      }
      log.push({ run, method: req.method, write });
      const res = await inner.handle({ ...req, auth: req.auth && { userId: 1, secret: req.auth.secret } });
      const delay = answerDelay[run];
      if (!write && delay !== undefined) await (typeof delay === 'number' ? sleep(delay) : delay());
      return res;
    },
  });
  const server = await startSandboxServer({ emulator: em });
  const url = (user: number) => server.url.replace('/rest/1/', `/rest/${user}/`);
  return { inner, log, url, close: () => server.close() };
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'b24cfg-concurrency-'));
  cpSync(join(TEMPLATES, 'b2b-b2c.yaml'), join(dir, 'b24cfg.yaml'));
  for (const sub of ['docs', 'mail']) cpSync(join(TEMPLATES, sub), join(dir, sub), { recursive: true });
  return dir;
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function b24cfg(cwd: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args, '--lang', 'en'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The runs of the write requests in log order, with repeats collapsed: [1, 2] is fine, [1, 2, 1] interleaves. */
function writeBlocks(log: Logged[]): number[] {
  const blocks: number[] = [];
  for (const l of log) if (l.write && blocks[blocks.length - 1] !== l.run) blocks.push(l.run);
  return blocks;
}

/** Resolves once the portal has received `n` write requests (polling the log). */
async function writesSeen(log: Logged[], n: number): Promise<void> {
  while (log.filter((l) => l.write).length < n) await new Promise((r) => setTimeout(r, 5));
}

describe('concurrency: two applies on one portal never interleave their writes', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('started together from one project: one applies, the other is refused by the lock', async () => {
    // Whichever run writes first waits at the portal until the other has ended: however slowly the
    // other starts, it meets the lock held.
    const ended: Record<number, Promise<unknown>> = {};
    let first: number | undefined;
    const portal = await sharedPortal(300, {}, (run, n) => {
      if (n !== 1 || (first !== undefined && first !== run)) return undefined;
      first = run;
      return ended[run === 1 ? 2 : 1]?.then(() => undefined);
    });
    const dir = project();
    try {
      ended[1] = b24cfg(dir, ['apply', 'b24cfg.yaml', '--portal', portal.url(1), '--yes']);
      ended[2] = b24cfg(dir, ['apply', 'b24cfg.yaml', '--portal', portal.url(2), '--yes']);
      const [a, b] = (await Promise.all([ended[1], ended[2]])) as [RunResult, RunResult];
      const codes = [a.code, b.code].sort();
      expect(codes, `${a.stderr}\n---\n${b.stderr}`).toEqual([0, 1]);
      const refused = a.code === 1 ? a : b;
      expect(refused.stderr).toContain('[APPLY_LOCKED]');
      expect(refused.stderr).toContain('another apply is already running on this portal');
      expect(writeBlocks(portal.log)).toHaveLength(1);
      expect(duplicates(portal.inner.state)).toEqual([]);
    } finally {
      await portal.close();
    }
  }, 120_000);

  it('the second started while the first is writing: refused by the lock, no write of its own', async () => {
    // The first run's first write request waits at the portal until the second run has ended: the second
    // starts and ends while the first holds the lock mid-write, whatever the machine's load.
    let secondDone: () => void = () => undefined;
    let writing: () => void = () => undefined;
    const ended = new Promise<void>((r) => (secondDone = r));
    const firstWriting = new Promise<void>((r) => (writing = r));
    const portal = await sharedPortal(50, {}, (run, n) => {
      if (run !== 1 || n !== 1) return undefined;
      writing();
      return ended;
    });
    const dir = project();
    try {
      const first = b24cfg(dir, ['apply', 'b24cfg.yaml', '--portal', portal.url(1), '--yes']);
      await firstWriting;
      const second = await b24cfg(dir, ['apply', 'b24cfg.yaml', '--portal', portal.url(2), '--yes']);
      secondDone();
      const a = await first;
      expect(a.code, a.stderr).toBe(0);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('[APPLY_LOCKED]');
      expect(portal.log.filter((l) => l.run === 2 && l.write)).toEqual([]);
      expect(writeBlocks(portal.log)).toEqual([1]);
    } finally {
      await portal.close();
    }
  }, 120_000);

  it('two projects with saved plans: the one that comes second finds the portal changed (exit 7)', async () => {
    const portal = await sharedPortal(300);
    const one = project();
    const two = project();
    try {
      for (const [dir, user] of [
        [one, 1],
        [two, 2],
      ] as const) {
        const p = await b24cfg(dir, [
          'plan',
          'b24cfg.yaml',
          '--portal',
          portal.url(user),
          '--out',
          'plan.json',
        ]);
        expect(p.code, p.stderr).toBe(0);
      }
      const first = b24cfg(one, ['apply', 'plan.json', '--portal', portal.url(1), '--yes']);
      await writesSeen(portal.log, 1);
      const second = await b24cfg(two, ['apply', 'plan.json', '--portal', portal.url(2), '--yes']);
      expect((await first).code).toBe(0);
      expect(second.code).toBe(7);
      expect(second.stderr).toContain('[PLAN_STALE]');
      // Planned again now, the portal already holds what the saved plan creates.
      expect(second.stderr).toContain('the saved plan does not match a plan made now');
      expect(writeBlocks(portal.log)).toEqual([1]);
      expect(duplicates(portal.inner.state)).toEqual([]);
    } finally {
      await portal.close();
    }
  }, 120_000);

  it('a plan read before the other apply wrote is not executed after it (the lock is checked against the state file)', async () => {
    // Run 2 reads the untouched portal, but its answers arrive only after run 1 has applied everything
    // and ended (held until then, not for a time that a loaded machine may outlast).
    let firstEnded: () => void = () => undefined;
    const ended = new Promise<void>((r) => (firstEnded = r));
    const portal = await sharedPortal(100, { 2: () => ended });
    const dir = project();
    try {
      const late = b24cfg(dir, ['apply', 'b24cfg.yaml', '--portal', portal.url(2), '--yes']);
      while (!portal.log.some((l) => l.run === 2)) await sleep(5);
      const a = await b24cfg(dir, ['apply', 'b24cfg.yaml', '--portal', portal.url(1), '--yes']);
      firstEnded();
      expect(a.code, a.stderr).toBe(0);
      const b = await late;
      // Its plan is not executed: a fresh (unsaved) plan is made again under the lock, and the portal
      // already matches the spec, so run 2 writes nothing. A saved plan would be refused (exit 7).
      expect(b.code, b.stderr).toBe(0);
      expect(b.stderr).toContain('planning again');
      expect(portal.log.filter((l) => l.run === 2 && l.write)).toEqual([]);
      expect(duplicates(portal.inner.state)).toEqual([]);
    } finally {
      await portal.close();
    }
  }, 120_000);
});
