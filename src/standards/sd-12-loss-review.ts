import { count, defineStandard, evidence, samples } from './define.js';
import { closedSince, dealSample, tasksByDeal } from './helpers/data.js';
import { supervisorOf } from './helpers/portal.js';
import { roleUserId, specDirections } from './helpers/spec.js';
import type { Finding } from './types.js';

/** SD-12: a loss sends the supervisor a task to review the reason (a robot on the failure stages: manual). */
export const sd12 = defineStandard(
  {
    id: 'SD-12',
    slug: 'loss-review',
    title: { ru: 'Отказ проверяет руководитель', en: 'The supervisor reviews every loss' },
    rationale: {
      ru: 'Не каждая проигранная сделка проиграна на самом деле. Руководитель смотрит историю задач, звонки, переписку и предложения и решает: принять отказ, вернуть сделку в работу или передать другому менеджеру.',
      en: 'Not every lost deal is really lost. The supervisor reviews the task history, calls, messages and proposals and decides: accept the loss, reopen the deal or hand it to another manager.',
    },
    how: {
      ru: 'Спецификация: у каждого направления есть lost.supervisor_task с ответственным-руководителем (роль или deal.responsible.head). Данные: доля проигранных за период сделок, у которых есть задача на руководителя ответственного (по структуре компании) или на роль из спецификации.',
      en: 'Spec: every direction has lost.supervisor_task whose responsible is a supervisor (a role or deal.responsible.head). Data: the share of deals lost in the period with a task for the responsible’s supervisor (by the company structure) or for the role the spec names.',
    },
    remediation: {
      ru: 'Опишите lost.supervisor_task в направлениях и настройте робота «Создать задачу» на стадиях провала с руководителем в ответственных.',
      en: 'Describe lost.supervisor_task in the directions and set a "Create task" robot on the failure stages with the supervisor as responsible.',
    },
    category: 'control',
    weight: 2,
    classes: ['M', 'D'],
    thresholds: {
      min_share: {
        default: 0.8,
        description: {
          ru: 'доля отказов с задачей руководителю',
          en: 'share of losses with a task for the supervisor',
        },
      },
      days: {
        default: 30,
        description: {
          ru: 'период по дате закрытия, дней (по умолчанию audit.window_days)',
          en: 'period by close date, days (default audit.window_days)',
        },
      },
    },
    messages: {
      specReview: {
        ru: 'У всех {total} направлений есть задача руководителю при отказе.',
        en: 'All {total} directions give the supervisor a task on a loss.',
      },
      specNoReview: {
        ru: 'Направлений без задачи руководителю при отказе: {bad} из {total}.',
        en: '{bad} of {total} directions give the supervisor no task on a loss.',
      },
      specNoDirections: { ru: 'В спецификации нет направлений.', en: 'The spec has no directions.' },
      dataReviewed: {
        ru: 'Отказов за {days} дн. с задачей руководителю: {share} ({good} из {total}).',
        en: 'Losses in {days} days with a task for the supervisor: {share} ({good} of {total}).',
      },
      dataNotReviewed: {
        ru: 'Отказов за {days} дн. с задачей руководителю {share} ({good} из {total}), нужно {target}.',
        en: 'Losses in {days} days with a task for the supervisor: {share} ({good} of {total}), {target} needed.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    const reviewer = (r: string | undefined) => r !== undefined && r !== 'deal.responsible';
    if (k.spec) {
      const dirs = specDirections(k.spec);
      const bad = dirs.filter((d) => !reviewer(d.dir.lost?.supervisor_task?.responsible));
      const ev = evidence(
        ['spec: /directions/*/lost/supervisor_task'],
        [count('directions', 'направлений', 'directions', dirs.length)],
      );
      out.push(
        dirs.length === 0
          ? k.finding('spec', 'fail', 'specNoDirections', {}, ev, { specPointers: [''] })
          : k.share(
              'spec',
              dirs.length - bad.length,
              dirs.length,
              1,
              { pass: 'specReview', partial: 'specNoReview' },
              { bad: bad.length },
              ev,
              { ru: 'направлений', en: 'directions' },
              { specPointers: bad.map((d) => `${d.pointer}/lost`) },
            ),
      );
    }
    const missing = k.missingData(['lostDeals', 'tasks']);
    let decided = false;
    if (missing) out.push(missing);
    else if (k.data && k.state) {
      const state = k.state;
      const roles = new Set(
        (k.spec ? specDirections(k.spec) : []).flatMap((d) => {
          const r = d.dir.lost?.supervisor_task?.responsible;
          const id = r && k.spec ? roleUserId(k.spec, state.users, r) : undefined;
          return id === undefined ? [] : [id];
        }),
      );
      const lost = closedSince(k.data.lostDeals, k.sinceMs(), k.ctx.now.getTime());
      const byDeal = tasksByDeal(k.data);
      const bad = lost.filter((d) => {
        const head = supervisorOf(state, d.assigned);
        return !(byDeal.get(d.id) ?? []).some((t) => t.responsible === head || roles.has(t.responsible));
      });
      const ev = evidence(
        [
          'crm.item.list {stageSemanticId: F, >=closedate}',
          'tasks.task.list (RESPONSIBLE_ID, UF_CRM_TASK)',
          'department.get',
        ],
        [
          count('lostInPeriod', 'проиграно за период', 'lost in the period', lost.length),
          count(
            'reviewed',
            'с задачей руководителю',
            'with a task for the supervisor',
            lost.length - bad.length,
          ),
        ],
        {
          samples: samples(
            { ru: 'Отказы без проверки руководителем', en: 'Losses without a supervisor’s review' },
            bad.map((d) => dealSample(k.ctx, d)),
          ),
        },
      );
      const f = k.share(
        'data',
        lost.length - bad.length,
        lost.length,
        k.threshold('min_share'),
        { pass: 'dataReviewed', partial: 'dataNotReviewed' },
        { days: k.days() },
        ev,
        { ru: 'проигранных сделок', en: 'lost deals' },
      );
      decided = f.status !== 'not-applicable';
      out.push(f);
    }
    out.push(k.manual({ scored: !decided }));
    return out;
  },
);
