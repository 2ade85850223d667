import type { AuditData } from '../../../src/standards/audit-data.js';
import { text } from '../../../src/core/i18n.js';
import { count, defineStandard, samples, th } from '../../../src/standards/define.js';
import { dealSample, ms, openActivityDeals, openTaskDeals, portalDate } from './data-helpers.js';
import {
  activeRobots,
  archiveRuleFinding,
  archiveSpecFinding,
  archiveStages,
  decides,
  stageSample,
} from '../../../src/standards/helpers/archive.js';
import { directionPipelines } from '../../../src/standards/helpers/plan.js';
import { deadlineAfterEntry, specDirections, specStages } from '../../../src/standards/helpers/spec.js';
import { stagePrefix } from '../../../src/resources/crm-status/stage-ids.js';
import type { AuditContext, Finding } from '../../../src/standards/types.js';
import type { Kit } from '../../../src/standards/define.js';

/** Stage → seconds its task allows, from the spec (pipeline id + STATUS_ID as the portal stores it). */
function stageLimits(ctx: AuditContext): Map<string, number> {
  const out = new Map<string, number>();
  if (!ctx.spec) return out;
  const pipes = directionPipelines(ctx);
  for (const { dir } of specDirections(ctx.spec)) {
    const id = pipes.get(dir.key);
    if (id === undefined) continue;
    for (const s of dir.stages ?? []) {
      const secs = deadlineAfterEntry(s.task);
      if (secs !== undefined) out.set(`${id}|${stagePrefix(id)}${s.code}`, secs);
    }
  }
  return out;
}

/**
 * The CRM settings archive: the spec's stage tasks set up as described; without a spec, every process
 * stage has a «Create task» robot.
 */
function archivePart<M extends string>(k: Kit<M>): Finding | undefined {
  const a = k.ctx.crmSettings;
  if (!a) return undefined;
  if (k.spec)
    return archiveSpecFinding(k, {
      pointers: specStages(k.spec)
        .filter((s) => s.stage.task)
        .map((s) => `${s.pointer}/task`),
      what: text('задач этапов', 'stage tasks'),
      read: 'BIZPROC_MAIN («Create task» robots)',
    });
  return archiveRuleFinding(k, {
    items: archiveStages(a).filter((x) => x.stage.semantics === 'process'),
    ok: (x) => activeRobots(x.stage).some((r) => r.kind === 'create_task'),
    rule: text('рабочие этапы с роботом «Поставить задачу»', 'process stages with a «Create task» robot'),
    read: 'BIZPROC_MAIN',
    sample: stageSample,
  });
}

/** SD-04: every stage has a task; on data, open deals do not sit past the task's deadline untouched. */
export const sd04 = defineStandard(
  {
    id: 'SD-04',
    slug: 'stage-tasks',
    title: { ru: 'У каждого этапа есть задача', en: 'Every stage has a task' },
    rationale: {
      ru: 'Задача этапа говорит, что именно сделать, чтобы сделка пошла дальше. Когда робот ставит её сам, у каждого менеджера видна нагрузка, а сделки без движения сразу заметны.',
      en: 'A stage task says exactly what moves the deal on. When a robot creates it, every manager’s workload is visible and deals that stand still stand out at once.',
    },
    how: {
      ru: 'Спецификация: у каждого рабочего этапа есть task. Данные: доля открытых сделок, которые стоят на этапе дольше срока его задачи (из спецификации, иначе default_days) и не имеют ни открытого дела, ни открытой задачи (новой, ждущей или в работе; завершённые задачи для этого не нужны); время входа на этап — movedTime. Роботы через REST не читаются: их показывает архив настроек CRM (--crm-settings), а без него и без данных нужна отметка b24cfg attest SD-04.',
      en: 'Spec: every process stage has a task. Data: the share of open deals that stay on a stage longer than its task’s deadline (from the spec, else default_days) with no open activity and no open task (new, pending or in progress; finished tasks are not needed for this); stage entry time is movedTime. Robots cannot be read over REST: the CRM settings archive (--crm-settings) shows them, and without it or data a person attests (b24cfg attest SD-04).',
    },
    remediation: {
      ru: 'Добавьте task в каждый этап спецификации и настройте робота «Создать задачу» на этапах (CRM → Сделки → Роботы); пройдитесь по зависшим сделкам из списка.',
      en: 'Add a task to every stage in the spec and set a "Create task" robot on the stages (CRM → Deals → Automation); go through the stuck deals listed.',
    },
    archive: {
      ru: 'Со спецификацией: задачи её этапов есть в архиве как описано (название, ответственный, срок, наблюдатели), с роботом и стадией в доказательствах. Без спецификации: на каждом рабочем этапе есть включённый робот «Поставить задачу».',
      en: 'With a spec: its stage tasks are in the archive as described (title, responsible, deadline, observers), with the robot and stage in the evidence. Without a spec: every process stage has a «Create task» robot that is switched on.',
    },
    category: 'discipline',
    weight: 3,
    classes: ['M', 'D'],
    thresholds: {
      min_share: th(0.9, 'доля открытых сделок без зависания', 'share of open deals that are not stuck'),
      default_days: th(
        3,
        'срок задачи этапа, если в спецификации его нет, дней',
        'stage task deadline when the spec has none, days',
      ),
    },
    messages: {
      specTasks: {
        ru: 'У всех рабочих этапов есть задача (проверено: {total}).',
        en: 'All process stages have a task (checked: {total}).',
      },
      specMissing: {
        ru: 'Этапов без задачи: {bad} из {total}.',
        en: '{bad} of {total} process stages have no task.',
      },
      specNoStages: { ru: 'В спецификации нет рабочих этапов.', en: 'The spec has no process stages.' },
      dataMoving: {
        ru: 'Открытых сделок без зависания: {share} ({good} из {total}).',
        en: 'Open deals that are not stuck: {share} ({good} of {total}).',
      },
      dataStuck: {
        ru: 'Сделки стоят на этапе дольше срока задачи без дел и задач: доля в порядке {share} ({good} из {total}), нужно {target}.',
        en: 'Deals sit on a stage past the task deadline with no activity or task: {share} are fine ({good} of {total}), {target} needed.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    if (k.spec) {
      const f = k.items({
        part: 'spec',
        items: specStages(k.spec),
        ok: (s) => s.stage.task !== undefined,
        pass: 'specTasks',
        partial: 'specMissing',
        empty: 'specNoStages',
        what: text('этапов', 'stages'),
        read: ['spec: /directions/*/stages/*/task'],
        pointer: (s) => s.pointer,
      });
      if (f) out.push(f);
    }
    const missing = k.missingData(['openDeals', 'openActivities', 'tasks']);
    let decided = false;
    if (missing) out.push(missing);
    else if (k.data as AuditData) {
      const now = k.ctx.now.getTime();
      const limits = stageLimits(k.ctx);
      const def = k.threshold('default_days') * 86_400;
      const acts = openActivityDeals(k.data as AuditData);
      const tasks = openTaskDeals(k.data as AuditData);
      const stuck = (k.data as AuditData).openDeals.filter(
        (d) =>
          now - ms(d.entered ?? d.created) > (limits.get(`${d.category}|${d.stage}`) ?? def) * 1000 &&
          !acts.has(d.id) &&
          !tasks.has(d.id),
      );
      const total = (k.data as AuditData).openDeals.length;
      const f = k.measure({
        part: 'data',
        good: total - stuck.length,
        total,
        min: k.threshold('min_share'),
        pass: 'dataMoving',
        partial: 'dataStuck',
        what: text('открытых сделок', 'open deals'),
        read: [
          'crm.item.list {stageSemanticId: P} (movedTime)',
          'crm.activity.list {OWNER_TYPE_ID: 2, COMPLETED: N}',
          'tasks.task.list {!REAL_STATUS: [4, 5]} (STATUS, UF_CRM_TASK)',
        ],
        counts: [
          count('openDeals', 'открытых сделок', 'open deals', total),
          count('stuck', 'зависших', 'stuck', stuck.length),
        ],
        samples: samples(
          text('Зависшие сделки', 'Stuck deals'),
          stuck.map((d) => {
            const since = portalDate(d.entered ?? d.created);
            return dealSample(k.ctx, d, text(`на этапе с ${since.ru}`, `on the stage since ${since.en}`));
          }),
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
