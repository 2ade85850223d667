import { count, defineStandard, evidence, samples } from './define.js';
import { pendingUnder } from './helpers/plan.js';
import { portalLink, reasonStages, sortedPipelines } from './helpers/portal.js';
import { specDirections } from './helpers/spec.js';
import type { Finding } from './types.js';

/** SD-11: a lost deal names its reason: one failure stage per reason (crm.status SEMANTICS F, rest-map §2). */
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
      min_reasons: {
        default: 2,
        description: { ru: 'минимум причин отказа в направлении', en: 'minimum loss reasons per direction' },
      },
      max_generic_share: {
        default: 0.2,
        description: {
          ru: 'наибольшая доля отказов без причины',
          en: 'largest share of losses without a reason',
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
      specReasons: {
        ru: 'У всех {total} направлений есть причины отказа.',
        en: 'All {total} directions have loss reasons.',
      },
      specFewReasons: {
        ru: 'Направлений, где причин меньше {min}: {bad} из {total}.',
        en: '{bad} of {total} directions have fewer than {min} loss reasons.',
      },
      specNoDirections: { ru: 'В спецификации нет направлений.', en: 'The spec has no directions.' },
      portalReasons: {
        ru: 'Во всех {total} воронках есть стадии с причинами отказа.',
        en: 'All {total} pipelines have loss-reason stages.',
      },
      portalFewReasons: {
        ru: 'Воронок, где стадий с причинами меньше {min}: {bad} из {total}.',
        en: '{bad} of {total} pipelines have fewer than {min} loss-reason stages.',
      },
      portalAsSpecified: {
        ru: 'Все {total} причин отказа есть на портале.',
        en: 'All {total} loss reasons exist on the portal.',
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
    if (k.spec) {
      const dirs = specDirections(k.spec);
      const bad = dirs.filter((d) => (d.dir.lost?.reasons ?? []).length < min);
      const ev = evidence(
        ['spec: /directions/*/lost/reasons'],
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
              { pass: 'specReasons', partial: 'specFewReasons' },
              { bad: bad.length, min },
              ev,
              { ru: 'направлений', en: 'directions' },
              { specPointers: bad.map((d) => `${d.pointer}/lost`) },
            ),
      );
    }
    if (k.state) {
      const err = k.unreadable('statuses');
      if (err) out.push(err);
      else if (k.spec) {
        const reasons = specDirections(k.spec).flatMap((d) =>
          (d.dir.lost?.reasons ?? []).map((r, i) => ({ d, r, pointer: `${d.pointer}/lost/reasons/${i}` })),
        );
        const bad = reasons.filter((x) => pendingUnder(k.ctx, ['stage'], x.pointer).length > 0);
        const ev = evidence(
          ['crm.status.list {ENTITY_ID: DEAL_STAGE*, SEMANTICS: F}'],
          [count('reasons', 'причин', 'reasons', reasons.length)],
          {
            samples: samples(
              { ru: 'Причины, которых нет на портале', en: 'Reasons missing on the portal' },
              bad.map((x) => ({ id: `${x.d.dir.key}/${x.r.code}`, label: `${x.d.dir.name} ▸ ${x.r.name}` })),
            ),
          },
        );
        if (reasons.length > 0)
          out.push(
            k.share(
              'config',
              reasons.length - bad.length,
              reasons.length,
              1,
              { pass: 'portalAsSpecified', partial: 'portalDiffers' },
              { bad: bad.length },
              ev,
              { ru: 'причин', en: 'reasons' },
              { specPointers: bad.map((x) => x.pointer) },
            ),
          );
      } else {
        const pipes = sortedPipelines(k.state);
        const bad = pipes.filter((p) => reasonStages(k.state!, p.id).length < min);
        const ev = evidence(
          ['crm.status.list {ENTITY_ID: DEAL_STAGE*}'],
          [count('pipelines', 'воронок', 'pipelines', pipes.length)],
          {
            samples: samples(
              { ru: 'Воронки без причин отказа', en: 'Pipelines without loss reasons' },
              bad.map((p) => ({ id: p.id, label: p.name, url: portalLink(k.ctx, 'pipeline', p.id) })),
            ),
          },
        );
        out.push(
          k.share(
            'config',
            pipes.length - bad.length,
            pipes.length,
            1,
            { pass: 'portalReasons', partial: 'portalFewReasons' },
            { bad: bad.length, min },
            ev,
            { ru: 'воронок', en: 'pipelines' },
          ),
        );
      }
    }
    const missing = k.missingData(['lostCounts']);
    if (missing) out.push(missing);
    else if (k.data) {
      const lost = k.data.counts.lostInPeriod ?? 0;
      const generic = k.data.counts.lostInGenericLose ?? 0;
      const ev = evidence(
        [
          'crm.item.list {stageSemanticId: F, >=closedate} total',
          'crm.item.list {stageId: [LOSE, C<n>:LOSE], >=closedate} total',
        ],
        [
          count('lostDeals', 'проиграно за период', 'lost in the period', lost),
          count(
            'lostInGenericLose',
            'из них в общей стадии LOSE',
            'of them in the generic LOSE stage',
            generic,
          ),
        ],
      );
      out.push(
        k.share(
          'data',
          lost - generic,
          lost,
          1 - k.threshold('max_generic_share'),
          { pass: 'dataReasons', partial: 'dataGeneric' },
          { days: k.days(), generic },
          ev,
          { ru: 'проигранных сделок', en: 'lost deals' },
        ),
      );
    }
    return out;
  },
);
