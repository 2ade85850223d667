import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SandboxState } from '../../src/sandbox/index.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * Issue 15, items 1 and 10: `apply plan.json` executes a plan only when planning the portal again now
 * gives the same plan, and the permissions to delete come from the apply's own command line.
 */

interface PlanChange {
  id: string;
  op: string;
  portalId?: number;
  current?: unknown;
  [k: string]: unknown;
}

/** The template (pruning on) applied, then a stage and a field the spec does not have, both holding data. */
async function portalWithClientData(prefix: string): Promise<{ ws: Workspace; spec: string }> {
  const ws = new Workspace(prefix);
  const spec = ws.path('b24cfg.yaml');
  expect((await ws.run(['init', '--template', 'b2b-b2c', '--out', spec])).code).toBe(0);
  // Pruning is asked for by the spec as well as by --prune.
  ws.write('b24cfg.yaml', ws.read('b24cfg.yaml').replace('\n  prune: false\n', '\n  prune: true\n'));
  expect((await ws.run(['apply', spec, '--portal', ws.portal, '--yes'])).code).toBe(0);
  await ws.editPortal((s) => {
    const stage = s.statuses.find((x) => x.statusId === 'C4:OFFER');
    if (!stage) throw new Error('no stage C4:OFFER');
    const id = Math.max(...s.statuses.map((x) => x.id)) + 1;
    s.statuses.push({ ...stage, id, statusId: 'C4:EXTRA', name: 'Клиентский этап', nameInit: '', sort: 35 });
    const field = s.userFields.find((f) => f.fieldName === 'UF_CRM_SOURCE_DETAIL');
    if (!field) throw new Error('no field UF_CRM_SOURCE_DETAIL');
    const fid = Math.max(...s.userFields.map((f) => f.id)) + 1;
    s.userFields.push({ ...structuredClone(field), id: fid, fieldName: 'UF_CRM_CLIENT_NOTE' });
    const deal = (n: number) => ({
      id: 1000 + n,
      title: `Сделка ${n}`,
      typeId: 'SALE',
      categoryId: 4,
      stageId: 'C4:EXTRA',
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
      uf: { UF_CRM_CLIENT_NOTE: `заметка ${n}` },
    });
    for (let n = 1; n <= 3; n++) s.deals.push(deal(n));
  });
  return { ws, spec };
}

const readPlan = (ws: Workspace) =>
  JSON.parse(ws.read('plan.json')) as {
    changes: PlanChange[];
    options: Record<string, unknown>;
    summary: Record<string, number>;
  };

function held(s: SandboxState) {
  return {
    stage: s.statuses.some((x) => x.statusId === 'C4:EXTRA'),
    field: s.userFields.some((f) => f.fieldName === 'UF_CRM_CLIENT_NOTE'),
  };
}

describe('a saved plan is an approval, not a program (issue 15, item 1)', () => {
  it('a refused deletion edited into a deletion (portalId and current injected) is refused as stale', async () => {
    const { ws, spec } = await portalWithClientData('b24cfg-tamper-');
    const p = await ws.run(['plan', spec, '--portal', ws.portal, '--prune', '--out', 'plan.json']);
    expect(p.code, p.stderr).toBe(0);
    const plan = readPlan(ws);
    const blocked = plan.changes.filter((c) => c.op === 'blocked');
    expect(blocked.map((c) => c.id).sort()).toEqual(['stage:nurture/EXTRA', 'userField:deal.CLIENT_NOTE']);
    const portal = await ws.portalState();
    const idOf = (c: PlanChange) =>
      c.id.startsWith('stage:')
        ? portal.statuses.find((x) => x.statusId === 'C4:EXTRA')?.id
        : portal.userFields.find((f) => f.fieldName === 'UF_CRM_CLIENT_NOTE')?.id;
    // Edited the quick way (op only): the file no longer fits the plan schema.
    for (const c of blocked) Object.assign(c, { op: 'delete', portalId: idOf(c), current: {} });
    writeFileSync(ws.path('plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
    const quick = await ws.run([
      'apply',
      'plan.json',
      '--portal',
      ws.portal,
      '--yes',
      '--skip-blocked',
      '--prune',
    ]);
    expect(quick.code).toBe(1);
    expect(quick.stderr).toContain('[PLAN_FILE_INVALID]');
    expect(quick.stderr).toContain(
      `make the plan again: b24cfg plan b24cfg.yaml --portal ${ws.portal} --out plan.json`,
    );
    // Edited with care: a well-formed deletion, the summary to match. Planned again, it is refused.
    plan.changes = plan.changes.map((c) =>
      blocked.includes(c)
        ? {
            id: c.id,
            kind: c.kind,
            key: c.key,
            path: c.path,
            op: 'delete',
            portalId: idOf(c),
            current: {},
            reason: 'prune',
          }
        : c,
    );
    plan.summary = {
      ...plan.summary,
      delete: (plan.summary.delete ?? 0) + 2,
      blocked: (plan.summary.blocked ?? 0) - 2,
    };
    writeFileSync(ws.path('plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
    const r = await ws.run([
      'apply',
      'plan.json',
      '--portal',
      ws.portal,
      '--yes',
      '--skip-blocked',
      '--prune',
    ]);
    expect(r.code, r.stderr).toBe(7);
    expect(r.stderr).toContain('[PLAN_STALE]');
    expect(r.stderr).toContain('the saved plan does not match a plan made now');
    // The hint makes the plan again, naming the portal as it was given.
    expect(r.stderr).toContain(`b24cfg plan b24cfg.yaml --portal ${ws.portal} --out plan.json`);
    expect(held(await ws.portalState())).toEqual({ stage: true, field: true });
  });

  it('a plan made with --prune --allow-data-loss is not applied without both flags on the command line', async () => {
    const { ws, spec } = await portalWithClientData('b24cfg-flags-');
    const p = await ws.run([
      'plan',
      spec,
      '--portal',
      ws.portal,
      '--prune',
      '--allow-data-loss',
      '--out',
      'plan.json',
    ]);
    expect(p.code, p.stderr).toBe(0);
    // The field's values may be lost with --allow-data-loss; a stage holding deals is refused all the same.
    const ops = new Map(readPlan(ws).changes.map((c) => [c.id, c.op]));
    expect([ops.get('userField:deal.CLIENT_NOTE'), ops.get('stage:nurture/EXTRA')]).toEqual([
      'delete',
      'blocked',
    ]);

    const bare = await ws.run(['apply', 'plan.json', '--portal', ws.portal, '--yes', '--skip-blocked']);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain('[PLAN_NEEDS_FLAGS]');
    expect(bare.stderr).toContain('--prune --allow-data-loss');
    expect(bare.stderr).toContain(`b24cfg apply plan.json --portal ${ws.portal} --prune --allow-data-loss`);
    const half = await ws.run([
      'apply',
      'plan.json',
      '--portal',
      ws.portal,
      '--yes',
      '--skip-blocked',
      '--prune',
    ]);
    expect(half.code).toBe(1);
    expect(half.stderr).toContain('[PLAN_NEEDS_FLAGS]');
    expect(held(await ws.portalState())).toEqual({ stage: true, field: true });

    // Flags turned off inside the file change nothing either: the command line decides.
    const plan = readPlan(ws);
    plan.options = { ...plan.options, prune: false, allowDataLoss: false };
    writeFileSync(ws.path('edited.json'), JSON.stringify(plan));
    const edited = await ws.run([
      'apply',
      'edited.json',
      '--portal',
      ws.portal,
      '--yes',
      '--skip-blocked',
      '--prune',
    ]);
    expect(edited.code).toBe(7);
    expect(held(await ws.portalState())).toEqual({ stage: true, field: true });

    const given = await ws.run([
      'apply',
      'plan.json',
      '--portal',
      ws.portal,
      '--yes',
      '--skip-blocked',
      '--prune',
      '--allow-data-loss',
    ]);
    expect(given.code, given.stderr).toBe(0);
    expect(held(await ws.portalState())).toEqual({ stage: true, field: false });
  });
});

describe('a document file changed after plan --out (issue 15, item 10)', () => {
  it('is a stale plan (exit 7), and nothing is uploaded', async () => {
    const ws = new Workspace('b24cfg-docx-');
    const spec = ws.path('b24cfg.yaml');
    expect((await ws.run(['init', '--template', 'b2b-b2c', '--out', spec])).code).toBe(0);
    expect((await ws.run(['plan', spec, '--portal', ws.portal, '--out', 'plan.json'])).code).toBe(0);
    const docx = ws.path('docs/contract.docx');
    const before = readFileSync(docx);
    appendFileSync(docx, Buffer.from('changed after the plan'));
    const r = await ws.run(['apply', 'plan.json', '--portal', ws.portal, '--yes']);
    expect(r.code, r.stderr).toBe(7);
    expect(r.stderr).toContain('[PLAN_STALE]');
    expect((await ws.portalState()).documentTemplates).toEqual([]);
    // With the file as it was, the same plan applies.
    writeFileSync(docx, before);
    const ok = await ws.run(['apply', 'plan.json', '--portal', ws.portal, '--yes']);
    expect(ok.code, ok.stderr).toBe(0);
  });
});
