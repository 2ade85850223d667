import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readCrmSettings } from '../../src/portal/crm-settings/read.js';
import { bindPipelines, compareManualItems } from '../../src/resources/manual-archive/compare.js';
import { writeCrmSettingsArchive } from '../../src/sandbox/handwork/archive-writer.js';
import { loadSandboxState } from '../../src/sandbox/persistence.js';
import type { SandboxState } from '../../src/sandbox/state.js';
import { loadSpec } from '../../src/spec/load.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { lookupOf } from '../../src/cli/commands/sandbox/handwork.js';
import { doHandworkStep } from '../../src/sandbox/index.js';
import { handworkSteps } from '../../src/resources/manual-archive/handwork-steps.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * The engine end to end on the b2b-b2c template: apply it to the sandbox, do the manual half on the
 * emulated portal, export the CRM settings archive as the server would, read it back and compare.
 */
describe('CRM settings archive of a sandbox where the template was applied and the handwork done', () => {
  const ws = new Workspace();
  const specPath = ws.path('b24cfg.yaml');
  let spec: Spec;

  async function compareAfterHandwork(skip: number, compared: Spec = spec) {
    const state: SandboxState = JSON.parse(JSON.stringify(await loadSandboxState(ws.portalFile)));
    const { steps } = handworkSteps(spec, lookupOf(state));
    for (const s of steps.slice(skip)) doHandworkStep(state, s.step);
    const done = steps.slice(skip).map((s) => s.id);
    const skipped = steps.slice(0, skip).map((s) => s.id);
    const zip = ws.path(`configuration-${skip}.zip`);
    await writeFile(zip, await writeCrmSettingsArchive(state, { now: new Date() }));
    const facts = await readCrmSettings(zip);
    const users = Object.fromEntries(
      Object.entries(spec.users ?? {}).flatMap(([key, u]) => {
        const found = state.users.find((x) => x.email === u?.email);
        return found ? [[key, found.id]] : [];
      }),
    );
    const documents = Object.fromEntries(state.documentTemplates.map((d) => [d.name, d.id]));
    const result = compareManualItems(compared, facts, {
      pipelines: bindPipelines(compared, facts),
      users,
      documents,
    });
    return { result, done, skipped };
  }

  it('applies the template', async () => {
    expect((await ws.run(['init', '--template', 'b2b-b2c', '--out', specPath])).code).toBe(0);
    const r = await ws.run(['apply', specPath, '--portal', ws.portal, '--yes']);
    expect(r.code, r.stderr).toBe(0);
    const loaded = await loadSpec(specPath, { env: {}, cwd: ws.path('.') });
    expect(loaded.ok).toBe(true);
    spec = loaded.spec!;
    expect((await readFile(ws.portalFile, 'utf8')).length).toBeGreaterThan(0);
  });

  it('with every item done, each one the archive can show matches and nothing else is on the portal', async () => {
    const { result, done } = await compareAfterHandwork(0);
    const off = result.items.filter((i) => i.status === 'differs' || i.status === 'portal_only');
    expect(off).toEqual([]);
    expect(result.counts.matches).toBe(done.length);
    expect(result.counts.unprovable).toBe(0);
    expect(result.items.filter((i) => i.status === 'not_in_archive').map((i) => i.id.split(':')[1])).toEqual(
      expect.arrayContaining(['email', 'quick', 'kpi-alert', 'sales-plan']),
    );
  });

  it('with 5 items skipped, exactly those 5 are missing', async () => {
    const { result, skipped } = await compareAfterHandwork(5);
    const differs = result.items.filter((i) => i.status === 'differs');
    expect(differs.map((i) => i.id).sort()).toEqual([...skipped].sort());
    for (const i of differs)
      expect(i.differences).toEqual([{ field: 'presence', expected: 'present', actual: 'missing' }]);
  });

  it('a changed task deadline in the spec is one difference with both values', async () => {
    const changed = structuredClone(spec);
    changed.directions![0]!.stages![1]!.task!.deadline = { days_after_entry: 5 };
    const { result } = await compareAfterHandwork(0, changed);
    const differs = result.items.filter((i) => i.status === 'differs');
    expect(differs).toHaveLength(1);
    expect(differs[0]!.differences).toEqual([
      { field: 'deadline', expected: '5d after entry', actual: '2d after entry' },
    ]);
  });
});
