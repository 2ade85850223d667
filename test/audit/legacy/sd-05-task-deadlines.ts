import type { AuditData } from '../../../src/standards/audit-data.js';
import { text } from '../../../src/core/i18n.js';
import { count, daysThreshold, defineStandard, samples, th } from '../../../src/standards/define.js';
import {
  archiveRobots,
  archiveRuleFinding,
  archiveSpecFinding,
  decides,
  robotSample,
} from '../../../src/standards/helpers/archive.js';
import { taskSample, tasksInWindow } from './data-helpers.js';
import { specTasks } from '../../../src/standards/helpers/spec.js';
import type { Finding } from '../../../src/standards/types.js';
import type { Kit } from '../../../src/standards/define.js';

/**
 * The CRM settings archive: the spec's tasks set up as described (deadline and responsible included);
 * without a spec, every «Create task» robot has a deadline and a responsible.
 */
function archivePart<M extends string>(k: Kit<M>): Finding | undefined {
  const a = k.ctx.crmSettings;
  if (!a) return undefined;
  if (k.spec)
    return archiveSpecFinding(k, {
      pointers: specTasks(k.spec).map((t) => t.pointer),
      what: text('задач', 'tasks'),
      read: 'BIZPROC_MAIN («Create task» robots: DEADLINE, RESPONSIBLE_ID)',
    });
  return archiveRuleFinding(k, {
    items: archiveRobots(a).filter((x) => x.robot.kind === 'create_task'),
    ok: ({ robot: r }) => r.kind === 'create_task' && r.deadline !== null && r.responsible.length > 0,
    rule: text(
      'роботы задач со сроком и ответственным',
      '«Create task» robots with a deadline and a responsible',
    ),
    read: 'BIZPROC_MAIN',
    sample: (x) => robotSample(a, x.at, x.robot, x.i),
  });
}

/**
 * SD-05: every task has a deadline and a responsible (tasks.task.list,
 * docs/bitrix24/data-audit.md#overdue-tasks).
 */
export const sd05 = defineStandard(
  {
    id: 'SD-05',
    slug: 'task-deadlines',
    title: {
      ru: 'У каждой задачи есть срок и ответственный',
      en: 'Every task has a deadline and a responsible',
    },
    rationale: {
      ru: 'Задача без срока не бывает просроченной, а без ответственного её никто не выполнит. Срок, привязанный ко входу на этап, к дате в сделке или к событию, задаёт темп сделки.',
      en: 'A task without a deadline is never late, and one without a responsible is nobody’s job. A deadline tied to entering the stage, to a date in the deal or to an event sets the deal’s pace.',
    },
    how: {
      ru: 'Спецификация: у каждой задачи (этапов, выигрыша, проигрыша) есть deadline и responsible. Данные: доля задач, привязанных к сделкам (UF_CRM_TASK = D_<id>), у которых есть срок и ответственный, среди открытых сейчас (не завершённых, отложенные тоже) и созданных за период days — текущая практика, а не вся история портала; завершённые раньше задачи не читаются.',
      en: 'Spec: every task (stages, win, loss) has a deadline and a responsible. Data: the share of tasks bound to deals (UF_CRM_TASK = D_<id>) with a deadline and a responsible, among those open now (not completed, deferred included) or created in the period (days) — current practice, not the portal’s whole history; tasks finished before that are not read.',
    },
    archive: {
      ru: 'Со спецификацией: её задачи (этапов, выигрыша, проигрыша) есть в архиве с тем же сроком и ответственным. Без спецификации: у каждого включённого робота «Поставить задачу» есть срок и ответственный.',
      en: 'With a spec: its tasks (stages, win, loss) are in the archive with the same deadline and responsible. Without a spec: every «Create task» robot that is switched on has a deadline and a responsible.',
    },
    remediation: {
      ru: 'Задайте deadline и responsible каждой задаче в спецификации и в роботах «Создать задачу»; назначьте сроки задачам из списка.',
      en: 'Give every task a deadline and a responsible in the spec and in the "Create task" robots; set deadlines on the tasks listed.',
    },
    category: 'discipline',
    weight: 3,
    classes: ['M', 'D'],
    thresholds: {
      min_share: th(
        0.95,
        'доля задач по сделкам со сроком и ответственным',
        'share of deal tasks with a deadline and a responsible',
      ),
      days: daysThreshold(
        'по дате создания задачи (открытые задачи — все)',
        'by the task’s creation date (every open task counts)',
      ),
    },
    messages: {
      specComplete: {
        ru: 'У всех задач есть срок и ответственный (проверено: {total}).',
        en: 'All tasks have a deadline and a responsible (checked: {total}).',
      },
      specIncomplete: {
        ru: 'Задач без срока или ответственного: {bad} из {total}.',
        en: '{bad} of {total} tasks lack a deadline or a responsible.',
      },
      specNoTasks: { ru: 'В спецификации нет ни одной задачи.', en: 'The spec has no tasks at all.' },
      dataComplete: {
        ru: 'Задач по сделкам (открытых и созданных за {days} дн.) со сроком и ответственным: {share} ({good} из {total}).',
        en: 'Deal tasks open now or created in the last {days} days with a deadline and a responsible: {share} ({good} of {total}).',
      },
      dataIncomplete: {
        ru: 'Задач по сделкам (открытых и созданных за {days} дн.) со сроком и ответственным {share} ({good} из {total}), нужно {target}; без срока: {noDeadline}.',
        en: 'Deal tasks open now or created in the last {days} days with a deadline and a responsible: {share} ({good} of {total}), {target} needed; without a deadline: {noDeadline}.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    if (k.spec) {
      const f = k.items({
        part: 'spec',
        items: specTasks(k.spec),
        ok: (t) => t.task.deadline !== undefined && t.task.responsible !== undefined,
        pass: 'specComplete',
        partial: 'specIncomplete',
        empty: 'specNoTasks',
        what: text('задач', 'tasks'),
        read: ['spec: task.deadline, task.responsible'],
        pointer: (t) => t.pointer,
      });
      if (f) out.push(f);
    }
    const missing = k.missingData(['tasks']);
    let decided = false;
    if (missing) out.push(missing);
    else if (k.data as AuditData) {
      const dealTasks = tasksInWindow(k.data as AuditData, k.sinceMs()).filter((t) => t.deals.length > 0);
      const noDeadline = dealTasks.filter((t) => t.deadline === null).length;
      const noResponsible = dealTasks.filter((t) => !(t.responsible > 0)).length;
      const bad = dealTasks.filter((t) => t.deadline === null || !(t.responsible > 0));
      const f = k.measure({
        part: 'data',
        good: dealTasks.length - bad.length,
        total: dealTasks.length,
        min: k.threshold('min_share'),
        pass: 'dataComplete',
        partial: 'dataIncomplete',
        what: text('задач по сделкам', 'deal tasks'),
        data: { noDeadline, days: k.days() },
        read: [
          'tasks.task.list {!REAL_STATUS: [4, 5]} + {REAL_STATUS: [4, 5], >=CREATED_DATE} (DEADLINE, RESPONSIBLE_ID, UF_CRM_TASK)',
        ],
        counts: [
          count('dealTasks', 'задач по сделкам', 'deal tasks', dealTasks.length),
          count('withoutDeadline', 'без срока', 'without a deadline', noDeadline),
          count('withoutResponsible', 'без ответственного', 'without a responsible', noResponsible),
        ],
        samples: samples(
          text('Задачи без срока или ответственного', 'Tasks without a deadline or a responsible'),
          bad.map((t) => taskSample(k.ctx, t)),
        ),
      });
      decided = f.status !== 'not-applicable';
      out.push(f);
    }
    const archived = archivePart(k);
    if (archived) out.push(archived);
    out.push(k.manual({ scored: !decided && !decides(archived) }));
    return out;
  },
);
