import { describe, expect, it } from 'vitest';
import { Workspace } from '../helpers/workspace.js';

/**
 * A portal with every answer shape recorded on live portals (`--seed real-shapes`: repeated
 * department names under different parents, a department whose parent is not in the answer, lead
 * statuses and pipelines as REST prints them …, docs/bitrix24/parity.md#variants): export writes a
 * spec that validates and plans with no changes, and says in its header what it left out.
 */
describe('export → plan on a portal of real answer shapes', () => {
  it('round-trips: a valid spec, no changes, the departments it could not name listed in the header', async () => {
    const ws = new Workspace('b24cfg-real-shapes-');
    const init = await ws.run(['sandbox', 'init', ws.portalFile, '--seed', 'real-shapes']);
    expect(init.code, init.stderr).toBe(0);
    const exp = await ws.run(['export', '--portal', ws.portal, '--out', 'b24cfg.yaml']);
    expect(exp.code, exp.stderr).toBe(0);
    const spec = ws.read('b24cfg.yaml');
    expect(spec).toContain(
      '# department “Продажи” under “Юг” is not exported: the spec already has a department of that name, and it tells departments apart by name.',
    );
    expect(spec).toContain(
      '# department “Филиал в Казани” is exported without its parent: the portal did not show its parent (#9000).',
    );
    expect(spec).toMatch(/- name: Продажи\n {4}parent: Север\n/);

    const valid = await ws.run(['validate', 'b24cfg.yaml']);
    expect(valid.code, valid.stdout).toBe(0);
    const plan = await ws.run(['plan', 'b24cfg.yaml', '--portal', ws.portal, '--no-color']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('No changes: the portal matches the spec.');
    expect(plan.stdout).not.toContain('By hand');

    const audit = await ws.run(['audit', '--portal', ws.portal, '--format', 'json']);
    const shares = [...audit.stdout.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => Number(m[1]));
    expect(shares.length).toBeGreaterThan(0);
    expect(Math.max(...shares)).toBeLessThanOrEqual(100);
  });
});
