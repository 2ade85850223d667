import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/ensure-built.js';

const run = promisify(execFile);
const demo = join(import.meta.dirname, '..', '..', 'scripts', 'demo.mjs');

/**
 * Issue 16.13: `npm run demo` printed raw ESC[1m when piped and left its b24cfg-demo-* folders in the
 * temporary directory. Piped, it prints no escape codes; it removes its folder unless --keep.
 */
describe('npm run demo', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('piped: no escape codes, every step passes, and the temporary folder is gone', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'b24cfg-demo-test-'));
    const r = await run(process.execPath, [demo, '--lang', 'en'], {
      env: { ...process.env, TMPDIR: tmp, FORCE_COLOR: undefined, NO_COLOR: undefined },
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stdout).toContain('▶ Audit the portal against the 33 standards');
    expect(r.stdout).toContain('No changes');
    expect(r.stdout).toContain('npm run demo -- --keep');
    expect(readdirSync(tmp)).toEqual([]);
  }, 120_000);
});
