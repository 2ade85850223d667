import { describe, expect, it } from 'vitest';
import { pipelineCalls, pipelineDeleteCalls } from '../../src/resources/pipelines/calls.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { binding, PortalBuilder } from '../helpers/portal-state.js';
import { brief, en, ofKind, only, planKinds } from './plan-kind.js';

const spec = (directions: NonNullable<Spec['directions']>, extra: Partial<Spec> = {}): Spec => ({
  version: 1,
  directions,
  ...extra,
});

describe('pipelines: diff', () => {
  const cases: Array<{
    name: string;
    directions: NonNullable<Spec['directions']>;
    portal: () => PortalBuilder;
    prune?: boolean;
    protect?: string[];
    counts?: Record<string, number>;
    want: string[];
  }> = [
    {
      name: 'a new direction is created',
      directions: [{ key: 'b2b', name: 'B2B' }],
      portal: () => new PortalBuilder(),
      want: ['create b2b'],
    },
    {
      name: 'matched by name: no change',
      directions: [{ key: 'b2b', name: 'B2B' }],
      portal: () => new PortalBuilder().pipeline(7, 'B2B', 200),
      want: [],
    },
    {
      name: 'renamed_from renames',
      directions: [{ key: 'b2b', name: 'Опт', renamed_from: ['B2B'] }],
      portal: () => new PortalBuilder().pipeline(7, 'B2B', 200),
      want: ['rename b2b'],
    },
    {
      name: 'a protected direction is not renamed',
      directions: [{ key: 'b2b', name: 'Опт', renamed_from: ['B2B'] }],
      portal: () => new PortalBuilder().pipeline(7, 'B2B', 200),
      protect: ['b2b'],
      want: ['blocked b2b'],
    },
    {
      name: 'an unnamed pipeline stays without pruning',
      directions: [{ key: 'default', name: 'Общее' }],
      portal: () => new PortalBuilder().pipeline(7, 'Старое', 200),
      want: [],
    },
    {
      name: 'an empty unnamed pipeline is pruned',
      directions: [{ key: 'default', name: 'Общее' }],
      portal: () => new PortalBuilder().pipeline(7, 'Старое', 200),
      prune: true,
      counts: { 'deals-in-pipeline:7': 0 },
      want: ['delete pipeline#7'],
    },
    {
      name: 'a pipeline with deals is refused',
      directions: [{ key: 'default', name: 'Общее' }],
      portal: () => new PortalBuilder().pipeline(7, 'Старое', 200),
      prune: true,
      counts: { 'deals-in-pipeline:7': 4 },
      want: ['blocked pipeline#7'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const manage = c.prune || c.protect ? { manage: { prune: c.prune === true, protect: c.protect } } : {};
      const p = planKinds(spec(c.directions, manage), c.portal(), {
        options: { prune: c.prune === true },
        counts: c.counts,
        binding: binding(),
      });
      expect(brief(p.changes, 'pipeline')).toEqual(c.want);
    });
  }

  it('the default pipeline is kept as a system object', () => {
    const p = planKinds(spec([{ key: 'b2b', name: 'B2B' }]), new PortalBuilder());
    expect(p.kept).toContainEqual({ kind: 'pipeline', key: 'pipeline#0', path: ['Общее'], why: 'system' });
  });

  it('says why a pipeline with deals stays', () => {
    const p = planKinds(
      spec([{ key: 'default', name: 'Общее' }], { manage: { prune: true } }),
      new PortalBuilder().pipeline(7, 'Старое'),
      { options: { prune: true }, counts: { 'deals-in-pipeline:7': 4 } },
    );
    const b = only(p.changes, 'pipeline:pipeline#7', 'blocked');
    expect(en(b.reason)).toBe('the pipeline holds deals, so it cannot be deleted');
    expect(b.impact).toEqual({ deals: 4 });
  });
});

describe('pipelines: calls', () => {
  it('add, rename and delete from the typed changes', () => {
    const add = planKinds(spec([{ key: 'b2b', name: 'B2B' }]), new PortalBuilder());
    expect(pipelineCalls(ofKind(add.changes, 'pipeline')).map((c) => [c.method, c.params])).toEqual([
      ['crm.category.add', { entityTypeId: 2, fields: { name: 'B2B', sort: 100 } }],
    ]);
    const ren = planKinds(
      spec([{ key: 'b2b', name: 'Опт', renamed_from: ['B2B'] }]),
      new PortalBuilder().pipeline(7, 'B2B', 200),
    );
    expect(pipelineCalls(ofKind(ren.changes, 'pipeline')).map((c) => [c.method, c.params])).toEqual([
      ['crm.category.update', { entityTypeId: 2, id: 7, fields: { name: 'Опт' } }],
    ]);
    const del = planKinds(
      spec([{ key: 'default', name: 'Общее' }], { manage: { prune: true } }),
      new PortalBuilder().pipeline(7, 'Старое'),
      { options: { prune: true }, counts: { 'deals-in-pipeline:7': 0 } },
    );
    expect(pipelineCalls(ofKind(del.changes, 'pipeline'))).toEqual([]);
    expect(pipelineDeleteCalls(ofKind(del.changes, 'pipeline')).map((c) => c.method)).toEqual([
      'crm.category.delete',
    ]);
  });
});
