import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { httpRequests, Workspace } from '../helpers/workspace.js';

/**
 * Issue #5 acceptance on the embedded sandbox: the template is planned, applied, verified, and then
 * both the template and its export plan to "no changes"; the apply stays within
 * ceil(writes / 50) + 3 HTTP requests.
 */
describe('templates/b2b-b2c.yaml on a fresh sandbox portal', () => {
  const ws = new Workspace();
  const spec = ws.path('b24cfg.yaml');

  it('init writes the template into the workspace', async () => {
    const r = await ws.run(['init', '--template', 'b2b-b2c', '--out', spec]);
    expect(r.code).toBe(0);
  });

  it('plan shows every direction, stage and field as a change to make', async () => {
    const r = await ws.run(['plan', spec, '--portal', ws.portal]);
    expect(r.code).toBe(0);
    for (const name of [
      'B2B: новые клиенты',
      'B2B: постоянные клиенты',
      'B2C: новые клиенты',
      'B2C: постоянные клиенты',
    ]) {
      expect(r.stdout).toContain(name);
    }
    expect(r.stdout).toContain('+ stage “Презентация” (PRESENT)');
    expect(r.stdout).toContain('+ field UF_CRM_NPS enumeration');
    expect(r.stdout).toMatch(/Summary: \+\d+ to create/);
  });

  it('apply --yes succeeds, is verified, and stays within ceil(writes/50) + 3 HTTP requests', async () => {
    const r = await ws.run(['apply', spec, '--portal', ws.portal, '--yes', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; notApplied: string[]; journal: string };
    expect(out.ok).toBe(true);
    expect(out.notApplied).toEqual([]);
    const journal = readFileSync(out.journal, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; method?: string; status?: string });
    const writes = journal.filter(
      (e) => e.type === 'call' && e.status === 'ok' && !/\.(list|get)$/.test(e.method ?? ''),
    ).length;
    expect(writes).toBeGreaterThan(50);
    expect(httpRequests(r.stderr)).toBeLessThanOrEqual(Math.ceil(writes / 50) + 3);
  });

  it('a second plan shows no changes (--detailed-exitcode 0)', async () => {
    const r = await ws.run(['plan', spec, '--portal', ws.portal, '--detailed-exitcode']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No changes: the portal matches the spec.');
  });

  it('export writes a valid spec, byte-identical twice, that plans to no changes', async () => {
    const a = await ws.run(['export', '--portal', ws.portal, '--out', 'exported.yaml']);
    expect(a.code, a.stderr).toBe(0);
    const first = ws.read('exported.yaml');
    // A second export over the first needs --force (issue 16.2).
    const b = await ws.run(['export', '--portal', ws.portal, '--out', 'exported.yaml', '--force']);
    expect(b.code).toBe(0);
    expect(ws.read('exported.yaml')).toBe(first);
    const v = await ws.run(['validate', 'exported.yaml']);
    expect(v.code, v.stdout).toBe(0);
    const p = await ws.run(['plan', 'exported.yaml', '--portal', ws.portal, '--detailed-exitcode']);
    expect(p.code, p.stdout).toBe(0);
  });

  it('keeps the journal, the snapshot and the state file under .b24cfg/', () => {
    const dir = join(ws.dir, '.b24cfg');
    expect(readdirSync(join(dir, 'journal')).length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'snapshots')).length).toBeGreaterThan(0);
    const state = JSON.parse(readFileSync(join(dir, 'sandbox_portal.json.state.json'), 'utf8')) as {
      pipelines: Record<string, { id: number }>;
    };
    expect(Object.keys(state.pipelines).sort()).toEqual(['b2b-repeat', 'b2c-new', 'b2c-repeat', 'nurture']);
  });
});
