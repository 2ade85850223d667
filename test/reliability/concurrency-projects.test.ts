import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, freshPortalState, startSandboxServer } from '../../src/sandbox/index.js';
import { ensureBuilt } from '../helpers/ensure-built.js';
import { duplicates } from './helpers/harness.js';

/**
 * Two applies of one spec from two project folders on one machine (two consultants, two CI jobs on
 * one runner) started at the same moment. Their state-folder locks never meet; the machine-wide lock
 * per portal (src/apply/lock.ts acquireMachineLock) makes the second wait, re-read and plan again, so
 * nothing is created twice. (Across machines the REST API offers no lock: RELIABILITY.md.)
 */
const BIN = fileURLToPath(new URL('../../bin/b24cfg.js', import.meta.url));
const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'b24cfg-two-projects-'));
  cpSync(join(TEMPLATES, 'b2b-b2c.yaml'), join(dir, 'b24cfg.yaml'));
  for (const sub of ['docs', 'mail']) cpSync(join(TEMPLATES, sub), join(dir, sub), { recursive: true });
  return dir;
}

function apply(cwd: string, url: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [BIN, 'apply', 'b24cfg.yaml', '--portal', url, '--yes', '--lang', 'en'],
      {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: cwd, NO_COLOR: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('concurrency across project folders', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('two fresh applies from two folders at the same moment create nothing twice', async () => {
    const emulator = createEmulator({ state: freshPortalState() });
    const server = await startSandboxServer({ emulator, latencyMs: 30 });
    try {
      const [a, b] = await Promise.all([apply(project(), server.url), apply(project(), server.url)]);
      expect([a.code, b.code], `${a.stderr}\n---\n${b.stderr}`).toContain(0);
      expect(duplicates(emulator.state)).toEqual([]);
    } finally {
      await server.close();
    }
  }, 120_000);
});
