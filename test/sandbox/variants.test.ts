/**
 * Shapes of live portals the sandbox can produce on request (docs/bitrix24/parity.md#variants), and
 * user.get read as the server reads it (#user-get).
 */
import { describe, expect, it } from 'vitest';
import { seededState } from '../../src/sandbox/host.js';
import { createVirtualClock } from '../../src/sandbox/clock.js';
import { createEmulator } from '../../src/sandbox/emulator.js';
import { freshPortalState } from '../../src/sandbox/seeds.js';
import type { SandboxVariant } from '../../src/sandbox/state.js';
import { applyVariants } from '../../src/sandbox/variants.js';
import { call, emulator, NOW, ok, type Json } from './helpers.js';

function withVariants(...variants: SandboxVariant[]) {
  const state = freshPortalState();
  applyVariants(state, variants, NOW);
  return createEmulator({ state, clock: createVirtualClock(NOW) });
}

describe('real-answer variants (parity.md#variants)', () => {
  it('userfield-list-keyed: crm.*.userfield.list answers an object keyed by position', async () => {
    const em = withVariants('userfield-list-keyed');
    await ok(em, 'crm.deal.userfield.add', { fields: { FIELD_NAME: 'A', USER_TYPE_ID: 'string' } });
    await ok(em, 'crm.deal.userfield.add', { fields: { FIELD_NAME: 'B', USER_TYPE_ID: 'string' } });
    const a = await call(em, 'crm.deal.userfield.list', {});
    expect(Object.keys(a.body.result)).toEqual(['0', '1']);
    expect(a.body.result['1'].FIELD_NAME).toBe('UF_CRM_B');
    expect(a.body.total).toBe(2);
  });

  it('user-sparse-names: user.get leaves out the empty name keys of an invited user', async () => {
    const em = withVariants('user-sparse-names');
    const users = (await ok(em, 'user.get', {})) as Json[];
    const invited = users.find((u) => u.EMAIL === 'invited@example.com');
    expect(invited).toBeDefined();
    for (const key of ['NAME', 'LAST_NAME', 'SECOND_NAME', 'WORK_POSITION'])
      expect(invited).not.toHaveProperty(key);
    expect(users[0]).toHaveProperty('NAME');
  });

  it('lead-status-rest-shape: lead statuses carry CATEGORY_ID "0" and SEMANTICS ""', async () => {
    const em = withVariants('lead-status-rest-shape');
    const rows = (await ok(em, 'crm.status.list', { filter: { ENTITY_ID: 'STATUS' } })) as Json[];
    expect(rows.find((r) => r.STATUS_ID === 'NEW')).toMatchObject({ CATEGORY_ID: '0', SEMANTICS: '' });
    expect(rows.find((r) => r.STATUS_ID === 'CONVERTED')).toMatchObject({ CATEGORY_ID: '0', SEMANTICS: 'S' });
  });

  it('default-pipeline-sort-100: the default pipeline sits at sort 100', async () => {
    const em = withVariants('default-pipeline-sort-100');
    const list = await ok(em, 'crm.category.list', { entityTypeId: 2 });
    expect(list.categories[0]).toMatchObject({ id: 0, sort: 100, isDefault: 'Y' });
  });

  it('departments-tangled: the same name under two parents, and a parent that is not in the answer', async () => {
    const em = withVariants('departments-tangled');
    const rows = (await ok(em, 'department.get', {})) as Json[];
    const sales = rows.filter((d) => d.NAME === 'Продажи');
    expect(sales).toHaveLength(2);
    expect(new Set(sales.map((d) => d.PARENT)).size).toBe(2);
    const ids = new Set(rows.map((d) => d.ID));
    const orphan = rows.find((d) => d.NAME === 'Филиал в Казани');
    expect(ids.has(orphan.PARENT)).toBe(false);
  });

  it('tasks-substatus: a deferred task past its deadline is overdue (STATUS -1, subStatus -1); one due today is -3', async () => {
    const em = withVariants('tasks-substatus');
    const list = await ok(em, 'tasks.task.list', {
      select: ['ID', 'TITLE', 'STATUS', 'SUB_STATUS', 'DEADLINE'],
    });
    const byTitle = new Map((list.tasks as Json[]).map((t) => [t.title, t]));
    expect(byTitle.get('Отложенная задача с прошедшим сроком')).toMatchObject({
      status: '6',
      subStatus: '-1',
    });
    expect(byTitle.get('Отложенная задача без срока')).toMatchObject({ status: '6', subStatus: '6' });
    expect(byTitle.get('Срок истекает сегодня')).toMatchObject({ status: '3', subStatus: '-3' });
    expect(byTitle.get('Завершённая задача')).toMatchObject({ status: '5', subStatus: '5' });
    const overdue = await call(em, 'tasks.task.list', { filter: { STATUS: -1 }, select: ['ID'] });
    expect(overdue.body.total).toBe(2);
    // STATUS filters by the meta status: the task due today is not found as "in progress" (3).
    const inProgress = await ok(em, 'tasks.task.list', { filter: { STATUS: 3 }, select: ['ID', 'TITLE'] });
    expect((inProgress.tasks as Json[]).map((t) => t.title)).not.toContain('Срок истекает сегодня');
  });

  it('more-stage-lists: crm.status.list returns old-invoice and smart-process stages too', async () => {
    const em = withVariants('more-stage-lists');
    const entities = new Set(((await ok(em, 'crm.status.list')) as Json[]).map((r) => r.ENTITY_ID));
    expect(entities).toContain('INVOICE_STATUS');
    expect(entities).toContain('DYNAMIC_1032_STAGE_5');
    const types = ((await ok(em, 'crm.status.entity.types')) as Json[]).map((t) => t.ID);
    expect(types.at(-1)).toBe('DYNAMIC_1032_STAGE_5');
  });

  it('the real-shapes seed turns every variant on', () => {
    const { state } = seededState({ seed: 'real-shapes' }, NOW);
    expect(state.settings.variants).toHaveLength(7);
    expect(state.settings.defaultPipelineSort).toBe(100);
  });
});

describe('user.get (parity.md#user-get)', () => {
  it('FILTER replaces the top-level keys; ACTIVE is PHP-truthy; sort needs an order', async () => {
    const em = emulator();
    em.state.users[4]!.active = false;
    const ids = async (p: Record<string, unknown>) =>
      ((await ok(em, 'user.get', p)) as Json[]).map((u) => u.ID);
    expect(await ids({ FILTER: { ID: 2 }, ID: 3 })).toEqual(['2']);
    expect(await ids({ ACTIVE: 'false' })).toEqual(['1', '2', '3', '4']);
    expect(await ids({ ACTIVE: 'N' })).toEqual(['5']);
    expect(await ids({ sort: 'ID' })).toEqual(['1', '2', '3', '4', '5']);
    expect(await ids({ sort: 'ID', order: 'DESC' })).toEqual(['5', '4', '3', '2', '1']);
  });

  it('an empty answer has no total; start is an exact offset', async () => {
    const em = emulator();
    const none = await call(em, 'user.get', { ID: 404 });
    expect(none.body.result).toEqual([]);
    expect(none.body).not.toHaveProperty('total');
    const from3 = await call(em, 'user.get', { start: 3 });
    expect(from3.body.result.map((u: Json) => u.ID)).toEqual(['4', '5']);
  });
});
