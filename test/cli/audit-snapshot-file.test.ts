import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePortal, saveSandboxState } from '../../src/sandbox/index.js';
import { cli } from '../helpers/run-cli.js';

describe('b24cfg audit --snapshot with a damaged file (issue #18)', () => {
  let dir: string;
  let text: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'b24cfg-snapfile-'));
    await saveSandboxState(generatePortal({ seed: 3, deals: 300 }).state, join(dir, 'portal.json'));
    const live = await cli(['audit', '--portal', 'sandbox:portal.json', '--save-snapshot', 'snap.json'], {
      cwd: dir,
    });
    expect(live.code).toBe(0);
    text = readFileSync(join(dir, 'snap.json'), 'utf8');
  });

  it.each([
    ['ru', 'снимок портала не читается: это не JSON (файл обрывается'],
    ['en', 'the portal snapshot cannot be read: not JSON (the file ends too early'],
  ])('a cut file: exit 1, the line and column, no stack trace (%s)', async (lang, said) => {
    const cut = text.slice(0, Math.floor(text.length * 0.6));
    writeFileSync(join(dir, 'cut.json'), cut);
    const r = await cli(['audit', '--snapshot', 'cut.json', '--lang', lang], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(said);
    expect(r.stderr).toContain(`cut.json:${cut.split('\n').length}:`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    // The remedy is a command: take the snapshot again.
    expect(r.stderr).toContain('b24cfg audit --portal <');
    expect(r.stderr).toMatch(/--save-snapshot \S*cut\.json/);
  });
});
