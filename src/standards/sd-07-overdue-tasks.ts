import { pct } from './helpers/format.js';
import { count, defineStandard, evidence, th, type GatherKit } from './define.js';
import type { Gatherer } from './gather.js';
import { DealList, dealSample, isUnfinishedTask, ms, taskSample } from './helpers/data.js';
import { IdSet } from './helpers/id-set.js';
import { SampleKeeper } from './helpers/sample-keeper.js';
import type { Finding } from './types.js';

/** Unfinished tasks and the overdue ones among them; open deals and those without an open activity. */
interface Backlog {
  unfinished: number;
  overdue: SampleKeeper;
  openDeals: number;
  without: SampleKeeper;
}

function gatherBacklog(k: GatherKit<string>): Gatherer<Backlog> {
  const now = k.ctx.now.getTime();
  let unfinished = 0;
  const overdue = new SampleKeeper();
  const open = new DealList();
  const acts = new IdSet();
  return {
    tasks(t) {
      if (!isUnfinishedTask(t)) return;
      unfinished += 1;
      if (ms(t.deadline) < now) overdue.add(t.id, () => taskSample(k.ctx, t));
    },
    openDeals(d) {
      open.push(d);
    },
    openActivities(a) {
      acts.add(a.owner);
    },
    finish() {
      const without = new SampleKeeper();
      for (let i = 0; i < open.length; i++)
        if (!acts.has(open.ids[i] as number))
          without.add(open.ids[i] as number, () => dealSample(k.ctx, open.at(i)));
      return { unfinished, overdue, openDeals: open.length, without };
    },
  };
}

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
    if (missing || !k.data || !k.gathered) return missing ? [missing] : [];
    const g = k.gathered;
    const overdue = k.data.counts.overdueTasks ?? 0;
    // Open = not done, deferred included, as the portal counts overdue tasks; every overdue task is an
    // open one, so the count is a floor for the open tasks when the scan saw fewer (read a moment
    // apart): no share can pass 100 %.
    const openCount = Math.max(g.unfinished, overdue);
    const without = g.without.count;
    const maxOverdue = k.threshold('max_overdue_share');
    const minPlanned = k.threshold('min_planned_share');
    const scores: number[] = [];
    if (openCount > 0) scores.push(Math.min(1, (1 - overdue / openCount) / (1 - maxOverdue)));
    if (g.openDeals > 0) scores.push(Math.min(1, (1 - without / g.openDeals) / minPlanned));
    const data = {
      overdue,
      openTasks: openCount,
      without,
      openDeals: g.openDeals,
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
        count('openDeals', 'открытых сделок', 'open deals', g.openDeals),
        count(
          'openDealsWithoutOpenActivity',
          'открытых сделок без открытого дела',
          'open deals without an open activity',
          without,
        ),
      ],
      {
        expected: {
          ru: `просрочено не больше ${pct(maxOverdue)}; с делом не меньше ${pct(minPlanned)}`,
          en: `at most ${pct(maxOverdue)} overdue; at least ${pct(minPlanned)} planned`,
        },
        actual: {
          ru: `просрочено ${data.overdueShare}; без дела ${without}`,
          en: `${data.overdueShare} overdue; ${without} without an activity`,
        },
        samples: [
          g.overdue.group({ ru: 'Просроченные задачи', en: 'Overdue tasks' }),
          g.without.group({ ru: 'Открытые сделки без дела', en: 'Open deals without an activity' }),
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
  gatherBacklog,
);
