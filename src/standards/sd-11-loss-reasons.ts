import { text } from '../core/i18n.js';
import { count, daysThreshold, defineStandard, th } from './define.js';
import { pendingUnder } from './helpers/plan.js';
import { portalLink, reasonStages, sortedPipelines } from './helpers/portal.js';
import { specDirections } from './helpers/spec.js';
import type { Finding } from './types.js';

/**
 * SD-11: a lost deal names its reason: one failure stage per reason (crm.status SEMANTICS F,
 * docs/bitrix24/stages.md#loss-reasons).
 */
export const sd11 = defineStandard(
  {
    id: 'SD-11',
    slug: 'loss-reasons',
    title: { ru: 'У проигранной сделки есть причина отказа', en: 'A lost deal has a loss reason' },
    rationale: {
      ru: 'Причины отказов показывают, где отдел теряет клиентов: дорого, конкурент, пропал контакт. Когда каждая причина — отдельная стадия провала, их можно считать, а не искать в комментариях.',
      en: 'Loss reasons show where the team loses clients: too expensive, a competitor, went silent. When each reason is its own failure stage they can be counted instead of dug out of comments.',
    },
    how: {
      ru: 'Спецификация: в каждом направлении не меньше min_reasons причин (lost.reasons). Портал: в каждой воронке столько же стадий провала кроме общей LOSE (со спецификацией — именно эти). Данные: доля проигранных за период сделок, оставленных в общей стадии LOSE.',
      en: 'Spec: every direction has at least min_reasons reasons (lost.reasons). Portal: every pipeline has as many failure stages besides the generic LOSE (with a spec, exactly those). Data: the share of deals lost in the period that were left in the generic LOSE stage.',
    },
    remediation: {
      ru: 'Перечислите причины отказа в lost.reasons, выполните b24cfg apply и попросите менеджеров закрывать сделки в стадию с причиной.',
      en: 'List the loss reasons in lost.reasons, run b24cfg apply and ask managers to close deals into the stage with the reason.',
    },
    category: 'control',
    weight: 2,
    classes: ['A', 'D'],
    thresholds: {
      min_reasons: th(2, 'минимум причин отказа в направлении', 'minimum loss reasons per direction'),
      max_generic_share: th(
        0.2,
        'наибольшая доля отказов без причины',
        'largest share of losses without a reason',
      ),
      days: daysThreshold('по дате закрытия', 'by close date'),
    },
    messages: {
      specReasons: {
        ru: 'У всех направлений есть причины отказа (проверено: {total}).',
        en: 'All directions have loss reasons (checked: {total}).',
      },
      specFewReasons: {
        ru: 'Направлений, где причин меньше {min}: {bad} из {total}.',
        en: '{bad} of {total} directions have fewer than {min} loss reasons.',
      },
      specNoDirections: { ru: 'В спецификации нет направлений.', en: 'The spec has no directions.' },
      portalReasons: {
        ru: 'Во всех воронках есть стадии с причинами отказа (проверено: {total}).',
        en: 'All pipelines have loss-reason stages (checked: {total}).',
      },
      portalFewReasons: {
        ru: 'Воронок, где стадий с причинами меньше {min}: {bad} из {total}.',
        en: '{bad} of {total} pipelines have fewer than {min} loss-reason stages.',
      },
      portalAsSpecified: {
        ru: 'Все причины отказа есть на портале (проверено: {total}).',
        en: 'All loss reasons exist on the portal (checked: {total}).',
      },
      portalDiffers: {
        ru: 'Причин отказа, которые расходятся с порталом: {bad} из {total}.',
        en: '{bad} of {total} loss reasons differ from the portal.',
      },
      dataReasons: {
        ru: 'Отказов с причиной за {days} дн.: {share} ({good} из {total}).',
        en: 'Losses with a reason in {days} days: {share} ({good} of {total}).',
      },
      dataGeneric: {
        ru: 'Отказов с причиной за {days} дн. {share} ({good} из {total}), нужно {target}; в общей стадии: {generic}.',
        en: 'Losses with a reason in {days} days: {share} ({good} of {total}), {target} needed; in the generic stage: {generic}.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    const min = k.threshold('min_reasons');
    const dirs = k.spec ? specDirections(k.spec) : [];
    if (k.spec) {
      const f = k.items({
        part: 'spec',
        items: dirs,
        ok: (d) => (d.dir.lost?.reasons ?? []).length >= min,
        pass: 'specReasons',
        partial: 'specFewReasons',
        empty: 'specNoDirections',
        what: text('направлений', 'directions'),
        read: ['spec: /directions/*/lost/reasons'],
        pointer: (d) => `${d.pointer}/lost`,
        data: { min },
      });
      if (f) out.push(f);
    }
    if (k.state) {
      const state = k.state;
      const reasons = dirs.flatMap((d) =>
        (d.dir.lost?.reasons ?? []).map((r, i) => ({ d, r, pointer: `${d.pointer}/lost/reasons/${i}` })),
      );
      const f =
        k.unreadable('statuses') ??
        (reasons.length > 0
          ? k.items({
              part: 'config',
              items: reasons,
              ok: (x) => pendingUnder(k.ctx, ['stage'], x.pointer).length === 0,
              pass: 'portalAsSpecified',
              partial: 'portalDiffers',
              what: text('причин', 'reasons'),
              read: ['crm.status.list {ENTITY_ID: DEAL_STAGE*}'],
              sample: (x) => ({ id: x.pointer, label: `${x.d.dir.name} ▸ ${x.r.name}` }),
              sampleTitle: text('Причины, которых нет на портале', 'Reasons missing on the portal'),
              pointer: (x) => x.pointer,
            })
          : k.items({
              part: 'config',
              items: sortedPipelines(state),
              ok: (p) => reasonStages(state, p.id).length >= min,
              pass: 'portalReasons',
              partial: 'portalFewReasons',
              what: text('воронок', 'pipelines'),
              read: ['crm.status.list {ENTITY_ID: DEAL_STAGE*}'],
              sample: (p) => ({ id: p.id, label: p.name, url: portalLink(k.ctx, 'pipeline', p.id) }),
              sampleTitle: text('Воронки без причин отказа', 'Pipelines without loss reasons'),
              data: { min },
            }));
      if (f) out.push(f);
    }
    const missing = k.missingData(['lostCounts']);
    if (missing) out.push(missing);
    else if (k.data) {
      const lost = k.data.counts.lostInPeriod ?? 0;
      const generic = k.data.counts.lostInGenericLose ?? 0;
      out.push(
        k.measure({
          part: 'data',
          good: lost - generic,
          total: lost,
          min: 1 - k.threshold('max_generic_share'),
          pass: 'dataReasons',
          partial: 'dataGeneric',
          what: text('проигранных сделок', 'lost deals'),
          data: { days: k.days(), generic },
          read: [
            'crm.item.list {stageSemanticId: F, >=closedate} total',
            'crm.item.list {stageId: [LOSE, C<n>:LOSE], >=closedate} total',
          ],
          counts: [
            count('lostDeals', 'проиграно за период', 'lost in the period', lost),
            count(
              'lostInGenericLose',
              'из них в общей стадии LOSE',
              'of them in the generic LOSE stage',
              generic,
            ),
          ],
        }),
      );
    }
    return out;
  },
);
