import { describe, expect, it } from 'vitest';
import { freshPortalState, type SandboxState } from '../../src/sandbox/index.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * Issue 15, item 11 and issue 16, item 13: restore brings back every field it snapshotted (stage sorts
 * included), says what it could not, and says "No changes" only when nothing differs; `restore last`
 * takes the latest snapshot.
 */

/** Deal stages as restore compares them: pipeline name ▸ code → name, sort, colour, semantics. */
function stages(s: SandboxState): Record<string, unknown> {
  const pipeline = (id: number | null) =>
    id === null || id === 0 ? 'default' : (s.pipelines.find((p) => p.id === id)?.name ?? `#${id}`);
  return Object.fromEntries(
    s.statuses
      .filter((x) => x.entityId.startsWith('DEAL_STAGE'))
      .map((x) => [
        `${pipeline(x.categoryId)} ▸ ${x.statusId.replace(/^C\d+:/, '')}`,
        { name: x.name, sort: x.sort, color: x.color, semantics: x.semantics },
      ]),
  );
}

async function appliedTemplate(prefix: string, prune = false) {
  const ws = new Workspace(prefix);
  const spec = ws.path('b24cfg.yaml');
  expect((await ws.run(['init', '--template', 'b2b-b2c', '--out', spec])).code).toBe(0);
  if (prune)
    ws.write('b24cfg.yaml', ws.read('b24cfg.yaml').replace('\n  prune: false\n', '\n  prune: true\n'));
  // A sandbox file portal starts as the fresh sandbox.
  const before = freshPortalState();
  const applied = await ws.run([
    'apply',
    spec,
    '--portal',
    ws.portal,
    '--yes',
    '--format',
    'json',
    ...(prune ? ['--prune'] : []),
  ]);
  expect(applied.code, applied.stderr).toBe(0);
  const snapshot = (JSON.parse(applied.stdout) as { snapshot: string }).snapshot;
  return { ws, spec, before, snapshot };
}

describe('restore brings back what it snapshotted (issue 15, item 11)', () => {
  it('stage sorts (WON and LOSE, a stage deleted and made again) as in the snapshot; a second restore: No changes', async () => {
    const { ws, before, snapshot } = await appliedTemplate('b24cfg-restore-sorts-', true);
    const after = stages(await ws.portalState());
    // The apply moved the default pipeline's final stages and (pruning) deleted its stages the spec lacks.
    expect(after['default ▸ WON']).not.toEqual(stages(before)['default ▸ WON']);
    expect(after['default ▸ PREPARATION']).toBeUndefined();

    const r = await ws.run(['restore', snapshot, '--portal', ws.portal, '--yes']);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('No changes: the portal configuration matches the snapshot.');
    expect(stages(await ws.portalState())).toEqual(stages(before));

    const again = await ws.run(['restore', snapshot, '--portal', ws.portal, '--yes']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('No changes: the portal configuration matches the snapshot.');
  });

  it('what it cannot restore (a stage holding deals) is named, and "No changes" is not said', async () => {
    const { ws, snapshot } = await appliedTemplate('b24cfg-restore-gaps-');
    // A deal lands in a stage the apply created: restore may not delete that stage.
    await ws.editPortal((s) => {
      const stage = s.statuses.find((x) => x.statusId === 'QUALIFY');
      if (!stage) throw new Error('no stage QUALIFY');
      s.deals.push({
        id: 5001,
        title: 'Сделка клиента',
        typeId: 'SALE',
        categoryId: 0,
        stageId: 'QUALIFY',
        opportunity: 0,
        currencyId: 'RUB',
        isManualOpportunity: false,
        assignedById: 1,
        createdById: 1,
        dateCreate: 0,
        dateModify: 0,
        beginDate: 0,
        closeDate: null,
        closed: false,
        contactId: null,
        companyId: null,
        sourceId: null,
        leadId: null,
        uf: {},
      });
    });
    for (const run of [1, 2]) {
      const r = await ws.run(['restore', snapshot, '--portal', ws.portal, '--yes']);
      expect([0, 4], `${r.stdout}\n${r.stderr}`).toContain(r.code);
      expect(r.stdout, `restore ${run}`).not.toContain('No changes');
      expect(r.stdout).toMatch(/Could not be restored to the snapshot \(\d+\):/);
      expect(r.stdout).toContain('pipeline default ▸ QUALIFY: added since the snapshot and kept');
    }
  });
});

describe('restore last (issue 16, item 13)', () => {
  it('restores the snapshot of the latest apply from this folder', async () => {
    const { ws, before } = await appliedTemplate('b24cfg-restore-last-');
    const r = await ws.run(['restore', 'last', '--portal', ws.portal, '--yes']);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(stages(await ws.portalState())).toEqual(stages(before));
  });

  it('with no snapshot here: refused, naming the folder it looked in', async () => {
    const ws = new Workspace('b24cfg-restore-none-');
    const r = await ws.run(['restore', 'last', '--portal', ws.portal, '--yes']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[SNAPSHOT_NOT_FOUND]');
    expect(r.stderr).toContain(ws.path('.b24cfg/snapshots'));
    expect(r.stderr).toContain(`run this from that folder: b24cfg restore last --portal ${ws.portal}`);
  });
});
