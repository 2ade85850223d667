import { describe, expect, it } from 'vitest';
import type { PortalDepartment } from '../../src/resources/departments/read.js';
import { refingerprint } from '../../src/resources/read-state.js';
import { departmentCalls } from '../../src/resources/departments/calls.js';
import { supervisorOf } from '../../src/resources/departments/index.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { portalToSpec } from '../../src/export/to-spec.js';
import { validateSpec } from '../../src/spec/validate.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { brief, en, ofKind, only, planKinds } from './plan-kind.js';

/** Компания (1, head admin) → Отдел продаж (2, head Мария) with managers 3 and 4. */
function portal(patch: (d: PortalDepartment[]) => void = () => {}): PortalBuilder {
  const p = new PortalBuilder();
  p.state.departments.push(
    { id: 1, name: 'Компания', sort: 500, parentId: null, headUserId: 1 },
    { id: 2, name: 'Отдел продаж', sort: 500, parentId: 1, headUserId: 2 },
  );
  patch(p.state.departments);
  p.user(2, 'head@example.com', 'Мария', [2], 'Петрова');
  p.user(3, 'm1@example.com', 'Дмитрий', [2]);
  p.user(4, 'm2@example.com', 'Ольга', [1]);
  return p;
}

const users: Spec['users'] = {
  head: { email: 'head@example.com', name: 'РОП' },
  m1: { email: 'm1@example.com', department: 'Отдел продаж', supervisor: 'head' },
  m2: { email: 'm2@example.com', supervisor: 'head' },
  ghost: { email: 'ghost@example.com' },
};

describe('supervisors as Bitrix24 derives them', () => {
  it.each<[string, number, number | undefined]>([
    ['a manager reports to the head of their department', 3, 2],
    ['the head reports to the head of the parent department', 2, 1],
    ['the company head has nobody above', 1, undefined],
  ])('%s', (_what, user, expected) => {
    const s = portal().build();
    s.users.push({
      id: 1,
      email: 'admin@example.com',
      name: '',
      lastName: '',
      active: true,
      departmentIds: [1],
      position: '',
    });
    expect(supervisorOf(refingerprint(s), user)).toBe(expected);
  });
});

describe('departments: diff', () => {
  const spec = (extra: Partial<Spec> = {}): Spec => ({
    version: 1,
    users,
    departments: [{ name: 'Отдел продаж', head: 'head', parent: 'Компания', members: ['m1', 'm2'] }],
    ...extra,
  });

  it('matches the portal: only audit items that differ (m2 is in another department, reports to the admin)', () => {
    const { changes } = planKinds(spec(), portal());
    expect(changes.filter((c) => c.kind === 'department').map((c) => `${c.op} ${c.key}`)).toEqual([
      'manual department:Отдел продаж#member:m2',
      'manual user:m2#supervisor',
    ]);
    const sup = changes.find((c) => c.key === 'user:m2#supervisor');
    expect(sup?.op === 'manual' && en(sup.summary)).toBe(
      'on the portal m2 (m2@example.com) reports to Admin (admin@example.com), the spec says РОП (head@example.com) (the person is in department “Компания” now)',
    );
  });

  it('a different head is an informational item without --allow-structure-changes …', () => {
    const { changes } = planKinds(
      spec(),
      portal((d) => (d[1]!.headUserId = 3)),
    );
    const head = changes.find((c) => c.key === 'department:Отдел продаж#head');
    expect(head?.op).toBe('manual');
    expect(head?.op === 'manual' && en(head.summary)).toBe(
      'make РОП (head@example.com) head of department “Отдел продаж” (now: Дмитрий (m1@example.com))',
    );
    expect(head?.op === 'manual' && en(head.reason)).toContain('--allow-structure-changes');
    expect(brief(changes, 'department')).toEqual([]);
  });

  it('… and department.update {ID, UF_HEAD} with it', () => {
    const { changes } = planKinds(
      spec(),
      portal((d) => (d[1]!.headUserId = 3)),
      {
        options: { allowStructureChanges: true },
      },
    );
    const u = only(changes, 'department:Отдел продаж', 'update');
    expect(u.diffs).toEqual([{ field: 'UF_HEAD', before: 3, after: 2 }]);
    expect(departmentCalls(ofKind(changes, 'department')).map((c) => [c.method, c.params])).toEqual([
      ['department.update', { ID: 2, UF_HEAD: 2 }],
    ]);
    // The supervisor audit of m1 is settled by the head being written.
    expect(changes.some((c) => c.key === 'user:m1#supervisor')).toBe(false);
  });

  it('a head the portal does not know blocks the write (with the flag) and is an item to check (without)', () => {
    const s = spec({ departments: [{ name: 'Отдел продаж', head: 'ghost' }] });
    const blocked = only(
      planKinds(s, portal(), { options: { allowStructureChanges: true } }).changes,
      'department:Отдел продаж',
      'blocked',
    );
    expect(en(blocked.reason)).toContain('ghost (ghost@example.com)');
    expect(planKinds(s, portal()).changes.find((c) => c.key === 'department:Отдел продаж#head')?.op).toBe(
      'manual',
    );
  });

  it('a missing department: created with the flag (child after its new parent), an item without', () => {
    const s = spec({
      departments: [
        { name: 'B2C', parent: 'Продажи', head: 'head' },
        { name: 'Продажи', head: 'head' },
      ],
    });
    const without = planKinds(s, portal()).changes.filter(
      (c) => c.kind === 'department' && c.key.startsWith('department:'),
    );
    expect(without.map((c) => `${c.op} ${c.key}`)).toEqual([
      'manual department:Продажи',
      'manual department:B2C',
    ]);
    const { changes } = planKinds(s, portal(), { options: { allowStructureChanges: true } });
    expect(brief(changes, 'department')).toEqual(['create Продажи', 'create B2C']);
    const [parent, child] = departmentCalls(ofKind(changes, 'department'));
    expect([parent?.method, parent?.params, parent?.refs]).toEqual([
      'department.add',
      { NAME: 'Продажи', PARENT: 1, UF_HEAD: 2 },
      [],
    ]);
    expect(child?.params).toEqual({ NAME: 'B2C', PARENT: `$result[${parent!.key}]`, UF_HEAD: 2 });
    expect(child?.refs).toEqual([parent!.key]);
  });

  it('nothing is read or written when neither departments nor supervisors are in the spec', () => {
    expect(planKinds({ version: 1 }, portal()).changes.filter((c) => c.kind === 'department')).toEqual([]);
  });

  it('an unreadable structure becomes one item to check by hand', () => {
    const p = portal();
    p.state.unreadable.departments = 'insufficient_scope';
    const items = planKinds(spec(), p).changes.filter((c) => c.kind === 'department');
    expect(items.map((c) => c.op)).toEqual(['manual']);
    expect(items[0]?.op === 'manual' && en(items[0].reason)).toContain('insufficient_scope');
  });
});

describe('departments: one name under several parents, a parent the portal does not show', () => {
  /** Отдел продаж → Север, Юг, each with its Продажи (ids 12, 13); Группа under the second; Казань under #9000. */
  const tangled = () =>
    portal((d) =>
      d.push(
        { id: 10, name: 'Север', sort: 500, parentId: 2, headUserId: null },
        { id: 11, name: 'Юг', sort: 500, parentId: 2, headUserId: null },
        { id: 12, name: 'Продажи', sort: 500, parentId: 10, headUserId: null },
        { id: 13, name: 'Продажи', sort: 500, parentId: 11, headUserId: 3 },
        { id: 14, name: 'Группа', sort: 500, parentId: 13, headUserId: null },
        { id: 15, name: 'Казань', sort: 500, parentId: 9000, headUserId: null },
      ),
    );

  it('export writes each name once, its first by id, and says what it left out', () => {
    const state = tangled().build();
    const r = portalToSpec(state, { sections: ['departments'] });
    expect(r.spec.departments?.map((d) => [d.name, d.parent ?? null])).toEqual([
      ['Компания', null],
      ['Отдел продаж', 'Компания'],
      ['Север', 'Отдел продаж'],
      ['Юг', 'Отдел продаж'],
      ['Продажи', 'Север'],
      ['Группа', null],
      ['Казань', null],
    ]);
    expect(r.notes.map((n) => en(n))).toEqual([
      'department “Продажи” under “Юг” is not exported: the spec already has a department of that name, and it tells departments apart by name',
      'department “Группа” is exported without its parent: its parent “Продажи” is not exported (the name is taken)',
      'department “Казань” is exported without its parent: the portal did not show its parent (#9000)',
    ]);
    expect(validateSpec(r.spec).errors).toEqual([]);
    expect(planKinds(r.spec, tangled(), { options: { allowStructureChanges: true } }).changes).toEqual([]);
  });

  it('a spec department of a repeated name is the one under the spec’s parent', () => {
    const spec: Spec = {
      version: 1,
      users: { m1: { email: 'm1@example.com' } },
      departments: [{ name: 'Продажи', parent: 'Юг', head: 'm1' }],
    };
    // Продажи under Юг (13) has m1 as head already; the one under Север (12) has none.
    expect(planKinds(spec, tangled(), { options: { allowStructureChanges: true } }).changes).toEqual([]);
  });

  it('a member of either department of a name is a member of that name', () => {
    const spec: Spec = {
      version: 1,
      users: { m1: { email: 'm1@example.com' } },
      departments: [{ name: 'Продажи', members: ['m1'] }],
    };
    const p = tangled();
    p.state.users.find((u) => u.id === 3)?.departmentIds.push(13);
    expect(planKinds(spec, p).changes).toEqual([]);
  });
});
