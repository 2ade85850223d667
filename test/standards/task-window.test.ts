/**
 * Issue #18: the standards that read tasks keep to the tasks the audit reads — every unfinished one,
 * and the finished ones created in the standard's window (docs/bitrix24/data-audit.md#which-tasks-the-audit-reads).
 * Each case sits on an edge: a second inside or outside the window, finished or not, created before the
 * deal was won or lost.
 */
import { describe, expect, it } from 'vitest';
import type { PortalUser } from '../../src/resources/users/read.js';
import { taskInWindow } from '../../src/standards/helpers/data.js';
import { sd04 } from '../../src/standards/sd-04-stage-tasks.js';
import { sd05 } from '../../src/standards/sd-05-task-deadlines.js';
import { sd07 } from '../../src/standards/sd-07-overdue-tasks.js';
import { sd09 } from '../../src/standards/sd-09-nps.js';
import { sd12 } from '../../src/standards/sd-12-loss-review.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { ctx, DAY, data, deal, find, iso, NOW, table, task } from './tester.js';

const SECOND = 1000;
/** 30 days: audit.window_days of the tester's context. */
const WINDOW = 30 * DAY;
const inside = WINDOW - SECOND;
const outside = WINDOW + SECOND;

describe('taskInWindow', () => {
  const since = NOW.getTime() - WINDOW;
  it.each([
    ['unfinished, created long ago', task(1, { status: 3, created: iso(400 * DAY) }), true],
    ['deferred, created long ago', task(1, { status: 6, created: iso(400 * DAY) }), true],
    ['declined, created long ago', task(1, { status: 7, created: iso(400 * DAY) }), true],
    ['done, created a second inside', task(1, { status: 5, created: iso(inside) }), true],
    ['done, created at the window start', task(1, { status: 5, created: iso(WINDOW) }), true],
    ['done, created a second outside', task(1, { status: 5, created: iso(outside) }), false],
    ['supposedly done, created a second outside', task(1, { status: 4, created: iso(outside) }), false],
    ['done, no creation date', task(1, { status: 5, created: null }), false],
  ])('%s: %s', (_name, t, want) => {
    expect(taskInWindow(t, since)).toBe(want);
  });
});

describe('SD-05 counts deal tasks open now or created in its window', () => {
  table(sd05, [
    {
      name: 'a finished deal task without a deadline, created a second outside the window, is not counted',
      ctx: () =>
        ctx({
          state: new PortalBuilder().build(),
          data: data({
            tasks: [
              task(1, { deals: [7] }),
              task(2, { deals: [7], status: 5, deadline: null, created: iso(outside) }),
            ],
          }),
        }),
      has: [{ part: 'data', status: 'pass', messageId: 'dataComplete' }],
    },
    {
      name: 'the same task a second inside the window is counted',
      ctx: () =>
        ctx({
          state: new PortalBuilder().build(),
          data: data({
            tasks: [
              task(1, { deals: [7] }),
              task(2, { deals: [7], status: 5, deadline: null, created: iso(inside) }),
            ],
          }),
        }),
      has: [{ part: 'data', status: 'partial', messageId: 'dataIncomplete', ratio: 0.5 / 0.95 }],
    },
    {
      name: 'an open deal task from years ago is counted',
      ctx: () =>
        ctx({
          state: new PortalBuilder().build(),
          data: data({
            tasks: [task(1, { deals: [7], status: 6, deadline: null, created: iso(900 * DAY) })],
          }),
        }),
      has: [{ part: 'data', status: 'fail', messageId: 'dataIncomplete' }],
    },
    {
      name: 'its own days widen the window',
      ctx: () =>
        ctx({
          thresholds: { 'SD-05': { days: 90 } },
          state: new PortalBuilder().build(),
          data: data({
            tasks: [task(1, { deals: [7], status: 5, deadline: null, created: iso(60 * DAY) })],
          }),
        }),
      has: [{ part: 'data', status: 'fail', messageId: 'dataIncomplete' }],
    },
  ]);

  it('says which tasks it measured, in both languages', () => {
    const f = find(
      sd05.check(
        ctx({ state: new PortalBuilder().build(), data: data({ tasks: [task(1, { deals: [7] })] }) }),
      ),
      'data',
    );
    expect(f.data).toMatchObject({ days: 30 });
    expect(sd05.meta.messages.dataComplete?.en).toContain('open now or created in the last {days} days');
    expect(sd05.meta.messages.dataComplete?.ru).toContain('открытых и созданных за {days} дн.');
  });
});

describe('SD-09 and SD-12 read tasks on deals of their window', () => {
  const withNps = () =>
    new PortalBuilder().field('deal', { fieldName: 'UF_CRM_NPS', type: 'enumeration' }).build();
  const won = deal(1, { stage: 'WON', closed: iso(3 * DAY) });
  const nps = (patch = {}) => task(10, { deals: [1], title: 'Замер NPS', ...patch });
  table(sd09, [
    {
      name: 'an NPS task set on the win and done counts',
      ctx: () =>
        ctx({
          state: withNps(),
          data: data({ wonDeals: [won], tasks: [nps({ status: 5, created: iso(3 * DAY) })] }),
        }),
      has: [{ part: 'data', status: 'pass', messageId: 'dataNps' }],
    },
    {
      name: 'a done NPS task created before the window, on a deal won inside it, does not',
      ctx: () =>
        ctx({
          state: withNps(),
          data: data({ wonDeals: [won], tasks: [nps({ status: 5, created: iso(outside) })] }),
        }),
      has: [{ part: 'data', status: 'fail', messageId: 'dataNoNps' }],
    },
    {
      name: 'an NPS task created before the window and still open does',
      ctx: () =>
        ctx({
          state: withNps(),
          data: data({ wonDeals: [won], tasks: [nps({ status: 2, created: iso(outside) })] }),
        }),
      has: [{ part: 'data', status: 'pass', messageId: 'dataNps' }],
    },
  ]);

  const user = (id: number, dept: number): PortalUser => ({
    id,
    email: `u${id}@example.com`,
    name: `U${id}`,
    lastName: '',
    active: true,
    departmentIds: [dept],
    position: '',
  });
  const org = () => {
    const b = new PortalBuilder();
    b.state.departments = [{ id: 2, name: 'Продажи', sort: 1, parentId: null, headUserId: 2 }];
    b.state.users = [user(2, 2), user(3, 2)];
    return b.build();
  };
  // Lost a day before the window ends; manager 3, whose head is 2.
  const lost = deal(1, { stage: 'LOSE', assigned: 3, closed: iso(WINDOW - DAY) });
  const review = (patch = {}) => task(20, { deals: [1], responsible: 2, ...patch });
  table(sd12, [
    {
      name: 'a review created after the loss and done counts',
      ctx: () =>
        ctx({
          state: org(),
          data: data({ lostDeals: [lost], tasks: [review({ status: 5, created: iso(WINDOW - DAY) })] }),
        }),
      has: [{ part: 'data', status: 'pass', messageId: 'dataReviewed' }],
    },
    {
      name: 'a supervisor’s task done before the window began is not a review of a loss inside it',
      ctx: () =>
        ctx({
          state: org(),
          data: data({ lostDeals: [lost], tasks: [review({ status: 5, created: iso(outside) })] }),
        }),
      has: [{ part: 'data', status: 'fail', messageId: 'dataNotReviewed' }],
    },
    {
      name: 'one created before the window and still open is',
      ctx: () =>
        ctx({
          state: org(),
          data: data({ lostDeals: [lost], tasks: [review({ status: 3, created: iso(outside) })] }),
        }),
      has: [{ part: 'data', status: 'pass', messageId: 'dataReviewed' }],
    },
  ]);
});

describe('SD-04 and SD-07 read unfinished tasks whatever their age', () => {
  table(sd07, [
    {
      name: 'an overdue task from years ago is open and overdue',
      ctx: () =>
        ctx({
          data: data({
            counts: { overdueTasks: 1 },
            tasks: [task(1, { status: 3, created: iso(900 * DAY), deadline: iso(800 * DAY) })],
          }),
        }),
      has: [{ part: 'data', status: 'fail', messageId: 'dataBehind' }],
    },
  ]);
  table(sd04, [
    {
      name: 'an old open task keeps its deal from being stuck',
      ctx: () =>
        ctx({
          state: new PortalBuilder().build(),
          data: data({
            openDeals: [deal(1, { entered: iso(10 * DAY) })],
            tasks: [task(1, { status: 2, created: iso(900 * DAY), deals: [1] })],
          }),
        }),
      has: [{ part: 'data', status: 'pass', messageId: 'dataMoving' }],
    },
  ]);
});
