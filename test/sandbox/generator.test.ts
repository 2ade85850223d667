import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../../src/sandbox/clock.js';
import { createEmulator, type Emulator } from '../../src/sandbox/emulator.js';
import { generatePortal } from '../../src/sandbox/generator.js';
import { call, NOW, type Json } from './helpers.js';

const DAY = 86_400_000;

async function total(em: Emulator, method: string, params: Record<string, unknown>): Promise<number> {
  const a = await call(em, method, { ...params, start: 0 });
  expect(a.status, JSON.stringify(a.body)).toBe(200);
  return a.body.total as number;
}

/** Reads every row with the ID cursor, as the auditor does. */
async function scan(
  em: Emulator,
  method: string,
  params: Record<string, unknown>,
  rowsOf: (r: Json) => Json[],
  idKey: string,
): Promise<Json[]> {
  const out: Json[] = [];
  let last = 0;
  for (;;) {
    const filter = { ...(params.filter as Record<string, unknown>), [`>${idKey}`]: last };
    const a = await call(em, method, { ...params, filter, order: { [idKey]: 'ASC' }, start: -1 });
    const rows = rowsOf(a.body.result);
    out.push(...rows);
    if (rows.length < 50) return out;
    last = Number(rows[rows.length - 1][idKey === 'ID' ? 'ID' : 'id']);
  }
}

describe('generatePortal', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generatePortal({ seed: 5, deals: 400, now: NOW });
    const b = generatePortal({ seed: 5, deals: 400, now: NOW });
    const c = generatePortal({ seed: 6, deals: 400, now: NOW });
    expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state));
    expect(a.truth).toEqual(b.truth);
    expect(JSON.stringify(c.state.deals)).not.toBe(JSON.stringify(a.state.deals));
  });

  it('builds the requested shape: pipelines with process/won/loss stages, deals in every outcome, a repeat pipeline', () => {
    const { state, truth } = generatePortal({
      seed: 2,
      deals: 2000,
      pipelines: 4,
      stagesPerPipeline: 6,
      users: 30,
      now: NOW,
    });
    expect(state.pipelines).toHaveLength(3);
    expect(state.pipelines.at(-1)?.name).toBe('Повторные продажи');
    const stagesOf = (e: string) => state.statuses.filter((s) => s.entityId === e);
    expect(stagesOf('DEAL_STAGE_1').map((s) => s.semantics)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      'S',
      'F',
      'F',
      'F',
    ]);
    expect(truth.deals).toBe(2000);
    expect(truth.openDeals + truth.wonDeals + truth.lostDeals).toBe(2000);
    expect(truth.lostInGenericLose).toBeGreaterThan(0);
    expect(truth.lostInGenericLose).toBeLessThan(truth.lostDeals);
    expect(truth.openDealsWithoutOpenActivity).toBeGreaterThan(0);
    expect(truth.openDealsWithoutOpenActivity).toBeLessThan(truth.openDeals);
    expect(truth.overdueTasks).toBeGreaterThan(0);
    expect(truth.dealTasksWithoutDeadline).toBeGreaterThan(0);
    expect(truth.wonLast30DaysWithNps).toBeGreaterThan(0);
    expect(truth.wonFollowedByRepeatDeal).toBeGreaterThan(0);
    expect(truth.callsWithRecording).toBeLessThan(truth.calls);
    expect(truth.usersWithoutSupervisor).toBeGreaterThan(0);
    expect(state.users).toHaveLength(30);
  });

  it('its truth is exactly what an auditor finds through the REST API', async () => {
    const { state, truth } = generatePortal({ seed: 11, deals: 1500, now: NOW });
    const em = createEmulator({ state, clock: createVirtualClock(NOW) });

    expect(
      await total(em, 'crm.item.list', { entityTypeId: 2, filter: { stageSemanticId: 'P' }, select: ['id'] }),
    ).toBe(truth.openDeals);
    expect(await total(em, 'crm.deal.list', { filter: { STAGE_SEMANTIC_ID: 'S' }, select: ['ID'] })).toBe(
      truth.wonDeals,
    );
    expect(await total(em, 'crm.deal.list', { filter: { STAGE_SEMANTIC_ID: 'F' }, select: ['ID'] })).toBe(
      truth.lostDeals,
    );
    const loseStages = ['LOSE', ...state.pipelines.map((p) => `C${p.id}:LOSE`)];
    expect(await total(em, 'crm.deal.list', { filter: { '@STAGE_ID': loseStages }, select: ['ID'] })).toBe(
      truth.lostInGenericLose,
    );

    const since = new Date(NOW - 30 * DAY).toISOString();
    expect(
      await total(em, 'crm.item.list', {
        entityTypeId: 2,
        filter: { stageSemanticId: 'S', '>=closedate': since, '<=closedate': new Date(NOW).toISOString() },
        select: ['id'],
      }),
    ).toBe(truth.wonLast30Days);

    const open = await scan(
      em,
      'crm.item.list',
      { entityTypeId: 2, filter: { stageSemanticId: 'P' }, select: ['id'] },
      (r) => r.items,
      'id',
    );
    const openActivities = await scan(
      em,
      'crm.activity.list',
      { filter: { OWNER_TYPE_ID: 2, COMPLETED: 'N' }, select: ['ID', 'OWNER_ID'] },
      (r) => r,
      'ID',
    );
    const withActivity = new Set(openActivities.map((a) => Number(a.OWNER_ID)));
    expect(open.filter((d) => !withActivity.has(d.id))).toHaveLength(truth.openDealsWithoutOpenActivity);

    expect(await total(em, 'tasks.task.list', { filter: { STATUS: -1 }, select: ['ID'] })).toBe(
      truth.overdueTasks,
    );
    expect(
      await total(em, 'tasks.task.list', { filter: { '%UF_CRM_TASK': 'D_', DEADLINE: '' }, select: ['ID'] }),
    ).toBe(truth.dealTasksWithoutDeadline);

    expect(await total(em, 'voximplant.statistic.get', {})).toBe(truth.calls);
    expect(await total(em, 'voximplant.statistic.get', { FILTER: { '!RECORD_FILE_ID': '' } })).toBe(
      truth.callsWithRecording,
    );
    expect(
      await total(em, 'crm.item.list', { entityTypeId: 3, filter: { '!=typeId': '' }, select: ['id'] }),
    ).toBe(truth.contactsWithType);

    // Supervisors from department.get + user.get (docs/bitrix24/company-structure.md#supervisor-rule), then
    // deals per responsible.
    const departments = await scan(em, 'department.get', {}, (r) => r, 'ID');
    const users = await scan(em, 'user.get', { filter: { ACTIVE: true } }, (r) => r, 'ID');
    const byId = new Map(departments.map((d) => [Number(d.ID), d]));
    const unsupervised = users
      .filter((u) => {
        for (const start of u.UF_DEPARTMENT as number[]) {
          for (let d = byId.get(start); d; d = d.PARENT ? byId.get(Number(d.PARENT)) : undefined) {
            if (d.UF_HEAD !== undefined && d.UF_HEAD !== u.ID) return false;
          }
        }
        return true;
      })
      .map((u) => Number(u.ID));
    expect(unsupervised).toHaveLength(truth.usersWithoutSupervisor);
    expect(
      await total(em, 'crm.item.list', {
        entityTypeId: 2,
        filter: { '@assignedById': unsupervised },
        select: ['id'],
      }),
    ).toBe(truth.dealsWhoseResponsibleHasNoSupervisor);
  });

  it('serves a generated portal with 100 000 deals with the exact paging contract', async () => {
    const t0 = performance.now();
    const { state, truth } = generatePortal({ seed: 1, deals: 100_000, now: NOW });
    const generatedMs = performance.now() - t0;
    const em = createEmulator({ state, clock: createVirtualClock(NOW) });
    expect(truth.deals).toBe(100_000);

    const first = await call(em, 'crm.deal.list', { select: ['ID'], start: 0 });
    expect([first.body.result.length, first.body.next, first.body.total]).toEqual([50, 50, 100_000]);
    const last = await call(em, 'crm.deal.list', { select: ['ID'], start: 99_950 });
    expect([last.body.result.length, last.body.next, last.body.total]).toEqual([50, undefined, 100_000]);
    const beyond = await call(em, 'crm.deal.list', { select: ['ID'], start: 100_000 });
    expect([beyond.body.result.length, beyond.body.next]).toEqual([0, undefined]);

    const t1 = performance.now();
    let lastId = 0;
    let rows = 0;
    let requests = 0;
    for (;;) {
      const a = await call(em, 'crm.item.list', {
        entityTypeId: 2,
        select: ['id'],
        order: { id: 'ASC' },
        filter: { '>id': lastId },
        start: -1,
      });
      requests++;
      const items = a.body.result.items as Array<{ id: number }>;
      expect(a.body.total).toBeUndefined();
      rows += items.length;
      if (items.length < 50) break;
      lastId = items[items.length - 1]!.id;
    }
    expect(rows).toBe(100_000);
    expect(requests).toBe(2001);
    // Timing is reported, never asserted (project rule).
    console.info(
      `generated 100 000 deals in ${generatedMs.toFixed(0)} ms; cursor scan: ${requests} requests in ${(performance.now() - t1).toFixed(0)} ms`,
    );
  }, 60_000);
});
