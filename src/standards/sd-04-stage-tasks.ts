import { count, defineStandard, evidence, samples } from './define.js';
import { dealSample, ms, openActivityDeals, openTaskDeals } from './helpers/data.js';
import { directionPipelines } from './helpers/plan.js';
import { deadlineAfterEntry, specDirections, specStages } from './helpers/spec.js';
import { stagePrefix } from '../portal/state-types.js';
import type { AuditContext, Finding } from './types.js';

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
      ru: 'Спецификация: у каждого рабочего этапа есть task. Данные: доля открытых сделок, которые стоят на этапе дольше срока его задачи (из спецификации, иначе default_days) и не имеют ни открытого дела, ни открытой задачи; время входа на этап — movedTime. Роботы через REST не читаются, поэтому без данных нужна отметка b24cfg attest SD-04.',
      en: 'Spec: every process stage has a task. Data: the share of open deals that stay on a stage longer than its task’s deadline (from the spec, else default_days) with no open activity and no open task; stage entry time is movedTime. Robots cannot be read over REST, so without data a person attests (b24cfg attest SD-04).',
    },
    remediation: {
      ru: 'Добавьте task в каждый этап спецификации и настройте робота «Создать задачу» на этапах (CRM → Сделки → Роботы); пройдитесь по зависшим сделкам из списка.',
      en: 'Add a task to every stage in the spec and set a "Create task" robot on the stages (CRM → Deals → Automation); go through the stuck deals listed.',
    },
    category: 'discipline',
    weight: 3,
    classes: ['M', 'D'],
    thresholds: {
      min_share: {
        default: 0.9,
        description: {
          ru: 'доля открытых сделок без зависания',
          en: 'share of open deals that are not stuck',
        },
      },
      default_days: {
        default: 3,
        description: {
          ru: 'срок задачи этапа, если в спецификации его нет, дней',
          en: 'stage task deadline when the spec has none, days',
        },
      },
    },
    messages: {
      specTasks: {
        ru: 'У всех {total} рабочих этапов есть задача.',
        en: 'All {total} process stages have a task.',
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
      const stages = specStages(k.spec);
      const bad = stages.filter((s) => !s.stage.task);
      const ev = evidence(
        ['spec: /directions/*/stages/*/task'],
        [count('stages', 'этапов', 'stages', stages.length)],
      );
      out.push(
        stages.length === 0
          ? k.finding('spec', 'fail', 'specNoStages', {}, ev, { specPointers: [''] })
          : k.share(
              'spec',
              stages.length - bad.length,
              stages.length,
              1,
              { pass: 'specTasks', partial: 'specMissing' },
              { bad: bad.length },
              ev,
              { ru: 'этапов', en: 'stages' },
              { specPointers: bad.map((s) => s.pointer) },
            ),
      );
    }
    const missing = k.missingData(['openDeals', 'openActivities', 'tasks']);
    let decided = false;
    if (missing) out.push(missing);
    else if (k.data) {
      const now = k.ctx.now.getTime();
      const limits = stageLimits(k.ctx);
      const def = k.threshold('default_days') * 86_400;
      const acts = openActivityDeals(k.data);
      const tasks = openTaskDeals(k.data);
      const stuck = k.data.openDeals.filter((d) => {
        const entered = ms(d.entered ?? d.created);
        const limit = limits.get(`${d.category}|${d.stage}`) ?? def;
        return now - entered > limit * 1000 && !acts.has(d.id) && !tasks.has(d.id);
      });
      const total = k.data.openDeals.length;
      const ev = evidence(
        [
          'crm.item.list {stageSemanticId: P} (movedTime)',
          'crm.activity.list {OWNER_TYPE_ID: 2, COMPLETED: N}',
          'tasks.task.list (UF_CRM_TASK)',
        ],
        [
          count('openDeals', 'открытых сделок', 'open deals', total),
          count('stuck', 'зависших', 'stuck', stuck.length),
        ],
        {
          samples: samples(
            { ru: 'Зависшие сделки', en: 'Stuck deals' },
            stuck.map((d) =>
              dealSample(k.ctx, d, {
                ru: `на этапе с ${d.entered ?? d.created ?? '?'}`,
                en: `on the stage since ${d.entered ?? d.created ?? '?'}`,
              }),
            ),
          ),
        },
      );
      const f = k.share(
        'data',
        total - stuck.length,
        total,
        k.threshold('min_share'),
        { pass: 'dataMoving', partial: 'dataStuck' },
        {},
        ev,
        { ru: 'открытых сделок', en: 'open deals' },
      );
      decided = f.status !== 'not-applicable';
      out.push(f);
    }
    out.push(k.manual({ scored: !decided }));
    return out;
  },
);
