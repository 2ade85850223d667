import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * Issue 16.7: `audit -q` printed 120 lines against 121, `validate -q` still printed a ✔ line per file.
 * Quiet is the result and the errors only (as ESLint's --quiet): no notes, no request summary, no
 * lines for what is fine.
 */
describe('--quiet', () => {
  it('validate -q: no line per clean file, warnings dropped, errors and the summary kept', async () => {
    const ws = new Workspace('b24cfg-quiet-');
    expect((await ws.run(['init', '--out', 'spec.yaml'])).code).toBe(0);
    const loud = await ws.run(['validate', 'spec.yaml']);
    expect(loud.stdout).toMatch(/^✔ spec\.yaml$/m);
    const quiet = await ws.run(['validate', 'spec.yaml', '-q']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('✔ 0 errors, 0 warnings · 1 file checked\n');
    ws.write('bad.yaml', 'version: 1\ndirections: 5\n');
    const bad = await ws.run(['validate', 'bad.yaml', 'spec.yaml', '-q']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('bad.yaml:2:');
    expect(bad.stdout).not.toMatch(/^✔ spec\.yaml$/m);
  });

  it('audit -q: the score and one row per standard that needs action; nothing on stderr', async () => {
    const ws = new Workspace('b24cfg-quiet-');
    const loud = await ws.run(['audit', '--portal', ws.portal]);
    const quiet = await ws.run(['audit', '--portal', ws.portal, '-q']);
    expect(quiet.code).toBe(loud.code);
    expect(quiet.stderr).toBe('');
    const lines = quiet.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Score: [\d.]+ \/ 100 — /);
    expect(lines.slice(1).every((l) => /^SD-\d\d +(✗|◐|\?|!|⚠) /.test(l))).toBe(true);
    expect(lines.length).toBeLessThan(loud.stdout.split('\n').length / 2);
    expect(quiet.stdout).not.toContain('→');
  });

  it('doctor -q: only the checks that are not ok, then the verdict', async () => {
    const ws = new Workspace('b24cfg-quiet-');
    // The workspace's clock is fixed in the past, so the portal clock check warns and nothing else does.
    const r = await ws.run(['doctor', '--portal', ws.portal, '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}warn {2}Portal clock /);
    expect(r.stdout).not.toMatch(/^ {2}ok /m);
    expect(r.stdout).toMatch(/\nSummary: 0 failures, 1 warning\.\n$/);
    expect(r.stderr).toBe('');
    const now = await cli(['doctor', '--portal', ws.portal, '-q', '--lang', 'en']);
    expect(now.stdout).toBe('All good.\n');
  });
});
