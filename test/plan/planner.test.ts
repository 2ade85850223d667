import { describe, expect, it } from 'vitest';
import { planChanges, type PlanInputs } from '../../src/resources/plan-changes.js';
import type { Change } from '../../src/resources/plan.js';
import { callsFor } from '../../src/resources/registry.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { binding, PortalBuilder } from '../helpers/portal-state.js';

function plan(
  spec: Spec,
  portal: PortalBuilder,
  opts: Partial<PlanInputs['options']> = {},
  counts: Record<string, number> = {},
) {
  const inputs: PlanInputs = {
    spec,
    specFile: 'spec.yaml',
    specHash: 'x',
    state: portal.build(),
    binding: binding(),
    options: { prune: false, allowDataLoss: false, ...opts },
  };
  const pass = planChanges(inputs, { counts: new Map(Object.entries(counts)) });
  return pass;
}

const brief = (cs: Change[]) => cs.filter((c) => c.op !== 'manual').map((c) => `${c.op} ${c.key}`);

describe('planner: pipelines and stages', () => {
  const spec: Spec = {
    version: 1,
    directions: [
      {
        key: 'b2b',
        name: 'B2B',
        stages: [
          { code: 'NEW', name: 'Новая заявка' },
          { code: 'PRESENT', name: 'Презентация', color: '#39a8ef' },
          { code: 'OFFER', name: 'КП' },
        ],
        won: { name: 'Успех' },
        lost: { name: 'Провал', reasons: [{ code: 'EXPENSIVE', name: 'Дорого' }] },
      },
    ],
  };

  it('creates a pipeline with its stages and removes the default stages Bitrix24 adds to it', () => {
    const p = plan(spec, new PortalBuilder());
    expect(brief(p.changes)).toEqual([
      'create b2b',
      'delete b2b/PREPARATION',
      'delete b2b/PREPAYMENT_INVOICE',
      'delete b2b/EXECUTING',
      'delete b2b/FINAL_INVOICE',
      'delete b2b/APOLOGY',
      'update b2b/NEW',
      'update b2b/WON',
      'update b2b/LOSE',
      'create b2b/PRESENT',
      'create b2b/OFFER',
      'create b2b/EXPENSIVE',
    ]);
    const won = p.changes.find((c) => c.key === 'b2b/WON');
    // WON keeps its default sort 60: the new process stages fit below it (minimal churn).
    expect(won?.op === 'update' && won.diffs).toEqual([{ field: 'NAME', before: null, after: 'Успех' }]);
    const present = p.changes.find((c) => c.key === 'b2b/PRESENT');
    expect(present?.op === 'create' && present.desired).toMatchObject({
      sort: 20,
      color: '#39A8EF',
      semantics: 'P',
    });
    const reason = p.changes.find((c) => c.key === 'b2b/EXPENSIVE');
    expect(reason?.op === 'create' && reason.desired).toMatchObject({ semantics: 'F', sort: 80 });
  });

  it('emits calls that keep a new pipeline and its stages in one request, process < WON < failure at every step', () => {
    const p = plan(spec, new PortalBuilder());
    const calls = callsFor(p.changes);
    expect(calls.length).toBeLessThanOrEqual(50);
    expect(calls[0]).toMatchObject({ method: 'crm.category.add', key: 'p_b2b' });
    expect(calls[1]).toMatchObject({
      method: 'crm.status.list',
      params: { filter: { ENTITY_ID: 'DEAL_STAGE_$result[p_b2b][category][id]' } },
    });
    const add = calls.find(
      (c) =>
        c.method === 'crm.status.add' && (c.params.fields as Record<string, unknown>).STATUS_ID === 'PRESENT',
    );
    expect(add?.params.fields).toMatchObject({
      ENTITY_ID: 'DEAL_STAGE_$result[p_b2b][category][id]',
      SORT: 20,
    });
    // Simulate the sort invariant over the call sequence on the default stages.
    const sorts = new Map<number, { sort: number; sem: string }>([
      [0, { sort: 10, sem: 'P' }],
      [1, { sort: 20, sem: 'P' }],
      [2, { sort: 30, sem: 'P' }],
      [3, { sort: 40, sem: 'P' }],
      [4, { sort: 50, sem: 'P' }],
      [5, { sort: 60, sem: 'S' }],
      [6, { sort: 70, sem: 'F' }],
      [7, { sort: 80, sem: 'F' }],
    ]);
    const check = () => {
      const v = [...sorts.values()];
      const won = v.find((x) => x.sem === 'S')!.sort;
      expect(v.filter((x) => x.sem === 'P').every((x) => x.sort < won)).toBe(true);
      expect(v.filter((x) => x.sem === 'F').every((x) => x.sort > won)).toBe(true);
    };
    let next = 100;
    for (const c of calls) {
      const idRef = typeof c.params.id === 'string' ? /\[sl_b2b\]\[(\d)\]/.exec(c.params.id) : null;
      const idx = idRef ? Number(idRef[1]) : undefined;
      const fields = c.params.fields as Record<string, unknown> | undefined;
      if (c.method === 'crm.status.update' && idx !== undefined && fields?.SORT !== undefined)
        sorts.get(idx)!.sort = Number(fields.SORT);
      if (c.method === 'crm.status.delete' && idx !== undefined) sorts.delete(idx);
      if (c.method === 'crm.status.add')
        sorts.set(next++, { sort: Number(fields!.SORT), sem: fields!.SEMANTICS === 'F' ? 'F' : 'P' });
      check();
    }
  });

  it('plans nothing for a portal that already matches', () => {
    const portal = new PortalBuilder().pipeline(7, 'B2B', 100, [
      ['NEW', 10, null, true],
      ['PRESENT', 20, null],
      ['OFFER', 30, null],
      ['WON', 40, 'S', true],
      ['LOSE', 50, 'F', true],
      ['EXPENSIVE', 60, 'F'],
    ]);
    portal
      .setStage(7, 'NEW', { name: 'Новая заявка' })
      .setStage(7, 'PRESENT', { name: 'Презентация', color: '#39A8EF' })
      .setStage(7, 'OFFER', { name: 'КП' })
      .setStage(7, 'WON', { name: 'Успех' })
      .setStage(7, 'LOSE', { name: 'Провал' })
      .setStage(7, 'EXPENSIVE', { name: 'Дорого' });
    expect(brief(plan(spec, portal).changes)).toEqual([]);
  });

  it('keeps existing sorts that are already in order (export → plan = no changes)', () => {
    const portal = new PortalBuilder().pipeline(7, 'B2B', 100, [
      ['NEW', 100, null, true],
      ['PRESENT', 150, null],
      ['OFFER', 400, null],
      ['WON', 500, 'S', true],
      ['LOSE', 600, 'F', true],
      ['EXPENSIVE', 700, 'F'],
    ]);
    portal
      .setStage(7, 'NEW', { name: 'Новая заявка' })
      .setStage(7, 'PRESENT', { name: 'Презентация', color: '#39A8EF' })
      .setStage(7, 'OFFER', { name: 'КП' })
      .setStage(7, 'WON', { name: 'Успех' })
      .setStage(7, 'LOSE', { name: 'Провал' })
      .setStage(7, 'EXPENSIVE', { name: 'Дорого' });
    expect(brief(plan(spec, portal).changes)).toEqual([]);
  });

  it('refuses to recreate a stage whose semantics change while deals sit on it, and recreates it when empty', () => {
    const mk = () =>
      new PortalBuilder().pipeline(7, 'B2B', 100, [
        ['NEW', 10, null, true],
        ['PRESENT', 20, null],
        ['OFFER', 30, null],
        ['WON', 40, 'S', true],
        ['LOSE', 50, 'F', true],
        ['EXPENSIVE', 35, null],
      ]);
    const first = plan(spec, mk());
    const q = first.wantedImpact.find((w) => w.id.includes('EXPENSIVE'));
    expect(q?.params).toMatchObject({ filter: { STAGE_ID: 'C7:EXPENSIVE' } });
    const withDeals = plan(spec, mk(), {}, { [q!.id]: 3 });
    const blocked = withDeals.changes.find((c) => c.key === 'b2b/EXPENSIVE');
    expect(blocked).toMatchObject({ op: 'blocked', wanted: 'recreate', impact: { deals: 3 } });
    const empty = plan(spec, mk(), {}, { [q!.id]: 0 });
    expect(brief(empty.changes).filter((c) => c.includes('EXPENSIVE'))).toEqual([
      'delete b2b/EXPENSIVE',
      'create b2b/EXPENSIVE',
    ]);
  });

  it('leaves stages outside the spec alone without prune, deletes them with prune only when no deal sits there', () => {
    const mk = () => new PortalBuilder().addStage(0, 'TENDER', 25, null, 'Тендер');
    const dspec: Spec = {
      version: 1,
      manage: { prune: true },
      directions: [{ key: 'default', name: 'Общее', stages: [{ code: 'NEW', name: 'NEW' }] }],
    };
    const noPrune = plan(dspec, mk());
    expect(brief(noPrune.changes).some((c) => c.includes('TENDER'))).toBe(false);
    expect(noPrune.kept.some((k) => k.key === 'default/TENDER' && k.why === 'not-in-spec')).toBe(true);
    const pass1 = plan(dspec, mk(), { prune: true });
    const q = pass1.wantedImpact.find((w) => w.id.includes('TENDER'))!;
    expect(
      plan(dspec, mk(), { prune: true }, { [q.id]: 2 }).changes.find((c) => c.key === 'default/TENDER'),
    ).toMatchObject({ op: 'blocked', wanted: 'delete' });
    expect(
      plan(dspec, mk(), { prune: true }, { [q.id]: 0 }).changes.find((c) => c.key === 'default/TENDER'),
    ).toMatchObject({ op: 'delete', reason: 'prune' });
    // System stages are never deleted, not even with prune.
    expect(
      brief(plan(dspec, mk(), { prune: true }, { [q.id]: 0 }).changes).some(
        (c) => c === 'delete default/WON',
      ),
    ).toBe(false);
  });

  it('never prunes a protected key', () => {
    const dspec: Spec = {
      version: 1,
      manage: { prune: true, protect: ['default', 'default/PREPARATION'] },
      directions: [{ key: 'default', name: 'Общее', stages: [{ code: 'NEW', name: 'NEW' }] }],
    };
    const counts = Object.fromEntries(
      ['PREPARATION', 'PREPAYMENT_INVOICE', 'EXECUTING', 'FINAL_INVOICE', 'APOLOGY'].map((c) => [
        `deals-on-stage:0:${c}`,
        0,
      ]),
    );
    const p = plan(dspec, new PortalBuilder(), { prune: true }, counts);
    expect(brief(p.changes).filter((c) => c.startsWith('delete'))).toEqual([
      'delete default/PREPAYMENT_INVOICE',
      'delete default/EXECUTING',
      'delete default/FINAL_INVOICE',
      'delete default/APOLOGY',
    ]);
    expect(p.kept.filter((k) => k.why === 'protected').map((k) => k.key)).toEqual(['default/PREPARATION']);
  });

  it('fits WON between the process stages and a failure stage kept outside the spec', () => {
    // APOLOGY (F, sort 80) stays: without prune it is the client's stage. Seven process stages push
    // WON up; it must land below 80 so that process < WON < failure still holds.
    const s7: Spec = {
      version: 1,
      directions: [
        {
          key: 'default',
          name: 'Общее',
          stages: ['NEW', 'A', 'B', 'C', 'D', 'E', 'F'].map((code) => ({ code, name: code })),
          won: { name: 'WON' },
          lost: { name: 'LOSE', reasons: [{ code: 'R1', name: 'R1' }] },
        },
      ],
    };
    const p = plan(s7, new PortalBuilder());
    const sortOf = (code: string) => {
      const c = p.changes.find((x) => x.key === `default/${code}`);
      if (c?.op === 'create' && c.kind === 'stage') return c.desired.sort;
      if (c?.op === 'update')
        return (c.diffs.find((d) => d.field === 'SORT')?.after as number | undefined) ?? null;
      return null;
    };
    expect(p.changes.filter((c) => c.op === 'blocked')).toEqual([]);
    expect(sortOf('F')).toBe(70);
    expect(sortOf('WON')).toBe(75);
    expect(sortOf('LOSE')).toBe(80);
    expect(sortOf('R1')).toBe(90);
  });

  it('matches a renamed pipeline through renamed_from and plans a rename, not delete + create', () => {
    const portal = new PortalBuilder().pipeline(7, 'Old name', 100);
    const rspec: Spec = {
      version: 1,
      directions: [{ key: 'b2b', name: 'New name', renamed_from: ['Old name'] }],
    };
    const p = plan(rspec, portal);
    expect(p.changes.find((c) => c.kind === 'pipeline')).toMatchObject({
      op: 'rename',
      from: 'Old name',
      to: 'New name',
      portalId: 7,
    });
  });
});

describe('planner: user fields', () => {
  const fspec: Spec = {
    version: 1,
    manage: { prune: true },
    fields: {
      deal: [
        {
          code: 'NPS',
          type: 'enumeration',
          label: { ru: 'NPS', en: 'NPS' },
          items: [
            { xml_id: 'N0', value: '0' },
            { xml_id: 'N10', value: '10' },
          ],
        },
      ],
    },
  };

  it('creates a field with its items in one call, then empties its error and help texts in the same batch', () => {
    const p = plan(fspec, new PortalBuilder());
    expect(brief(p.changes)).toEqual(['create deal.NPS']);
    const calls = callsFor(p.changes);
    expect(calls.map((c) => c.method)).toEqual(['crm.deal.userfield.add', 'crm.deal.userfield.update']);
    expect(calls[0]).toMatchObject({
      method: 'crm.deal.userfield.add',
      params: {
        fields: {
          FIELD_NAME: 'UF_CRM_NPS',
          USER_TYPE_ID: 'enumeration',
          LIST: [
            { VALUE: '0', XML_ID: 'N0', SORT: 10 },
            { VALUE: '10', XML_ID: 'N10', SORT: 20 },
          ],
        },
      },
    });
  });

  it('refuses a type change with a hint', () => {
    const portal = new PortalBuilder().field('deal', {
      fieldName: 'UF_CRM_NPS',
      type: 'string',
      labels: { ru: 'NPS', en: 'NPS' },
    });
    const c = plan(fspec, portal).changes.find((x) => x.key === 'deal.NPS');
    expect(c).toMatchObject({
      op: 'blocked',
      diffs: [{ field: 'USER_TYPE_ID', before: 'string', after: 'enumeration' }],
    });
  });

  it('adds and removes list items keeping IDs and XML_IDs, in one update call; removal needs prune and respects data', () => {
    const mk = () =>
      new PortalBuilder().field('deal', {
        fieldName: 'UF_CRM_NPS',
        type: 'enumeration',
        labels: { ru: 'NPS', en: 'NPS' },
        list: [
          { id: 51, xmlId: 'N0', value: '0', sort: 10, def: false },
          { id: 52, xmlId: 'a1b2c3', value: '10', sort: 20, def: false },
          { id: 53, xmlId: 'OLD', value: '5', sort: 30, def: false },
        ],
      });
    const pass1 = plan(fspec, mk(), { prune: true });
    const q = pass1.wantedImpact.find((w) => w.id.includes(':53'))!;
    expect(q.params).toEqual({ filter: { UF_CRM_NPS: 53 }, select: ['ID'], start: 0 });
    const p = plan(fspec, mk(), { prune: true }, { [q.id]: 0 });
    expect(brief(p.changes)).toEqual(['update deal.NPS/N10', 'delete deal.NPS/OLD']);
    const calls = callsFor(p.changes);
    expect(calls).toEqual([
      expect.objectContaining({
        method: 'crm.deal.userfield.update',
        params: {
          id: expect.any(Number),
          fields: {
            LIST: [
              { ID: 52, VALUE: '10', XML_ID: 'N10', SORT: 20, DEF: 'N' },
              { ID: 53, DEL: 'Y', XML_ID: 'OLD' },
            ],
          },
        },
      }),
    ]);
    const blocked = plan(fspec, mk(), { prune: true }, { [q.id]: 4 }).changes.find(
      (c) => c.key === 'deal.NPS/OLD',
    );
    expect(blocked).toMatchObject({ op: 'blocked', impact: { records: 4 } });
    expect(
      plan(fspec, mk(), { prune: true, allowDataLoss: true }, { [q.id]: 4 }).changes.find(
        (c) => c.key === 'deal.NPS/OLD',
      ),
    ).toMatchObject({ op: 'delete' });
  });

  it('compares a plain-string label against every language read', () => {
    const portal = new PortalBuilder().field('deal', {
      fieldName: 'UF_CRM_SITE',
      type: 'url',
      labels: { ru: 'Сайт', en: 'Site' },
    });
    const s: Spec = { version: 1, fields: { deal: [{ code: 'SITE', type: 'url', label: 'Сайт' }] } };
    const c = plan(s, portal).changes.find((x) => x.key === 'deal.SITE');
    expect(c?.op === 'update' && c.diffs).toEqual([
      { field: 'EDIT_FORM_LABEL.en', before: 'Site', after: 'Сайт' },
    ]);
  });
});
