import type { AuditData } from '../../../src/standards/audit-data.js';
import { pct } from '../../../src/standards/helpers/format.js';
import { count, defineStandard, evidence, samples, th } from '../../../src/standards/define.js';
import { dealSample, isUnfinishedTask, ms, openActivityDeals, taskSample } from './data-helpers.js';
import type { Finding } from '../../../src/standards/types.js';

/** SD-07: overdue tasks get a new date and a reason; on data, few overdue tasks and no deal without a next step. */
export const sd07 = defineStandard(
  {
    id: 'SD-07',
    slug: 'overdue-tasks',
    title: {
      ru: 'Просроченные задачи переносятся с причиной',
      en: 'Overdue tasks are rescheduled with a reason',
    },
    rationale: {
      ru: 'Утром и вечером руководитель смотрит на просрочки: каждая задача либо сделана, либо получила новый срок и комментарий с причиной. Сделка без запланированного дела — такой же сигнал: по ней никто ничего не собирается делать.',
      en: 'Morning and evening the head looks at what is overdue: every task is either done or has a new date and a comment with the reason. A deal with no planned activity is the same alarm: nobody intends to do anything about it.',
    },
    how: {
      ru: 'Только по данным: число просроченных задач (tasks.task.list STATUS = -1) против открытых — всех незавершённых (tasks.task.list !REAL_STATUS = [4, 5]), отложенные тоже, ведь портал считает просроченными и их; завершённые задачи не читаются; и доля открытых сделок без открытого дела (открытые сделки минус владельцы открытых дел — в REST нет такого фильтра).',
      en: 'Data only: overdue tasks (tasks.task.list STATUS = -1) against open tasks — every unfinished one (tasks.task.list !REAL_STATUS = [4, 5]), deferred included, since the portal counts those as overdue too; finished tasks are not read; and the share of open deals with no open activity (open deals minus the owners of open activities: REST has no such filter).',
    },
    remediation: {
      ru: 'Разберите просроченные задачи: новый срок и комментарий с причиной; по каждой сделке без дела запланируйте следующий шаг.',
      en: 'Go through the overdue tasks: a new date and a comment with the reason; plan the next step for every deal without an activity.',
    },
    category: 'discipline',
    weight: 2,
    classes: ['D'],
    thresholds: {
      max_overdue_share: th(
        0.1,
        'наибольшая доля просроченных среди открытых задач',
        'largest share of overdue tasks among open ones',
      ),
      min_planned_share: th(
        0.8,
        'доля открытых сделок с открытым делом',
        'share of open deals with an open activity',
      ),
    },
    messages: {
      dataOk: {
        ru: 'Просрочено задач: {overdue} из {openTasks} открытых; открытых сделок без дела: {without} из {openDeals}.',
        en: 'Overdue tasks: {overdue} of {openTasks} open; open deals without an activity: {without} of {openDeals}.',
      },
      dataBehind: {
        ru: 'Просрочено задач: {overdue} из {openTasks} открытых ({overdueShare}, допустимо {maxOverdue}); открытых сделок без дела: {without} из {openDeals} (с делом нужно {minPlanned}).',
        en: 'Overdue tasks: {overdue} of {openTasks} open ({overdueShare}, {maxOverdue} allowed); open deals without an activity: {without} of {openDeals} ({minPlanned} need one).',
      },
    },
  },
  (k) => {
    const missing = k.missingData(['overdue', 'tasks', 'openDeals', 'openActivities']);
    if (missing || !(k.data as AuditData)) return missing ? [missing] : [];
    const now = k.ctx.now.getTime();
    const overdue = (k.data as AuditData).counts.overdueTasks ?? 0;
    // Open = not done, deferred included, as the portal counts overdue tasks; every overdue task is an
    // open one, so the count is a floor for the open tasks when the scan saw fewer (read a moment
    // apart): no share can pass 100 %.
    const unfinished = (k.data as AuditData).tasks.filter(isUnfinishedTask);
    const openCount = Math.max(unfinished.length, overdue);
    const acts = openActivityDeals(k.data as AuditData);
    const without = (k.data as AuditData).openDeals.filter((d) => !acts.has(d.id));
    const maxOverdue = k.threshold('max_overdue_share');
    const minPlanned = k.threshold('min_planned_share');
    const scores: number[] = [];
    if (openCount > 0) scores.push(Math.min(1, (1 - overdue / openCount) / (1 - maxOverdue)));
    if ((k.data as AuditData).openDeals.length > 0)
      scores.push(Math.min(1, (1 - without.length / (k.data as AuditData).openDeals.length) / minPlanned));
    const data = {
      overdue,
      openTasks: openCount,
      without: without.length,
      openDeals: (k.data as AuditData).openDeals.length,
      overdueShare: pct(openCount > 0 ? overdue / openCount : 0),
      maxOverdue: pct(maxOverdue),
      minPlanned: pct(minPlanned),
    };
    const ev = evidence(
      [
        'tasks.task.list {STATUS: -1} total',
        'tasks.task.list {!REAL_STATUS: [4, 5]}',
        'crm.item.list {stageSemanticId: P}',
        'crm.activity.list {OWNER_TYPE_ID: 2, COMPLETED: N}',
      ],
      [
        count('overdueTasks', 'просроченных задач', 'overdue tasks', overdue),
        count('openTasks', 'открытых задач', 'open tasks', openCount),
        count('openDeals', 'открытых сделок', 'open deals', (k.data as AuditData).openDeals.length),
        count(
          'openDealsWithoutOpenActivity',
          'открытых сделок без открытого дела',
          'open deals without an open activity',
          without.length,
        ),
      ],
      {
        expected: {
          ru: `просрочено не больше ${pct(maxOverdue)}; с делом не меньше ${pct(minPlanned)}`,
          en: `at most ${pct(maxOverdue)} overdue; at least ${pct(minPlanned)} planned`,
        },
        actual: {
          ru: `просрочено ${data.overdueShare}; без дела ${without.length}`,
          en: `${data.overdueShare} overdue; ${without.length} without an activity`,
        },
        samples: [
          samples(
            { ru: 'Просроченные задачи', en: 'Overdue tasks' },
            unfinished.filter((t) => ms(t.deadline) < now).map((t) => taskSample(k.ctx, t)),
          ),
          samples(
            { ru: 'Открытые сделки без дела', en: 'Open deals without an activity' },
            without.map((d) => dealSample(k.ctx, d)),
          ),
        ],
      },
    );
    if (scores.length === 0)
      return [
        k.finding(
          'data',
          'not-applicable',
          'nothingToMeasure',
          { what: { ru: 'открытых задач и сделок', en: 'open tasks and deals' } },
          ev,
        ),
      ];
    const ratio = scores.reduce((a, b) => a + b, 0) / scores.length;
    const f: Finding =
      ratio >= 1
        ? k.finding('data', 'pass', 'dataOk', data, ev)
        : k.finding(
            'data',
            ratio <= 0 ? 'fail' : 'partial',
            'dataBehind',
            data,
            ev,
            ratio > 0 ? { ratio } : {},
          );
    return [f];
  },
);
