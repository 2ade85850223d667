import { chmod, lstat, mkdir } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { errorOf } from '../core/errors.js';
import { APPLY_ERRORS } from './messages.js';

/**
 * Where this user's machine-wide apply locks live: `$XDG_RUNTIME_DIR/b24cfg` (a folder the system
 * keeps for the user alone), else `<temp>/b24cfg-<uid>`. One folder shared by every user of a machine
 * was created with the first user's permissions and refused the others' locks (issue 15, item 7;
 * test/reliability/lock-users.test.ts).
 */
export function userLockDir(
  env: Readonly<Record<string, string | undefined>>,
  o: { tmp?: string; user?: string } = {},
): string {
  const runtime = env.XDG_RUNTIME_DIR;
  if (runtime !== undefined && runtime.startsWith('/')) return join(runtime, 'b24cfg');
  return join(o.tmp ?? tmpdir(), `b24cfg-${o.user ?? currentUser()}`);
}

function currentUser(): string {
  if (typeof process.getuid === 'function') return String(process.getuid());
  // Windows has no uid; its temp folder is the user's own already.
  return userInfo().username.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/**
 * Creates the folder for this user only (0700) or checks the one that is there: a real folder (not a
 * link somewhere else) that belongs to this user. Someone else's folder in its place is refused by
 * name rather than used: its owner could read or remove our locks.
 */
export async function ensureUserLockDir(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const st = await lstat(dir);
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  if (!st.isDirectory() || (uid !== undefined && st.uid !== uid)) {
    throw errorOf(APPLY_ERRORS, 'LOCK_DIR_FOREIGN', { where: dir, data: { dir } });
  }
  if (uid !== undefined && (st.mode & 0o077) !== 0) await chmod(dir, 0o700);
  return dir;
}
