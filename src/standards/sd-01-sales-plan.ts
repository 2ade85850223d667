import { count, defineStandard, evidence } from './define.js';

/**
 * SD-01: a monthly sales plan per employee or direction. No REST reads sales targets
 * (docs/bitrix24/sales-plan.md#no-rest-for-sales-targets).
 */
export const sd01 = defineStandard(
  {
    id: 'SD-01',
    slug: 'sales-plan',
    title: { ru: 'Ежемесячный план продаж', en: 'A monthly sales plan' },
    rationale: {
      ru: 'План на месяц — главный ориентир отдела: по нему видно, сколько нужно продать сегодня, чтобы выйти на цель к концу месяца, и кто из сотрудников отстаёт.',
      en: 'A monthly target is what the team steers by: it shows how much must be sold today to reach the goal by month end, and who is falling behind.',
    },
    how: {
      ru: 'Спецификация: есть раздел sales_plan (период, показатель, по сотрудникам или направлениям). Портал: планы продаж не читаются через REST, поэтому нужна отметка человека (b24cfg attest SD-01).',
      en: 'Spec: a sales_plan section exists (period, metric, per employee or direction). Portal: sales targets cannot be read over REST, so a person attests it (b24cfg attest SD-01).',
    },
    remediation: {
      ru: 'Опишите план в sales_plan и заведите его в Bitrix24: CRM → Аналитика → План продаж, по сумме или количеству сделок, на каждого менеджера.',
      en: 'Describe the plan in sales_plan and set it in Bitrix24: CRM → Analytics → Sales plan, by amount or number of deals, for every manager.',
    },
    category: 'analytics',
    weight: 2,
    classes: ['M'],
    thresholds: {},
    messages: {
      specPlan: {
        ru: 'План продаж описан: период {period}, показатель {metric}, в разрезе {by}; целей: {targets}.',
        en: 'The sales plan is described: period {period}, metric {metric}, by {by}; targets: {targets}.',
      },
      specNoPlan: {
        ru: 'В спецификации нет плана продаж (sales_plan).',
        en: 'The spec has no sales plan (sales_plan).',
      },
    },
  },
  (k) => {
    const out = [];
    if (k.spec) {
      const p = k.spec.sales_plan;
      const ev = evidence(
        ['spec: /sales_plan'],
        p ? [count('targets', 'целей', 'targets', p.targets?.length ?? 0)] : [],
      );
      out.push(
        p
          ? k.finding(
              'spec',
              'pass',
              'specPlan',
              { period: p.period, metric: p.metric, by: p.by, targets: p.targets?.length ?? 0 },
              ev,
              { specPointers: ['/sales_plan'] },
            )
          : k.finding('spec', 'fail', 'specNoPlan', {}, ev, { specPointers: [''] }),
      );
    }
    out.push(k.manual());
    return out;
  },
);
