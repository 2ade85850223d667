import { describe, expect, it } from 'vitest';
import { sd04 } from '../../src/standards/sd-04-stage-tasks.js';
import { sd05 } from '../../src/standards/sd-05-task-deadlines.js';
import { sd07 } from '../../src/standards/sd-07-overdue-tasks.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { attested, ctx, DAY, data, deal, find, iso, spec, table, task } from './tester.js';

const stage = (code: string, withTask: boolean, days = 2) => ({
  code,
  name: code,
  ...(withTask
    ? { task: { title: 'Сделать', responsible: 'deal.responsible', deadline: { days_after_entry: days } } }
    : {}),
});
const portal = () => new PortalBuilder().build();

describe('SD-04 stage tasks', () => {
  const acts = (owner: number) => [
    { id: owner * 10, owner, type: 2, provider: 'VOXIMPLANT_CALL', deadline: null },
  ];
  table(sd04, [
    {
      name: 'a spec whose stages all have tasks passes',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [{ key: 'default', name: 'A', stages: [stage('NEW', true), stage('PAY', true)] }],
          }),
        }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specTasks' }],
    },
    {
      name: 'a stage without a task is partial',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [{ key: 'default', name: 'A', stages: [stage('NEW', true), stage('PAY', false)] }],
          }),
        }),
      has: [{ part: 'spec', status: 'partial', messageId: 'specMissing', ratio: 0.5 }],
    },
    {
      name: 'a spec alone leaves the attestation unscored',
      ctx: () =>
        ctx({ spec: spec({ directions: [{ key: 'default', name: 'A', stages: [stage('NEW', true)] }] }) }),
      has: [{ part: 'manual', status: 'manual-unattested', scored: false }],
      status: 'pass',
    },
    {
      name: 'an old deal with no activity and no task is stuck',
      ctx: () =>
        ctx({
          state: portal(),
          data: data({
            openDeals: [deal(1, { entered: iso(10 * DAY) }), deal(2, { entered: iso(10 * DAY) })],
            openActivities: acts(2),
          }),
        }),
      has: [
        { part: 'data', status: 'partial', messageId: 'dataStuck', ratio: 0.5 / 0.9 },
        { part: 'manual', status: 'manual-unattested', scored: false },
      ],
      status: 'partial',
    },
    {
      name: 'a deal inside its stage deadline is not stuck (default_days)',
      ctx: () => ctx({ state: portal(), data: data({ openDeals: [deal(1, { entered: iso(2 * DAY) })] }) }),
      has: [{ part: 'data', status: 'pass', messageId: 'dataMoving' }],
    },
    {
      name: 'the stage deadline comes from the spec when it gives one',
      ctx: () =>
        ctx({
          state: portal(),
          spec: spec({ directions: [{ key: 'default', name: 'Общее', stages: [stage('NEW', true, 1)] }] }),
          data: data({ openDeals: [deal(1, { stage: 'NEW', entered: iso(2 * DAY) })] }),
        }),
      has: [{ part: 'data', status: 'fail', messageId: 'dataStuck' }],
    },
    {
      name: 'an open task bound to the deal keeps it moving',
      ctx: () =>
        ctx({
          state: portal(),
          data: data({ openDeals: [deal(1)], tasks: [task(5, { deals: [1], status: 3 })] }),
        }),
      has: [{ part: 'data', status: 'pass' }],
    },
    {
      name: 'without open deals the data part is not applicable and the attestation decides',
      ctx: () => ctx({ state: portal(), data: data(), attestations: [attested('SD-04')] }),
      has: [
        { part: 'data', status: 'not-applicable' },
        { part: 'manual', status: 'manual-attested', scored: true },
      ],
      status: 'manual-attested',
    },
    {
      name: 'an attestation past its date counts as expired',
      ctx: () => ctx({ state: portal(), attestations: [attested('SD-04', { expires: '2026-01-01' })] }),
      has: [{ part: 'manual', status: 'manual-expired' }],
      status: 'manual-expired',
    },
    {
      name: 'a family that could not be read is an error part',
      ctx: () =>
        ctx({
          state: portal(),
          data: data({
            errors: { tasks: { method: 'tasks.task.list', code: 'insufficient_scope', description: '' } },
          }),
        }),
      has: [{ part: 'data', status: 'error', messageId: 'dataError' }],
    },
  ]);
});

describe('SD-05 task deadlines', () => {
  table(sd05, [
    {
      name: 'tasks with deadline and responsible pass',
      ctx: () =>
        ctx({ spec: spec({ directions: [{ key: 'default', name: 'A', stages: [stage('NEW', true)] }] }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specComplete' }],
    },
    {
      name: 'a task without a deadline is partial',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [
              {
                key: 'default',
                name: 'A',
                stages: [stage('NEW', true), { code: 'X', name: 'X', task: { title: 't' } }],
              },
            ],
          }),
        }),
      has: [{ part: 'spec', status: 'partial', messageId: 'specIncomplete' }],
    },
    {
      name: 'no tasks at all fails',
      ctx: () =>
        ctx({ spec: spec({ directions: [{ key: 'default', name: 'A', stages: [stage('NEW', false)] }] }) }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specNoTasks' }],
    },
    {
      name: 'deal tasks without a deadline lower the share; free tasks do not count',
      ctx: () =>
        ctx({
          state: portal(),
          data: data({
            tasks: [
              task(1, { deals: [7] }),
              task(2, { deals: [7], deadline: null }),
              task(3, { deadline: null }),
            ],
          }),
        }),
      has: [{ part: 'data', status: 'partial', messageId: 'dataIncomplete', ratio: 0.5 / 0.95 }],
    },
    {
      name: 'all deal tasks complete pass',
      ctx: () => ctx({ state: portal(), data: data({ tasks: [task(1, { deals: [7] })] }) }),
      has: [{ part: 'data', status: 'pass', messageId: 'dataComplete' }],
      status: 'pass',
    },
  ]);

  it('counts tasks without a deadline in the evidence', () => {
    const f = find(
      sd05.check(
        ctx({
          state: portal(),
          data: data({
            tasks: [task(1, { deals: [1], deadline: null }), task(2, { deals: [2], responsible: 0 })],
          }),
        }),
      ),
      'data',
    );
    expect(Object.fromEntries(f.evidence.counts.map((c) => [c.key, c.value]))).toEqual({
      dealTasks: 2,
      withoutDeadline: 1,
      withoutResponsible: 1,
    });
    expect(f.status).toBe('fail');
  });
});

describe('SD-07 overdue tasks', () => {
  const open = (n: number) => Array.from({ length: n }, (_, i) => task(i + 1));
  table(sd07, [
    {
      name: 'a spec alone cannot tell: not applicable',
      ctx: () => ctx({ spec: spec({}) }),
      has: [{ part: 'data', status: 'not-applicable', messageId: 'noData' }],
      status: 'not-applicable',
    },
    {
      name: 'few overdue tasks and planned deals pass',
      ctx: () =>
        ctx({
          state: portal(),
          data: data({
            counts: { overdueTasks: 1 },
            tasks: open(20),
            openDeals: [deal(1)],
            openActivities: [{ id: 1, owner: 1, type: 6, provider: 'CRM_TODO', deadline: null }],
          }),
        }),
      has: [{ part: 'data', status: 'pass', messageId: 'dataOk' }],
    },
    {
      name: 'half the open tasks overdue and no deal planned is partial',
      ctx: () =>
        ctx({
          state: portal(),
          data: data({ counts: { overdueTasks: 10 }, tasks: open(20), openDeals: [deal(1)] }),
        }),
      has: [{ part: 'data', status: 'partial', messageId: 'dataBehind', ratio: (0.5 / 0.9 + 0) / 2 }],
    },
    {
      name: 'nothing open: not applicable',
      ctx: () => ctx({ state: portal(), data: data({ counts: { overdueTasks: 0 } }) }),
      has: [{ part: 'data', status: 'not-applicable', messageId: 'nothingToMeasure' }],
    },
    {
      // A recorded portal: the STATUS -1 total counts deferred tasks (6) whose deadline passed, so
      // "open" must count them too (docs/bitrix24/parity.md#tasks-task-list).
      name: 'deferred overdue tasks count as open: 3 overdue of 4 open, never more than 100 %',
      ctx: () =>
        ctx({
          state: portal(),
          data: data({
            counts: { overdueTasks: 3 },
            tasks: [task(1), task(2, { status: 6 }), task(3, { status: 6 }), task(4), task(5, { status: 5 })],
            openDeals: [deal(1)],
            openActivities: [{ id: 1, owner: 1, type: 6, provider: 'CRM_TODO', deadline: null }],
          }),
        }),
      has: [{ part: 'data', status: 'partial', messageId: 'dataBehind', ratio: (0.25 / 0.9 + 1) / 2 }],
    },
    {
      name: 'a count above what the scan saw is a floor for the open tasks: 100 %, not more',
      ctx: () =>
        ctx({
          state: portal(),
          data: data({ counts: { overdueTasks: 7 }, tasks: [task(1), task(2)], openDeals: [] }),
        }),
      has: [{ part: 'data', status: 'fail', messageId: 'dataBehind' }],
    },
  ]);

  it('says "3 of 4 open (75%)" for the recorded portal with deferred overdue tasks', () => {
    const [f] = sd07.check(
      ctx({
        state: portal(),
        data: data({
          counts: { overdueTasks: 3 },
          tasks: [task(1), task(2, { status: 6 }), task(3, { status: 6 }), task(4), task(5, { status: 5 })],
          openDeals: [],
        }),
      }),
    );
    expect(f?.message.en).toContain('Overdue tasks: 3 of 4 open (75%');
    expect(f?.evidence.counts.find((c) => c.key === 'openTasks')?.value).toBe(4);
  });
});
