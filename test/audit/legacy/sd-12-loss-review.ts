import { text } from '../../../src/core/i18n.js';
import type { AuditData, DealRow } from '../../../src/standards/audit-data.js';
import { count, daysThreshold, defineStandard, samples, th } from '../../../src/standards/define.js';
import { closedSince, dealSample, tasksByDeal } from './data-helpers.js';
import {
  activeRobots,
  archiveRuleFinding,
  archiveSpecFinding,
  archiveStages,
  decides,
  stageSample,
} from '../../../src/standards/helpers/archive.js';
import { supervisorOf } from '../../../src/standards/helpers/portal.js';
import { roleUserId, specDirections } from '../../../src/standards/helpers/spec.js';
import type { Finding } from '../../../src/standards/types.js';
import type { Kit } from '../../../src/standards/define.js';

/** A review task goes to a supervisor: a role, or the responsible's head — not the responsible. */
const isReviewer = (r: string | undefined) => r !== undefined && r !== 'deal.responsible';

/**
 * The CRM settings archive: the spec's supervisor tasks set up as described; without a spec, the LOSE
 * stage of every pipeline has a «Create task» robot for someone other than the deal's responsible
 * (the responsible's head or a named person).
 */
function archivePart<M extends string>(k: Kit<M>): Finding | undefined {
  const a = k.ctx.crmSettings;
  if (!a) return undefined;
  if (k.spec)
    return archiveSpecFinding(k, {
      pointers: specDirections(k.spec)
        .filter((d) => d.dir.lost?.supervisor_task)
        .map((d) => `${d.pointer}/lost/supervisor_task`),
      what: text('задач руководителю при отказе', 'supervisor tasks on a loss'),
      read: 'BIZPROC_MAIN («Create task» robots on LOSE)',
    });
  return archiveRuleFinding(k, {
    items: archiveStages(a).filter((x) => x.stage.semantics === 'failure' && x.stage.code === 'LOSE'),
    ok: (x) =>
      activeRobots(x.stage).some(
        (r) =>
          r.kind === 'create_task' &&
          r.responsible.some((p) => p.kind === 'responsible_head' || p.kind === 'user'),
      ),
    rule: text(
      'стадии провала с задачей руководителю ответственного или названному сотруднику',
      'lost stages with a task for the responsible’s head or a named person',
    ),
    read: 'BIZPROC_MAIN',
    sample: stageSample,
  });
}

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
      ru: 'Спецификация: у каждого направления есть lost.supervisor_task с ответственным-руководителем (роль или deal.responsible.head). Данные: доля проигранных за период сделок, у которых есть задача на руководителя ответственного (по структуре компании) или на роль из спецификации — открытая или созданная за период: разбор ставят после отказа, а задача, завершённая до начала периода, разбирала что-то раньше.',
      en: 'Spec: every direction has lost.supervisor_task whose responsible is a supervisor (a role or deal.responsible.head). Data: the share of deals lost in the period with a task for the responsible’s supervisor (by the company structure) or for the role the spec names — open, or created in the period: a review follows the loss, and a task finished before the period began reviewed something earlier.',
    },
    archive: {
      ru: 'Со спецификацией: задачи руководителю на стадии провала есть в архиве как описано (ответственный, срок). Без спецификации: на стадии провала LOSE каждого направления есть робот задачи для руководителя ответственного или названного сотрудника.',
      en: 'With a spec: its supervisor tasks on the lost stage are in the archive as described (responsible, deadline). Without a spec: the LOSE stage of every pipeline has a task robot for the responsible’s head or a named person.',
    },
    remediation: {
      ru: 'Опишите lost.supervisor_task в направлениях и настройте робота «Создать задачу» на стадиях провала с руководителем в ответственных.',
      en: 'Describe lost.supervisor_task in the directions and set a "Create task" robot on the failure stages with the supervisor as responsible.',
    },
    category: 'control',
    weight: 2,
    classes: ['M', 'D'],
    thresholds: {
      min_share: th(
        0.8,
        'доля отказов с задачей руководителю',
        'share of losses with a task for the supervisor',
      ),
      days: daysThreshold('по дате закрытия', 'by close date'),
    },
    messages: {
      specReview: {
        ru: 'У всех направлений есть задача руководителю при отказе (проверено: {total}).',
        en: 'All directions give the supervisor a task on a loss (checked: {total}).',
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
    if (k.spec) {
      const f = k.items({
        part: 'spec',
        items: specDirections(k.spec),
        ok: (d) => isReviewer(d.dir.lost?.supervisor_task?.responsible),
        pass: 'specReview',
        partial: 'specNoReview',
        empty: 'specNoDirections',
        what: text('направлений', 'directions'),
        read: ['spec: /directions/*/lost/supervisor_task'],
        pointer: (d) => `${d.pointer}/lost`,
      });
      if (f) out.push(f);
    }
    const missing = k.missingData(['lostDeals', 'tasks']);
    let decided = false;
    if (missing) out.push(missing);
    else if ((k.data as AuditData) && k.state) {
      const state = k.state;
      const spec = k.spec;
      // Whoever the spec names for the review task counts too (a role resolved by e-mail).
      const named = new Set<number>();
      for (const d of spec ? specDirections(spec) : []) {
        const id = spec
          ? roleUserId(spec, state.users, d.dir.lost?.supervisor_task?.responsible ?? '')
          : undefined;
        if (id !== undefined) named.add(id);
      }
      const lost = closedSince((k.data as AuditData).lostDeals, k.sinceMs(), k.ctx.now.getTime());
      const byDeal = tasksByDeal(k.data as AuditData, k.sinceMs());
      const reviewed = (d: DealRow) =>
        (byDeal.get(d.id) ?? []).some(
          (t) => t.responsible === supervisorOf(state, d.assigned) || named.has(t.responsible),
        );
      const bad = lost.filter((d) => !reviewed(d));
      const f = k.measure({
        part: 'data',
        good: lost.length - bad.length,
        total: lost.length,
        min: k.threshold('min_share'),
        pass: 'dataReviewed',
        partial: 'dataNotReviewed',
        what: text('проигранных сделок', 'lost deals'),
        data: { days: k.days() },
        read: [
          'crm.item.list {stageSemanticId: F, >=closedate}',
          'tasks.task.list {!REAL_STATUS: [4, 5]} + {REAL_STATUS: [4, 5], >=CREATED_DATE} (RESPONSIBLE_ID, UF_CRM_TASK)',
          'department.get',
        ],
        counts: [
          count('lostInPeriod', 'проиграно за период', 'lost in the period', lost.length),
          count(
            'reviewed',
            'с задачей руководителю',
            'with a task for the supervisor',
            lost.length - bad.length,
          ),
        ],
        samples: samples(
          text('Отказы без проверки руководителем', 'Losses without a supervisor’s review'),
          bad.map((d) => dealSample(k.ctx, d)),
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
