import { link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { hostname } from 'node:os';
import { shellArg } from '../core/command-line.js';
import { errorOf } from '../core/errors.js';
import type { Text, TextData } from '../core/i18n.js';
import { fileNameOf } from '../portal/identity.js';
import { ensureUserLockDir } from './lock-dir.js';
import { APPLY_ERRORS, APPLY_MESSAGES } from './messages.js';

/**
 * One apply per portal at a time. Two applies that interleave their writes could each verify against
 * a portal the other is changing. Locks are named by the portal's identity (src/portal/identity.ts),
 * so two URL spellings of one portal meet on one lock.
 */
export interface Lock {
  release(): Promise<void>;
}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  portal: string;
}

/**
 * How long a lock file may stay empty or unreadable before it counts as left by a process that stopped
 * between creating and writing it (locks are written whole since, but older versions and full disks
 * left such files).
 */
export const LOCK_GRACE_MS = 5_000;

export function lockPath(stateDir: string, portal: string): string {
  return join(stateDir, '.b24cfg', `${fileNameOf(portal)}.lock`);
}

export function machineLockPath(lockDir: string, portal: string): string {
  return join(lockDir, `${fileNameOf(portal)}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Creates the lock file with its content in one step: written to a file of our own, then linked under
 * the lock's name, which fails if the name exists. No other process ever sees it empty.
 */
async function tryTake(path: string, info: LockInfo): Promise<Lock | undefined> {
  const own = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(own, JSON.stringify(info), { mode: 0o600 });
  try {
    await link(own, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw e;
  } finally {
    await unlink(own).catch(() => undefined);
  }
  const ino = (await stat(path)).ino;
  return {
    release: async () => {
      // Only our own file: a lock taken over as stale meanwhile belongs to someone else now.
      const now = await stat(path).catch(() => undefined);
      if (now?.ino === ino) await unlink(path).catch(() => undefined);
    },
  };
}

type Holder =
  | { state: 'gone' }
  | { state: 'held'; info: LockInfo; ino: number }
  | { state: 'stale'; info?: LockInfo; ino: number }
  | { state: 'unwritten'; ino: number };

/** Who holds the lock at `path`: a live process, nobody any more, or a file not (yet) readable. */
async function holderOf(path: string, now: number): Promise<Holder> {
  let st;
  let text: string;
  try {
    st = await stat(path);
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'gone' };
    text = '';
    st = await stat(path).catch(() => undefined);
    if (!st) return { state: 'gone' };
  }
  let info: LockInfo | undefined;
  try {
    const parsed = JSON.parse(text) as Partial<LockInfo>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') info = parsed as LockInfo;
  } catch {
    info = undefined;
  }
  if (info === undefined) {
    return now - st.mtimeMs >= LOCK_GRACE_MS
      ? { state: 'stale', ino: st.ino }
      : { state: 'unwritten', ino: st.ino };
  }
  if (info.host === hostname() && !alive(info.pid)) return { state: 'stale', info, ino: st.ino };
  return { state: 'held', info, ino: st.ino };
}

/** Removes a stale lock file unless it was replaced since it was judged (another process took over). */
async function removeStale(path: string, ino: number): Promise<void> {
  const st = await stat(path).catch(() => undefined);
  if (st?.ino === ino) await unlink(path).catch(() => undefined);
}

export interface LockOptions {
  /** Wait for a live holder (the machine lock) instead of refusing (the project lock). */
  wait?: { timeoutMs: number; pollMs?: number; onWait: (holder: string) => void };
  /** A line for the user (a stale lock file removed, named). */
  note: (text: Text, data?: TextData) => void;
  /** Ctrl-C while waiting: stop waiting (LockWaitInterrupted). */
  signal?: AbortSignal;
}

/** Thrown when Ctrl-C ends a wait for a lock: nothing was written, the apply ends as interrupted. */
export class LockWaitInterrupted extends Error {
  constructor() {
    super('interrupted while waiting for a lock');
    this.name = 'LockWaitInterrupted';
  }
}

const describe = (h: LockInfo) => `${h.pid}@${h.host} ${h.startedAt}`;

async function acquire(
  path: string,
  portal: string,
  now: () => Date,
  o: LockOptions,
): Promise<Lock & { waited: boolean }> {
  await mkdir(dirname(path), { recursive: true });
  const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: now().toISOString(), portal };
  const started = Date.now();
  let waited = false;
  for (;;) {
    const taken = await tryTake(path, info);
    if (taken) return { ...taken, waited };
    const h = await holderOf(path, Date.now());
    if (h.state === 'gone') continue;
    if (h.state === 'stale') {
      // A crashed apply's lock: gone quietly when its process is known dead; an unreadable one is named,
      // so the user knows which file was taken over.
      if (h.info === undefined) o.note(APPLY_MESSAGES.staleLockRemoved, { path, s: LOCK_GRACE_MS / 1000 });
      await removeStale(path, h.ino);
      continue;
    }
    if (h.state === 'held' && o.wait === undefined) {
      throw errorOf(APPLY_ERRORS, 'APPLY_LOCKED', {
        where: path,
        data: { pid: h.info.pid, host: h.info.host, at: h.info.startedAt, path: shellArg(path) },
      });
    }
    if (h.state === 'held' && o.wait) {
      if (!waited) o.wait.onWait(describe(h.info));
      waited = true;
      if (Date.now() - started > o.wait.timeoutMs) {
        throw errorOf(APPLY_ERRORS, 'otherApplyTooLong', {
          where: path,
          data: { min: Math.round(o.wait.timeoutMs / 60_000), path: shellArg(path) },
        });
      }
    }
    // Being written right now (or a live holder we wait for): look again shortly.
    if (o.signal?.aborted) throw new LockWaitInterrupted();
    await new Promise((r) => setTimeout(r, o.wait?.pollMs ?? 100));
  }
}

/**
 * The project lock, `.b24cfg/<portal>.lock`: a second apply of the portal from the same folder is
 * refused (APPLY_LOCKED). A lock left by a process that no longer runs on this machine is taken over.
 */
export async function acquireLock(
  stateDir: string,
  portal: string,
  now: () => Date,
  o: Pick<LockOptions, 'note' | 'signal'>,
): Promise<Lock> {
  return acquire(lockPath(stateDir, portal), portal, now, o);
}

/**
 * The same portal applied from two project folders (two consultants on one machine, two CI jobs on
 * one runner) has two state folders, so their project locks never meet. This second lock lives in the
 * user's lock folder (src/apply/lock-dir.ts) and WAITS instead of refusing: the caller re-reads the
 * portal after a wait, because the other apply has changed it. Across machines (and across users of one
 * machine) the REST API offers no lock a webhook could take (RELIABILITY.md#known-gaps).
 */
export interface MachineLock extends Lock {
  /** True when another apply held the portal and this one waited for it. */
  waited: boolean;
}

export async function acquireMachineLock(
  lockDir: string,
  portal: string,
  now: () => Date,
  opts: {
    timeoutMs?: number;
    pollMs?: number;
    onWait: (holder: string) => void;
    note: LockOptions['note'];
    signal?: AbortSignal;
  },
): Promise<MachineLock> {
  const dir = await ensureUserLockDir(lockDir);
  return acquire(machineLockPath(dir, portal), portal, now, {
    note: opts.note,
    signal: opts.signal,
    wait: { timeoutMs: opts.timeoutMs ?? 15 * 60_000, pollMs: opts.pollMs ?? 250, onWait: opts.onWait },
  });
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
  portal: { identity: string; kind: 'http' | 'sandbox'; lockDir: string },
  now: () => Date,
  hooks: { onWait: (holder: string) => void; note: LockOptions['note']; signal?: AbortSignal },
): Promise<ApplyLocks> {
  const lock = await acquireLock(stateDir, portal.identity, now, hooks);
  let machine: MachineLock | undefined;
  try {
    if (portal.kind === 'http')
      machine = await acquireMachineLock(portal.lockDir, portal.identity, now, hooks);
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
