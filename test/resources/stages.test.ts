import { describe, expect, it } from 'vitest';
import { stageCalls } from '../../src/resources/stages/calls.js';
import type { Direction, Spec } from '../../src/spec/spec.generated.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { brief, en, ofKind, only, planKinds } from './plan-kind.js';

/** One direction bound to the default pipeline (id 0, stages NEW … APOLOGY as Bitrix24 creates them). */
const spec = (dir: Partial<Direction>, extra: Partial<Spec> = {}): Spec => ({
  version: 1,
  directions: [{ key: 'default', name: 'Общее', ...dir }],
  ...extra,
});

describe('stages: diff', () => {
  const cases: Array<{
    name: string;
    dir: Partial<Direction>;
    portal?: (p: PortalBuilder) => PortalBuilder;
    prune?: boolean;
    counts?: Record<string, number>;
    want: string[];
  }> = [
    {
      name: 'defaults as they are: nothing to write',
      dir: {},
      want: [],
    },
    {
      name: 'a new process stage fits between the existing ones',
      dir: {
        stages: [
          { code: 'NEW', name: 'NEW' },
          { code: 'CALL', name: 'Звонок' },
        ],
      },
      want: ['create default/CALL'],
    },
    {
      name: 'a renamed WON is an update of the system stage',
      dir: { won: { name: 'Успех' } },
      want: ['update default/WON'],
    },
    {
      name: 'stages outside the spec stay without pruning',
      dir: { stages: [{ code: 'NEW', name: 'NEW' }] },
      want: [],
    },
    {
      name: 'with pruning, unused stages go; system ones stay',
      dir: { stages: [{ code: 'NEW', name: 'NEW' }] },
      prune: true,
      counts: {
        'deals-on-stage:0:PREPARATION': 0,
        'deals-on-stage:0:PREPAYMENT_INVOICE': 0,
        'deals-on-stage:0:EXECUTING': 0,
        'deals-on-stage:0:FINAL_INVOICE': 0,
        'deals-on-stage:0:APOLOGY': 0,
      },
      want: [
        'delete default/PREPARATION',
        'delete default/PREPAYMENT_INVOICE',
        'delete default/EXECUTING',
        'delete default/FINAL_INVOICE',
        'delete default/APOLOGY',
      ],
    },
    {
      name: 'a stage with deals is never pruned',
      dir: {
        stages: [{ code: 'NEW', name: 'NEW' }],
        lost: { reasons: [{ code: 'APOLOGY', name: 'APOLOGY' }] },
      },
      prune: true,
      counts: {
        'deals-on-stage:0:PREPARATION': 3,
        'deals-on-stage:0:PREPAYMENT_INVOICE': 0,
        'deals-on-stage:0:EXECUTING': 0,
        'deals-on-stage:0:FINAL_INVOICE': 0,
      },
      want: [
        'blocked default/PREPARATION',
        'delete default/PREPAYMENT_INVOICE',
        'delete default/EXECUTING',
        'delete default/FINAL_INVOICE',
      ],
    },
    {
      name: 'a process stage turned into a loss reason is recreated when no deals sit on it',
      dir: { lost: { reasons: [{ code: 'EXECUTING', name: 'Не дозвонились' }] } },
      counts: { 'deals-on-stage:0:EXECUTING': 0 },
      want: ['delete default/EXECUTING', 'create default/EXECUTING'],
    },
    {
      name: '… and refused when deals sit on it',
      dir: { lost: { reasons: [{ code: 'EXECUTING', name: 'Не дозвонились' }] } },
      counts: { 'deals-on-stage:0:EXECUTING': 2 },
      want: ['blocked default/EXECUTING'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const p = planKinds(
        spec(c.dir, c.prune ? { manage: { prune: true } } : {}),
        (c.portal ?? ((x) => x))(new PortalBuilder()),
        { options: { prune: c.prune === true }, counts: c.counts },
      );
      expect(brief(p.changes, 'stage')).toEqual(c.want);
    });
  }

  it('a new pipeline gets its stages and loses the defaults Bitrix24 makes with it', () => {
    const p = planKinds(
      { version: 1, directions: [{ key: 'b2b', name: 'B2B', stages: [{ code: 'NEW', name: 'Новая' }] }] },
      new PortalBuilder(),
    );
    expect(brief(p.changes, 'stage')).toEqual([
      'delete b2b/PREPARATION',
      'delete b2b/PREPAYMENT_INVOICE',
      'delete b2b/EXECUTING',
      'delete b2b/FINAL_INVOICE',
      'delete b2b/APOLOGY',
      'update b2b/NEW',
    ]);
    const d = only(p.changes, 'stage-delete:b2b/APOLOGY', 'delete');
    expect(d.reason).toBe('default-stage');
    expect(en(d.note)).toBe('a default stage Bitrix24 creates with every new pipeline');
  });

  it('the type change note names both types in the plan language', () => {
    const p = planKinds(
      spec({ lost: { reasons: [{ code: 'EXECUTING', name: 'X' }] } }),
      new PortalBuilder(),
      {
        counts: { 'deals-on-stage:0:EXECUTING': 2 },
      },
    );
    const b = only(p.changes, 'stage:default/EXECUTING', 'blocked');
    expect(en(b.note)).toBe(
      'the stage type changes (process → failure); Bitrix24 cannot change it, only delete and create again',
    );
    expect(en(b.reason)).toBe('deals sit on this stage, so it cannot be recreated');
    expect(b.impact).toEqual({ deals: 2 });
  });
});

describe('stages: calls', () => {
  it('moves up first, deletes before adds, adds lowest sort first, all by the typed change alone', () => {
    const p = planKinds(
      spec({ lost: { reasons: [{ code: 'EXECUTING', name: 'X' }] } }),
      new PortalBuilder(),
      {
        counts: { 'deals-on-stage:0:EXECUTING': 0 },
      },
    );
    const calls = stageCalls(ofKind(p.changes, 'stage'));
    expect(calls.map((c) => c.method)).toEqual(['crm.status.delete', 'crm.status.add']);
    expect(calls[1]?.params).toMatchObject({
      fields: { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'EXECUTING', NAME: 'X', SEMANTICS: 'F' },
    });
  });
});
