import { text } from '../core/i18n.js';
import { count, daysThreshold, defineStandard, evidence, th, type GatherKit } from './define.js';
import {
  activeRobots,
  archiveRuleFinding,
  archiveSpecFinding,
  archiveStages,
  decides,
  stageSample,
} from './helpers/archive.js';
import type { Gatherer } from './gather.js';
import { closedWithin, DealList, dealSample, taskInWindow } from './helpers/data.js';
import { IdSet } from './helpers/id-set.js';
import { SampleKeeper } from './helpers/sample-keeper.js';
import { isNpsTask, npsFieldName } from './helpers/nps.js';
import { isSalesDirection, specDirections } from './helpers/spec.js';
import type { Finding } from './types.js';
import type { Kit } from './define.js';

/** Deals won in the period, and those with neither an NPS value nor an NPS task. */
interface Won {
  won: number;
  bad: SampleKeeper;
}

function gatherWon(k: GatherKit<string>): Gatherer<Won> {
  const since = k.sinceMs();
  const now = k.ctx.now.getTime();
  let won = 0;
  const noValue = new DealList();
  const npsTask = new IdSet();
  return {
    wonDeals(d) {
      if (!closedWithin(d, since, now)) return;
      won += 1;
      if (!d.nps) noValue.push(d);
    },
    tasks(t) {
      // An NPS task is set on the win, so one finished before the window is not about a deal won in it.
      if (taskInWindow(t, since) && isNpsTask(t.title, k.spec)) for (const d of t.deals) npsTask.add(d);
    },
    finish() {
      const bad = new SampleKeeper();
      for (let i = 0; i < noValue.length; i++) {
        const id = noValue.ids[i] as number;
        if (!npsTask.has(id)) bad.add(id, () => dealSample(k.ctx, noValue.at(i)));
      }
      return { won, bad };
    },
  };
}

/**
 * The CRM settings archive: the won-stage tasks of the spec's sales directions set up as described;
 * without a spec, the success stage of every pipeline has a «Create task» robot.
 */
function archivePart<M extends string>(k: Kit<M>): Finding | undefined {
  const a = k.ctx.crmSettings;
  if (!a) return undefined;
  if (k.spec)
    return archiveSpecFinding(k, {
      pointers: specDirections(k.spec)
        .filter((d) => isSalesDirection(d.dir) && d.dir.won?.task)
        .map((d) => `${d.pointer}/won/task`),
      what: text('задач на успешной стадии', 'won-stage tasks'),
      read: 'BIZPROC_MAIN («Create task» robots on the success stages)',
    });
  return archiveRuleFinding(k, {
    items: archiveStages(a).filter((x) => x.stage.semantics === 'success'),
    ok: (x) => activeRobots(x.stage).some((r) => r.kind === 'create_task'),
    rule: text('успешные стадии с роботом «Поставить задачу»', 'success stages with a «Create task» robot'),
    read: 'BIZPROC_MAIN',
    sample: stageSample,
  });
}

/** SD-09: a won deal gets an NPS task; the NPS score is a field of the deal. */
export const sd09 = defineStandard(
  {
    id: 'SD-09',
    slug: 'nps',
    title: { ru: 'После выигрыша — задача на замер NPS', en: 'A won deal gets an NPS task' },
    rationale: {
      ru: 'Готовность клиента рекомендовать компанию (NPS, шкала 0–10) — основной показатель лояльности и будущих повторных покупок. Замер сразу после сделки и причина оценки показывают, что удержит клиента.',
      en: 'How ready a client is to recommend you (NPS, 0–10) is the main measure of loyalty and of future repeat purchases. Asking right after the deal, with the reason for the score, shows what keeps the client.',
    },
    how: {
      ru: 'Спецификация: есть поле сделки NPS, а у успешной стадии каждого продающего направления — задача. Портал: поле NPS существует. Данные: доля выигранных за период сделок, у которых есть задача с NPS в названии (или названием задачи из спецификации) — открытая или созданная за период, ведь такую задачу ставят при выигрыше, — либо заполнено поле NPS.',
      en: 'Spec: a deal field for NPS exists and the won stage of every sales direction has a task. Portal: the NPS field exists. Data: the share of deals won in the period that have a task with NPS in its title (or the spec’s won-task title) — open, or created in the period, since such a task is set on the win — or a value in the NPS field.',
    },
    archive: {
      ru: 'Со спецификацией: задачи успешной стадии продающих направлений есть в архиве как описано. Без спецификации: на успешной стадии каждого направления есть робот «Поставить задачу».',
      en: 'With a spec: the won-stage tasks of its sales directions are in the archive as described. Without a spec: the success stage of every pipeline has a «Create task» robot.',
    },
    remediation: {
      ru: 'Добавьте поле NPS (список 0–10) и won.task в направления, выполните b24cfg apply и настройте робота задачи на успешной стадии.',
      en: 'Add an NPS field (a 0–10 list) and won.task to the directions, run b24cfg apply and set a task robot on the won stage.',
    },
    category: 'analytics',
    weight: 2,
    classes: ['A', 'M', 'D'],
    thresholds: {
      min_share: th(0.8, 'доля выигранных сделок с NPS', 'share of won deals with an NPS'),
      days: daysThreshold('по дате закрытия', 'by close date'),
    },
    messages: {
      specNps: {
        ru: 'Поле NPS и задачи на успешных стадиях описаны.',
        en: 'The NPS field and the won-stage tasks are described.',
      },
      specMissing: {
        ru: 'Не хватает {bad} из {total}: поля NPS или задачи на успешной стадии продающих направлений.',
        en: '{bad} of {total} missing: the NPS field or a task on the won stage of sales directions.',
      },
      portalField: { ru: 'Поле NPS на портале: {field}.', en: 'NPS field on the portal: {field}.' },
      portalNoField: {
        ru: 'На портале нет поля сделки для NPS.',
        en: 'The portal has no deal field for NPS.',
      },
      dataNps: {
        ru: 'Выигранных за {days} дн. сделок с NPS: {share} ({good} из {total}).',
        en: 'Deals won in {days} days with an NPS: {share} ({good} of {total}).',
      },
      dataNoNps: {
        ru: 'Выигранных за {days} дн. сделок с NPS {share} ({good} из {total}), нужно {target}.',
        en: 'Deals won in {days} days with an NPS: {share} ({good} of {total}), {target} needed.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    const field = npsFieldName(k.spec, k.state);
    if (k.spec) {
      const sales = specDirections(k.spec).filter((d) => isSalesDirection(d.dir));
      const items = [
        { pointer: '/fields/deal', ok: npsFieldName(k.spec, undefined) !== null },
        ...sales.map((d) => ({ pointer: `${d.pointer}/won`, ok: d.dir.won?.task !== undefined })),
      ];
      const f = k.items({
        part: 'spec',
        items,
        ok: (i) => i.ok,
        pass: 'specNps',
        partial: 'specMissing',
        what: text('пунктов', 'items'),
        read: ['spec: /fields/deal', 'spec: /directions/*/won/task'],
        pointer: (i) => i.pointer,
      });
      if (f) out.push(f);
    }
    if (k.state) {
      const ev = evidence(
        ['crm.deal.userfield.list'],
        [count('npsFields', 'полей NPS', 'NPS fields', field ? 1 : 0)],
      );
      const exists = field !== null && k.state.userFields.deal.some((f) => f.fieldName === field);
      out.push(
        k.unreadable('userFields') ??
          (exists
            ? k.finding('config', 'pass', 'portalField', { field }, ev)
            : k.finding('config', 'fail', 'portalNoField', {}, ev)),
      );
    }
    const missing = k.missingData(['wonDeals', 'tasks']);
    let decided = false;
    if (missing) out.push(missing);
    else if (k.data && k.gathered) {
      const { won, bad } = k.gathered;
      const f = k.measure({
        part: 'data',
        good: won - bad.count,
        total: won,
        min: k.threshold('min_share'),
        pass: 'dataNps',
        partial: 'dataNoNps',
        what: text('выигранных сделок', 'won deals'),
        data: { days: k.days() },
        read: [
          `crm.item.list {stageSemanticId: S, >=closedate} (${k.data.npsField ?? 'no NPS field'})`,
          'tasks.task.list {!REAL_STATUS: [4, 5]} + {REAL_STATUS: [4, 5], >=CREATED_DATE} (TITLE, UF_CRM_TASK)',
        ],
        counts: [
          count('wonInPeriod', 'выиграно за период', 'won in the period', won),
          count('wonWithNps', 'из них с NPS', 'of them with an NPS', won - bad.count),
        ],
        samples: bad.group(text('Выигранные сделки без NPS', 'Won deals without an NPS')),
      });
      decided = f.status !== 'not-applicable';
      out.push(f);
    }
    const archived = archivePart(k);
    if (archived) out.push(archived);
    out.push(k.manual({ scored: !decided && !decides(archived) }));
    return out;
  },
  gatherWon,
);
