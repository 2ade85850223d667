import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureUserLockDir, userLockDir } from '../../src/apply/lock-dir.js';
import { acquireLock, acquireMachineLock, LOCK_GRACE_MS, lockPath } from '../../src/apply/lock.js';
import { CliError } from '../../src/core/errors.js';
import { fmt, type Text, type TextData } from '../../src/core/i18n.js';
import { createEmulator, freshPortalState, startSandboxServer } from '../../src/sandbox/index.js';
import { ensureBuilt } from '../helpers/ensure-built.js';
import { duplicates } from './helpers/harness.js';

/**
 * Issue 15, item 7: the machine-wide apply locks live in a folder of each user's own (0700), so a
 * second user of one machine is not refused by the first one's folder; a folder someone else owns is
 * refused by name; a lock file left empty by a crash is taken over after a short grace, named.
 */
const BIN = fileURLToPath(new URL('../../bin/b24cfg.js', import.meta.url));
const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
const root = process.getuid?.() === 0;
const NOBODY = 65534;

function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  return p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => {
      if (!(e instanceof CliError)) throw e;
      return { code: e.code, message: e.render('en').message };
    },
  );
}

const notes = () => {
  const lines: string[] = [];
  return { lines, note: (t: Text, d?: TextData) => void lines.push(fmt(t, 'en', d)) };
};

describe('the lock folder is per user', () => {
  it('two users of one machine get two folders; XDG_RUNTIME_DIR is used when set', () => {
    const tmp = '/var/tmp';
    expect(userLockDir({}, { tmp, user: '1000' })).toBe('/var/tmp/b24cfg-1000');
    expect(userLockDir({}, { tmp, user: '1001' })).toBe('/var/tmp/b24cfg-1001');
    expect(userLockDir({ XDG_RUNTIME_DIR: '/run/user/1000' }, { tmp, user: '1000' })).toBe(
      '/run/user/1000/b24cfg',
    );
    // A relative XDG_RUNTIME_DIR is no runtime folder (the spec says it must be absolute).
    expect(userLockDir({ XDG_RUNTIME_DIR: 'run' }, { tmp, user: '1000' })).toBe('/var/tmp/b24cfg-1000');
  });

  it('is created 0700, and a 0755 one of our own is closed to 0700', async () => {
    const base = mkdtempSync(join(tmpdir(), 'b24cfg-lockdir-'));
    const fresh = join(base, 'fresh');
    await ensureUserLockDir(fresh);
    expect(statSync(fresh).mode & 0o777).toBe(0o700);
    const open = join(base, 'open');
    mkdirSync(open, { mode: 0o755 });
    chmodSync(open, 0o755);
    await ensureUserLockDir(open);
    expect(statSync(open).mode & 0o777).toBe(0o700);
  });

  it("a folder in its place that is someone else's (0755) or a link elsewhere is refused by name", async () => {
    const base = mkdtempSync(join(tmpdir(), 'b24cfg-lockdir-'));
    // Someone else's: as root, a folder given to "nobody"; otherwise any folder root owns.
    let foreign = '/';
    if (root) {
      foreign = join(base, 'foreign');
      mkdirSync(foreign, { mode: 0o755 });
      chownSync(foreign, NOBODY, NOBODY);
    }
    const r = await refusal(ensureUserLockDir(foreign));
    expect(r.code).toBe('LOCK_DIR_FOREIGN');
    expect(r.message).toContain(`the lock folder ${foreign} belongs to another user or is not a folder`);
    const target = join(base, 'target');
    mkdirSync(target);
    symlinkSync(target, join(base, 'link'));
    expect((await refusal(ensureUserLockDir(join(base, 'link')))).code).toBe('LOCK_DIR_FOREIGN');
  });
});

describe('a lock file left empty', () => {
  it('older than the grace period: taken over at once, with a line that names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'b24cfg-emptylock-'));
    const path = lockPath(dir, 'acme.bitrix24.ru');
    mkdirSync(join(dir, '.b24cfg'));
    writeFileSync(path, '');
    const old = (Date.now() - LOCK_GRACE_MS - 1000) / 1000;
    utimesSync(path, old, old);
    const n = notes();
    const started = Date.now();
    const lock = await acquireLock(dir, 'acme.bitrix24.ru', () => new Date(), n);
    expect(Date.now() - started).toBeLessThan(LOCK_GRACE_MS);
    expect(n.lines).toEqual([
      `The lock file ${path} has been empty or unreadable for over 5 s: a process that stopped left it; removed.`,
    ]);
    await lock.release();
    expect(readdirSync(join(dir, '.b24cfg'))).toEqual([]);
  });

  it('just created (another process is writing it): waited for, then taken over after the grace', async () => {
    const lockDir = join(mkdtempSync(join(tmpdir(), 'b24cfg-emptylock-')), 'locks');
    await ensureUserLockDir(lockDir);
    writeFileSync(join(lockDir, 'acme.bitrix24.ru.lock'), '');
    const n = notes();
    const started = Date.now();
    const lock = await acquireMachineLock(lockDir, 'acme.bitrix24.ru', () => new Date(), {
      onWait: () => undefined,
      note: n.note,
      pollMs: 50,
    });
    // Not 15 minutes, as a lock "held by process ?" was waited for before.
    expect(Date.now() - started).toBeGreaterThanOrEqual(LOCK_GRACE_MS - 100);
    expect(Date.now() - started).toBeLessThan(LOCK_GRACE_MS + 3000);
    expect(n.lines[0]).toContain(join(lockDir, 'acme.bitrix24.ru.lock'));
    await lock.release();
  }, 20_000);
});

function project(owner?: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'b24cfg-lockusers-'));
  cpSync(join(TEMPLATES, 'b2b-b2c.yaml'), join(dir, 'b24cfg.yaml'));
  for (const sub of ['docs', 'mail']) cpSync(join(TEMPLATES, sub), join(dir, sub), { recursive: true });
  if (owner !== undefined) {
    chownSync(dir, owner, owner);
    chmodSync(dir, 0o755);
  }
  return dir;
}

function apply(dir: string, url: string, tmp: string, uid?: number) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [BIN, 'apply', 'b24cfg.yaml', '--portal', url, '--yes', '--lang', 'en'],
      {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: dir, TMPDIR: tmp, NO_COLOR: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
        ...(uid === undefined ? {} : { uid, gid: uid }),
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

// Two users need root to play the second one ("nobody"); the folder checks above run for anyone.
describe.runIf(root)('two users apply on one machine (the real binary, as root and as nobody)', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it("the second user's apply is not refused by the first one's lock folder", async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'b24cfg-shared-tmp-'));
    chmodSync(tmp, 0o1777);
    // Two portals, so that both applies write (and take the machine lock) whatever the order.
    const portals = [
      createEmulator({ state: freshPortalState() }),
      createEmulator({ state: freshPortalState() }),
    ];
    const servers = await Promise.all(portals.map((emulator) => startSandboxServer({ emulator })));
    try {
      const first = await apply(project(), servers[0]!.url, tmp);
      expect(first.code, first.stderr).toBe(0);
      const second = await apply(project(NOBODY), servers[1]!.url, tmp, NOBODY);
      expect(second.code, second.stderr).toBe(0);
      const folders = readdirSync(tmp)
        .filter((f) => f.startsWith('b24cfg-'))
        .sort();
      expect(folders).toEqual([`b24cfg-${NOBODY}`, `b24cfg-0`].sort());
      for (const f of folders) expect(statSync(join(tmp, f)).mode & 0o777).toBe(0o700);
      expect(statSync(join(tmp, `b24cfg-${NOBODY}`)).uid).toBe(NOBODY);
      for (const p of portals) {
        expect(p.state.pipelines.length).toBeGreaterThan(1);
        expect(duplicates(p.state)).toEqual([]);
      }
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  }, 120_000);

  it("a 0755 folder someone else made in the user's place is refused by name, not with EACCES (exit 1)", async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'b24cfg-shared-tmp-'));
    chmodSync(tmp, 0o1777);
    mkdirSync(join(tmp, `b24cfg-${NOBODY}`), { mode: 0o755 });
    const server = await startSandboxServer({ emulator: createEmulator({ state: freshPortalState() }) });
    try {
      const r = await apply(project(NOBODY), server.url, tmp, NOBODY);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('[LOCK_DIR_FOREIGN]');
      expect(r.stderr).toContain(join(tmp, `b24cfg-${NOBODY}`));
      expect(r.stderr).not.toContain('EACCES');
    } finally {
      await server.close();
    }
  }, 120_000);
});
