import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/sandbox/emulator.js';
import { createVirtualClock } from '../../src/sandbox/clock.js';
import { generatePortal } from '../../src/sandbox/generator.js';
import { isTaskOverdue } from '../../src/sandbox/handlers/audit-data.js';
import { call, NOW, ok, type Json } from './helpers.js';

let em: Emulator;
beforeAll(() => {
  const { state } = generatePortal({ seed: 3, deals: 320, now: NOW, users: 12 });
  em = createEmulator({ state, clock: createVirtualClock(NOW) });
});

interface CursorCase {
  method: string;
  params: (last: number) => Record<string, unknown>;
  rows: (result: Json) => Json[];
  id: (row: Json) => number;
  expected: () => number[];
}

const legacy = (
  method: string,
  expected: () => number[],
  extra: Record<string, unknown> = {},
): CursorCase => ({
  method,
  params: (last) => ({ ...extra, order: { ID: 'ASC' }, filter: { '>ID': last }, start: -1 }),
  rows: (r) => r,
  id: (row) => Number(row.ID),
  expected,
});

const CURSOR_CASES: Array<[string, CursorCase]> = [
  ['crm.deal.list', legacy('crm.deal.list', () => em.state.deals.map((d) => d.id), { select: ['ID'] })],
  [
    'crm.activity.list',
    legacy('crm.activity.list', () => em.state.activities.map((a) => a.id), { select: ['ID'] }),
  ],
  ['user.get', legacy('user.get', () => em.state.users.map((u) => u.id))],
  ['department.get', legacy('department.get', () => em.state.departments.map((d) => d.id))],
  ...[1, 2, 3, 4].map((t): [string, CursorCase] => [
    `crm.item.list entityTypeId ${t}`,
    {
      method: 'crm.item.list',
      params: (last) => ({
        entityTypeId: t,
        select: ['id'],
        order: { id: 'ASC' },
        filter: { '>id': last },
        start: -1,
      }),
      rows: (r) => r.items,
      id: (row) => row.id,
      expected: () =>
        (t === 1
          ? em.state.leads
          : t === 2
            ? em.state.deals
            : t === 3
              ? em.state.contacts
              : em.state.companies
        ).map((x) => x.id),
    },
  ]),
  [
    'tasks.task.list',
    {
      method: 'tasks.task.list',
      params: (last) => ({ select: ['ID'], order: { ID: 'ASC' }, filter: { '>ID': last }, start: -1 }),
      rows: (r) => r.tasks,
      id: (row) => Number(row.id),
      expected: () => em.state.tasks.map((t) => t.id),
    },
  ],
  [
    'crm.stagehistory.list',
    {
      method: 'crm.stagehistory.list',
      params: (last) => ({ entityTypeId: 2, order: { ID: 'ASC' }, filter: { '>ID': last }, start: -1 }),
      rows: (r) => r.items,
      id: (row) => row.ID,
      expected: () => em.state.stageHistory.map((h) => h.id),
    },
  ],
  [
    'voximplant.statistic.get',
    {
      method: 'voximplant.statistic.get',
      params: (last) => ({ SORT: 'ID', ORDER: 'ASC', FILTER: { '>ID': last }, start: -1 }),
      rows: (r) => r,
      id: (row) => Number(row.ID),
      expected: () => em.state.calls.map((c) => c.id),
    },
  ],
];

// docs/bitrix24/paging.md#pages-of-50
describe('paging', () => {
  // docs/bitrix24/paging.md#pages-of-50
  it('list methods return 50 rows with next (the next start) and total; the last page has no next', async () => {
    const first = await call(em, 'crm.deal.list', { select: ['ID'] });
    expect(first.body.result).toHaveLength(50);
    expect(first.body.next).toBe(50);
    expect(first.body.total).toBe(320);
    const last = await call(em, 'crm.deal.list', { select: ['ID'], start: 300 });
    expect(last.body.result).toHaveLength(20);
    expect(last.body.next).toBeUndefined();
    expect(last.body.total).toBe(320);
  });

  // docs/bitrix24/paging.md#no-count
  it('start=-1 disables counting: neither total nor next', async () => {
    const a = await call(em, 'crm.deal.list', { select: ['ID'], start: -1 });
    expect(a.body.result).toHaveLength(50);
    expect(a.body.total).toBeUndefined();
    expect(a.body.next).toBeUndefined();
  });

  it.each(CURSOR_CASES)(
    // docs/bitrix24/paging.md#id-cursor
    'the ID cursor (order ID ASC, >ID, start -1) reads every row of %s',
    async (_name, c) => {
      let last = 0;
      const seen: number[] = [];
      for (let page = 0; page < 100; page++) {
        const a = await call(em, c.method, c.params(last));
        expect(a.status).toBe(200);
        expect(a.body.total).toBeUndefined();
        const rows = c.rows(a.body.result);
        seen.push(...rows.map(c.id));
        if (rows.length < 50) break;
        last = c.id(rows[rows.length - 1]);
      }
      expect(seen).toEqual(c.expected());
    },
  );

  // docs/bitrix24/paging.md#pages-of-50
  it('offset pages of Json list method cover the same rows as the cursor, in order', async () => {
    const ids: number[] = [];
    for (let start = 0; ; start += 50) {
      const a = await call(em, 'crm.item.list', { entityTypeId: 2, select: ['id'], start });
      ids.push(...a.body.result.items.map((i: Json) => i.id));
      if (a.body.next === undefined) break;
      expect(a.body.next).toBe(start + 50);
    }
    expect(ids).toEqual(em.state.deals.map((d) => d.id));
  });
});

// docs/bitrix24/data-audit.md
describe('data lists', () => {
  // docs/bitrix24/data-audit.md#overdue-tasks
  it('tasks.task.list STATUS -1 is the overdue meta status (deadline passed, not completed); result.tasks is camelCase', async () => {
    const a = await call(em, 'tasks.task.list', {
      filter: { STATUS: -1 },
      select: ['ID', 'DEADLINE', 'STATUS', 'RESPONSIBLE_ID'],
      start: 0,
    });
    const expected = em.state.tasks.filter((t) => isTaskOverdue(t, NOW)).length;
    expect(expected).toBeGreaterThan(0);
    expect(a.body.total).toBe(expected);
    const row = a.body.result.tasks[0];
    expect(Object.keys(row)).toEqual(expect.arrayContaining(['id', 'deadline', 'status', 'responsibleId']));
    expect(Date.parse(row.deadline)).toBeLessThan(NOW);
  });

  // docs/bitrix24/data-audit.md#overdue-tasks
  it('the overdue meta status equals {"<DEADLINE": now, "REAL_STATUS": [2, 3]} on this data', async () => {
    const meta = await call(em, 'tasks.task.list', { filter: { STATUS: -1 }, select: ['ID'] });
    const explicit = await call(em, 'tasks.task.list', {
      filter: { '<DEADLINE': new Date(NOW).toISOString(), REAL_STATUS: [2, 3] },
      select: ['ID'],
    });
    expect(explicit.body.total).toBe(meta.body.total);
  });

  // docs/bitrix24/data-audit.md#task-bindings
  it('tasks can be filtered by UF_CRM_TASK like "D_123"', async () => {
    const bound = em.state.tasks.find((t) => t.ufCrmTask.length > 0)!;
    const binding = bound.ufCrmTask[0]!;
    const tasks = (
      await ok(em, 'tasks.task.list', { filter: { UF_CRM_TASK: binding }, select: ['ID', 'UF_CRM_TASK'] })
    ).tasks;
    expect(tasks.length).toBe(em.state.tasks.filter((t) => t.ufCrmTask.includes(binding)).length);
    expect(tasks.every((t: Json) => t.ufCrmTask.includes(binding))).toBe(true);
  });

  // docs/bitrix24/data-audit.md#open-activities
  it('open activities of deals: OWNER_TYPE_ID 2, COMPLETED N; BINDINGS filter; rows are strings', async () => {
    const a = await call(em, 'crm.activity.list', {
      filter: { OWNER_TYPE_ID: 2, COMPLETED: 'N' },
      select: ['ID', 'OWNER_ID', 'DEADLINE', 'RESPONSIBLE_ID', 'PROVIDER_ID'],
    });
    expect(a.body.total).toBe(em.state.activities.filter((x) => x.ownerTypeId === 2 && !x.completed).length);
    expect(typeof a.body.result[0].OWNER_ID).toBe('string');
    const viaBindings = await call(em, 'crm.activity.list', {
      filter: { BINDINGS: [{ OWNER_TYPE_ID: 3 }] },
      select: ['ID'],
    });
    expect(viaBindings.body.total).toBe(em.state.activities.filter((x) => x.ownerTypeId === 3).length);
  });

  // docs/bitrix24/data-audit.md#open-activities
  it('crm.activity.list is ordered by START_TIME by default', async () => {
    const rows = (await ok(em, 'crm.activity.list', { select: ['ID', 'START_TIME'] })) as Array<{
      START_TIME: string;
    }>;
    const times = rows.map((r) => Date.parse(r.START_TIME));
    expect([...times].sort((x, y) => x - y)).toEqual(times);
  });

  // docs/bitrix24/data-audit.md#deal-lists
  it('lost deals by STAGE_SEMANTIC_ID F in crm.deal.list and crm.item.list agree', async () => {
    const legacy = await call(em, 'crm.deal.list', { filter: { STAGE_SEMANTIC_ID: 'F' }, select: ['ID'] });
    const item = await call(em, 'crm.item.list', {
      entityTypeId: 2,
      filter: { stageSemanticId: 'F' },
      select: ['id'],
    });
    expect(legacy.body.total).toBe(item.body.total);
    expect(legacy.body.total).toBeGreaterThan(0);
  });

  // docs/bitrix24/data-audit.md#deal-lists
  it('crm.item.list prints camelCase keys with typed values; crm.deal.list prints strings', async () => {
    const item = (
      await ok(em, 'crm.item.list', {
        entityTypeId: 2,
        select: ['id', 'opportunity', 'assignedById', 'stageId', 'ufCrmNps'],
      })
    ).items[0];
    expect(item).toEqual({
      id: expect.any(Number),
      stageId: expect.any(String),
      opportunity: expect.any(Number),
      assignedById: expect.any(Number),
      ufCrmNps: item.ufCrmNps,
    });
    const deal = (await ok(em, 'crm.deal.list', { select: ['ID', 'OPPORTUNITY', 'ASSIGNED_BY_ID'] }))[0];
    expect(deal).toEqual({
      ID: expect.any(String),
      OPPORTUNITY: expect.stringMatching(/^\d+\.\d{2}$/),
      ASSIGNED_BY_ID: expect.any(String),
    });
  });

  // docs/bitrix24/data-audit.md#stage-history
  it('crm.stagehistory.list returns result.items with TYPE_ID, STAGE_SEMANTIC_ID and numeric ids; filters by date', async () => {
    const since = new Date(NOW - 30 * 86_400_000).toISOString();
    const a = await call(em, 'crm.stagehistory.list', {
      entityTypeId: 2,
      filter: { STAGE_SEMANTIC_ID: 'F', '>=CREATED_TIME': since },
    });
    const expected = em.state.stageHistory.filter(
      (h) => h.stageSemanticId === 'F' && h.createdTime >= NOW - 30 * 86_400_000,
    ).length;
    expect(a.body.total).toBe(expected);
    if (expected > 0)
      expect(a.body.result.items[0]).toMatchObject({
        ID: expect.any(Number),
        TYPE_ID: 3,
        STAGE_SEMANTIC_ID: 'F',
      });
  });

  // docs/bitrix24/telephony-mail-calendar.md#call-recording
  it('voximplant.statistic.get shows recordings through CALL_RECORD_URL and RECORD_FILE_ID', async () => {
    const rows = await ok(em, 'voximplant.statistic.get', { FILTER: { '>CALL_DURATION': 0 } });
    const recorded = rows.find((r: Json) => r.RECORD_FILE_ID !== null);
    expect(typeof recorded.RECORD_FILE_ID).toBe('number');
    expect(recorded.CALL_RECORD_URL).toMatch(/^https:\/\//);
  });
});

describe('crm.item.list movedTime', () => {
  // docs/bitrix24/data-audit.md#deal-lists
  it('deals carry movedTime, the time they entered their current stage', async () => {
    const { state } = generatePortal({ seed: 7, deals: 40, now: Date.UTC(2026, 10, 24) });
    const em = createEmulator({ state });
    const r = await em.handle({
      method: 'crm.item.list',
      params: {
        entityTypeId: 2,
        select: ['id', 'createdTime', 'movedTime', 'stageId'],
        filter: { '>id': 0 },
      },
    });
    const items = (
      r.body as {
        result: { items: Array<{ id: number; createdTime: string; movedTime: string; stageId: string }> };
      }
    ).result.items;
    expect(items.length).toBeGreaterThan(0);
    for (const it of items) {
      const deal = state.deals.find((d) => d.id === it.id)!;
      expect(Date.parse(it.movedTime)).toBe(deal.movedTime ?? deal.dateCreate);
      expect(Date.parse(it.movedTime)).toBeGreaterThanOrEqual(Date.parse(it.createdTime));
    }
  });
});
