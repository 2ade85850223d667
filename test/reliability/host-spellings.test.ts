import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
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
 * Issue 15, item 2: one portal under two host spellings (`127.0.0.1` and `localhost`; in life a custom
 * domain and the `*.bitrix24.ru` name). The lock and the state file are named by the portal's own
 * address (docs/bitrix24/portal-identity.md#server-address), so two applies that spell the portal
 * differently still meet on one lock and never both write.
 */
const BIN = fileURLToPath(new URL('../../bin/b24cfg.js', import.meta.url));
const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'b24cfg-spellings-'));
  cpSync(join(TEMPLATES, 'b2b-b2c.yaml'), join(dir, 'b24cfg.yaml'));
  for (const sub of ['docs', 'mail']) cpSync(join(TEMPLATES, sub), join(dir, sub), { recursive: true });
  return dir;
}

/**
 * The portal over HTTP; `hold` keeps the first write request of whichever spelling wrote first
 * waiting until the promise it returns settles, so the other run meets the lock held.
 */
async function portal(hold: (host: string) => Promise<void> | undefined) {
  const inner = createEmulator({ state: freshPortalState(), limits: false });
  const writes: string[] = [];
  let held = false;
  const server = await startSandboxServer({
    emulator: Object.defineProperty(Object.create(inner) as Emulator, 'handle', {
      value: async (req: SandboxRequest & { host?: string }) => {
        if (isWriteRequest(req.method, req.params)) {
          writes.push(req.auth?.userId === 2 ? 'localhost' : '127.0.0.1');
          if (!held) {
            held = true;
            await hold(req.auth?.userId === 2 ? 'localhost' : '127.0.0.1');
          }
        }
        return inner.handle({ ...req, auth: req.auth && { ...req.auth, userId: 1 } });
      },
    }),
  });
  const port = new URL(server.url).port;
  const secret = new URL(server.url).pathname.split('/')[3];
  // Each spelling with its own webhook user, to tell whose request the portal received.
  const urls = {
    '127.0.0.1': `http://127.0.0.1:${port}/rest/1/${secret}/`,
    localhost: `http://localhost:${port}/rest/2/${secret}/`,
  };
  return { inner, writes, urls, close: () => server.close() };
}

interface Run {
  code: number | null;
  stderr: string;
}

function apply(
  dir: string,
  url: string,
  lockHome: string,
  onStderr: (text: string) => void = () => undefined,
) {
  return new Promise<Run>((resolve) => {
    const child = spawn(
      process.execPath,
      [BIN, 'apply', 'b24cfg.yaml', '--portal', url, '--yes', '--lang', 'en'],
      {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_RUNTIME_DIR: lockHome, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
      onStderr(stderr);
    });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** The runs of the write requests in order, repeats collapsed: one element when they never interleave. */
const blocks = (writes: string[]) => writes.filter((w, i) => w !== writes[i - 1]);

describe('two spellings of one portal share one lock', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it.each([1, 2, 3])(
    'from one project folder, started together: one applies, the other is refused by the lock (run %i)',
    async () => {
      const ended: Record<string, Promise<Run>> = {};
      const p = await portal((host) =>
        ended[host === 'localhost' ? '127.0.0.1' : 'localhost']?.then(() => undefined),
      );
      const dir = project();
      const lockHome = mkdtempSync(join(tmpdir(), 'b24cfg-spellings-locks-'));
      try {
        ended['127.0.0.1'] = apply(dir, p.urls['127.0.0.1'], lockHome);
        ended.localhost = apply(dir, p.urls.localhost, lockHome);
        const [a, b] = await Promise.all([ended['127.0.0.1'], ended.localhost]);
        expect([a.code, b.code].sort(), `${a.stderr}\n---\n${b.stderr}`).toEqual([0, 1]);
        expect((a.code === 1 ? a : b).stderr).toContain('[APPLY_LOCKED]');
        expect(blocks(p.writes)).toHaveLength(1);
        expect(duplicates(p.inner.state)).toEqual([]);
        // One state file, named by the portal's own address, whichever spelling wrote it.
        expect(
          readdirSync(join(dir, '.b24cfg')).filter((f) => f.endsWith('.state.json')),
          `${a.stderr}\n---\n${b.stderr}`,
        ).toHaveLength(1);
      } finally {
        await p.close();
      }
    },
    120_000,
  );

  it('from two project folders: the second waits for the first on the machine lock, then creates nothing twice', async () => {
    let waiting: () => void = () => undefined;
    const secondWaits = new Promise<void>((r) => (waiting = r));
    const p = await portal(() => secondWaits);
    const lockHome = mkdtempSync(join(tmpdir(), 'b24cfg-spellings-locks-'));
    const [one, two] = [project(), project()];
    try {
      const first = apply(one, p.urls['127.0.0.1'], lockHome);
      while (p.writes.length === 0) await new Promise((r) => setTimeout(r, 10));
      const second = apply(two, p.urls.localhost, lockHome, (text) => {
        if (text.includes('Another apply is running on this portal')) waiting();
      });
      const [a, b] = await Promise.all([first, second]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      expect(b.stderr).toContain('planning again');
      // The second wrote only after the first had finished, and created nothing again (from a folder with
      // no record of the document files it uploads them once more, as on any first apply from there).
      expect(blocks(p.writes)[0]).toBe('127.0.0.1');
      expect(blocks(p.writes).length).toBeLessThanOrEqual(2);
      const replanned = b.stderr.slice(b.stderr.indexOf('planning again'));
      expect(replanned).not.toMatch(/\+ (pipeline|stage|field)/);
      expect(duplicates(p.inner.state)).toEqual([]);
    } finally {
      await p.close();
    }
  }, 120_000);
});
