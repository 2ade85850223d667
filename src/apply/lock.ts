import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { hostname, tmpdir } from 'node:os';
import { errorOf } from '../core/errors.js';
import { APPLY_ERRORS } from './messages.js';

/**
 * One apply per portal at a time: `.b24cfg/<host>.lock`, created with O_EXCL. Two applies that
 * interleave their writes could each verify against a portal the other is changing. A lock left by a
 * process that no longer runs (same machine) is taken over; otherwise the second apply is refused.
 */
export interface Lock {
  release(): Promise<void>;
}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  runId?: string;
}

export function lockPath(stateDir: string, portalHost: string): string {
  return join(stateDir, '.b24cfg', `${portalHost.replace(/[^A-Za-z0-9._-]+/g, '_')}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function acquireLock(
  stateDir: string,
  portalHost: string,
  now: Date,
  runId?: string,
): Promise<Lock> {
  const path = lockPath(stateDir, portalHost);
  await mkdir(dirname(path), { recursive: true });
  const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: now.toISOString(), runId };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, 'wx');
      await fh.writeFile(JSON.stringify(info));
      await fh.close();
      return {
        release: async () => {
          await unlink(path).catch(() => undefined);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder: LockInfo | undefined;
      try {
        holder = JSON.parse(await readFile(path, 'utf8')) as LockInfo;
      } catch {
        holder = undefined;
      }
      const stale = holder !== undefined && holder.host === hostname() && !alive(holder.pid);
      if (stale && attempt === 0) {
        await unlink(path).catch(() => undefined);
        continue;
      }
      throw errorOf(APPLY_ERRORS, 'APPLY_LOCKED', {
        where: path,
        data: { pid: holder?.pid ?? '?', host: holder?.host ?? '?', at: holder?.startedAt ?? '?' },
      });
    }
  }
  throw new Error('unreachable: lock loop');
}

/**
 * The same portal applied from two project folders (two consultants on one machine, two CI jobs on
 * one runner) has two state folders, so their locks never meet. This second lock lives in the
 * machine's temp folder, keyed by portal host, and WAITS instead of refusing: the caller re-reads
 * the portal after a wait, because the other apply has changed it. Across machines the REST API offers
 * no lock a webhook could take (RELIABILITY.md).
 */
export interface MachineLock extends Lock {
  /** True when another apply held the portal and this one waited for it. */
  waited: boolean;
}

export function machineLockPath(portalHost: string): string {
  return join(tmpdir(), 'b24cfg-locks', `${portalHost.replace(/[^A-Za-z0-9._-]+/g, '_')}.lock`);
}

export async function acquireMachineLock(
  portalHost: string,
  now: () => Date,
  opts: { timeoutMs?: number; pollMs?: number; onWait?: (holder: string) => void } = {},
): Promise<MachineLock> {
  const path = machineLockPath(portalHost);
  await mkdir(dirname(path), { recursive: true });
  const started = Date.now();
  const timeout = opts.timeoutMs ?? 15 * 60_000;
  let waited = false;
  for (;;) {
    try {
      const fh = await open(path, 'wx');
      await fh.writeFile(
        JSON.stringify({ pid: process.pid, host: hostname(), startedAt: now().toISOString() }),
      );
      await fh.close();
      return { waited, release: () => unlink(path).catch(() => undefined) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder: LockInfo | undefined;
    try {
      holder = JSON.parse(await readFile(path, 'utf8')) as LockInfo;
    } catch {
      holder = undefined; // being written right now: look again shortly
    }
    if (holder !== undefined && holder.host === hostname() && !alive(holder.pid)) {
      await unlink(path).catch(() => undefined);
      continue;
    }
    if (!waited) opts.onWait?.(holder ? `${holder.pid}@${holder.host} ${holder.startedAt}` : '?');
    waited = true;
    if (Date.now() - started > timeout) {
      throw errorOf(APPLY_ERRORS, 'otherApplyTooLong', {
        where: path,
        data: { min: Math.round(timeout / 60_000) },
      });
    }
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 250));
  }
}

/** Both locks an apply holds while it writes; `waited` when another apply of the portal went first. */
export interface ApplyLocks {
  waited: boolean;
  release(): Promise<void>;
}

/**
 * The project lock, then (for a real portal, which may be applied from another project folder on this
 * machine at the same time) the machine lock. A machine lock that cannot be taken releases the first.
 */
export async function takeApplyLocks(
  stateDir: string,
  portal: { host: string; kind: 'http' | 'sandbox' },
  now: () => Date,
  onWait: (holder: string) => void,
): Promise<ApplyLocks> {
  const lock = await acquireLock(stateDir, portal.host, now());
  let machine: MachineLock | undefined;
  try {
    if (portal.kind === 'http') machine = await acquireMachineLock(portal.host, now, { onWait });
  } catch (e) {
    await lock.release();
    throw e;
  }
  let released = false;
  return {
    waited: machine?.waited === true,
    release: async () => {
      if (released) return;
      released = true;
      await machine?.release();
      await lock.release();
    },
  };
}
