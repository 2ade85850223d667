/**
 * tasks.task.list filters the way the portal's tasks module does (docs/bitrix24/data-audit.md#tasks-task-list-filters):
 * the audit's two task scans, and what the server does with keys and operators it does not know, dates,
 * arrays and OR groups.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/sandbox/emulator.js';
import type { SbTask } from '../../src/sandbox/state.js';
import { call, emulator, NOW, ok } from './helpers.js';

const DAY = 86_400_000;

function task(id: number, status: number, createdDaysAgo: number, extra: Partial<SbTask> = {}): SbTask {
  return {
    id,
    title: `Задача ${id}`,
    description: '',
    status,
    deadline: null,
    createdDate: NOW - createdDaysAgo * DAY,
    closedDate: status === 5 ? NOW - DAY : null,
    responsibleId: 1,
    createdBy: 1,
    priority: 1,
    groupId: 0,
    ufCrmTask: [],
    accomplices: [],
    auditors: [],
    tags: [],
    ...extra,
  };
}

// Statuses 2 pending, 3 in progress, 4 supposedly done, 5 done, 6 deferred, 7 declined; created 1 to 400
// days ago. The window in the audit's second scan is 30 days.
const TASKS = [
  task(1, 2, 400),
  task(2, 3, 10),
  task(3, 4, 400),
  task(4, 5, 400),
  task(5, 5, 10),
  task(6, 4, 29),
  task(7, 6, 400),
  task(8, 7, 400),
  task(9, 5, 31),
  task(10, 2, 5, { deadline: NOW + DAY }),
];
const SINCE = new Date(NOW - 30 * DAY).toISOString();

let em: Emulator;
beforeAll(() => {
  em = emulator();
  em.state.tasks = TASKS.map((t) => ({ ...t }));
  em.state.settings.utcOffsetMinutes = 180;
});

async function ids(filter: unknown): Promise<number[]> {
  const r = await ok(em, 'tasks.task.list', { filter, select: ['ID'], start: 0 });
  return (r.tasks as Array<{ id: string }>).map((t) => Number(t.id));
}

describe('tasks.task.list filter', () => {
  it.each<[string, unknown, number[]]>([
    // The audit's scans: unfinished tasks, and finished ones created in the window — no task in both.
    [
      '!REAL_STATUS [4, 5]: everything unfinished, deferred and declined included',
      { '!REAL_STATUS': [4, 5] },
      [1, 2, 7, 8, 10],
    ],
    ['REAL_STATUS [4, 5] and >=CREATED_DATE', { REAL_STATUS: [4, 5], '>=CREATED_DATE': SINCE }, [5, 6]],
    ['@REAL_STATUS is IN too', { '@REAL_STATUS': [4, 5] }, [3, 4, 5, 6, 9]],
    ['> with an array of statuses is IN: the operator is dropped', { '>REAL_STATUS': [2, 3] }, [1, 2, 10]],
    ['!= with an array of statuses is IN as well', { '!=REAL_STATUS': [4, 5] }, [3, 4, 5, 6, 9]],
    ['!= with one status compares', { '!=REAL_STATUS': 5 }, [1, 2, 3, 6, 7, 8, 10]],
    ['an array of ids is one condition per id, OR', { ID: [2, 4, 99] }, [2, 4]],
    ['! on ids excludes each', { '!ID': [1, 2, 3] }, [4, 5, 6, 7, 8, 9, 10]],
    // Dates: the controller reads a top-level value with strtotime, to the second.
    [
      'an ISO date with an offset is a moment',
      { '>=CREATED_DATE': new Date(NOW - 10 * DAY).toISOString().replace('Z', '+00:00') },
      [2, 5, 10],
    ],
    [
      'the same moment written in another offset',
      { '>=CREATED_DATE': '2026-01-05T12:00:00+03:00' },
      [2, 5, 10],
    ],
    [
      'a date the controller cannot read is 1970: everything is after it',
      { '>=CREATED_DATE': 'сегодня' },
      TASKS.map((t) => t.id),
    ],
    ['an empty date asks for no date', { DEADLINE: '' }, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    ['! with an empty date asks for one', { '!DEADLINE': '' }, [10]],
    // Keys the builder does not know make no condition, and no error.
    ['a key in lower case is dropped', { real_status: 5 }, TASKS.map((t) => t.id)],
    ['an unknown field is dropped', { NO_SUCH_FIELD: 1, REAL_STATUS: 5 }, [4, 5, 9]],
    [
      '!@ is not an operator: ! of a field named "@REAL_STATUS", dropped',
      { '!@REAL_STATUS': [4, 5] },
      TASKS.map((t) => t.id),
    ],
    ['LOGIC without :: is a field name, dropped', { LOGIC: 'OR', REAL_STATUS: 5, ID: 1 }, []],
    // Groups.
    [
      'an OR sub-filter with a date in the portal format',
      {
        '::SUBFILTER-1': { '::LOGIC': 'OR', '!REAL_STATUS': [4, 5], '>=CREATED_DATE': '16.12.2025 12:00:00' },
      },
      [1, 2, 5, 6, 7, 8, 10],
    ],
    [
      'an OR group that lost a member to an unknown key matches every task',
      { '::SUBFILTER-1': { '::LOGIC': 'OR', REAL_STATUS: 5, NO_SUCH_FIELD: 1 } },
      TASKS.map((t) => t.id),
    ],
    ['numeric keys are sub-filters too', { 0: { REAL_STATUS: 5 }, 1: { '>ID': 4 } }, [5, 9]],
  ])('%s', async (_name, filter, expected) => {
    expect(await ids(filter)).toEqual(expected);
  });

  it('the two scans of the audit together read each unfinished task and each finished one of the window once', async () => {
    const open = await ids({ '!REAL_STATUS': [4, 5] });
    const finished = await ids({ REAL_STATUS: [4, 5], '>=CREATED_DATE': SINCE });
    expect(open.filter((id) => finished.includes(id))).toEqual([]);
    const want = TASKS.filter(
      (t) => (t.status !== 4 && t.status !== 5) || t.createdDate >= Date.parse(SINCE),
    ).map((t) => t.id);
    expect([...open, ...finished].sort((a, b) => a - b)).toEqual(want);
  });

  it.each<[string, unknown, string]>([
    [
      'an ISO date inside a sub-filter',
      { '::SUBFILTER-1': { '>=CREATED_DATE': SINCE } },
      `Incorrect date/time: ${SINCE}`,
    ],
    ['a logic other than AND or OR', { '::LOGIC': 'XOR', REAL_STATUS: 5 }, 'Unknown logic in filter'],
    ['a sub-filter that is not a list', { '::SUBFILTER-1': 5 }, 'Invalid filter value: 5'],
  ])('%s is an error', async (_name, filter, description) => {
    const a = await call(em, 'tasks.task.list', { filter, select: ['ID'] });
    expect(a.status).toBe(400);
    expect(a.body).toMatchObject({ error: '1032', error_description: description });
  });
});
