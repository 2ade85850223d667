import { defineStandard } from './define.js';

/** SD-14: end-to-end analytics per sales channel (no REST reads it: manual). */
export const sd14 = defineStandard(
  {
    id: 'SD-14',
    slug: 'end-to-end-analytics',
    title: { ru: 'Сквозная аналитика по каждому каналу', en: 'End-to-end analytics per channel' },
    rationale: {
      ru: 'Реклама окупается, только если видно, сколько стоит обращение и сколько принесла каждая продажа из канала. Сквозная аналитика считает ROI сама и показывает, куда переложить бюджет.',
      en: 'Advertising pays off only when you see what a lead costs and what each sale from a channel brings. End-to-end analytics computes ROI by itself and shows where to move the budget.',
    },
    how: {
      ru: 'Через REST не проверить: нужна отметка человека (b24cfg attest SD-14) с тем, какие каналы подключены.',
      en: 'REST cannot check it: a person attests (b24cfg attest SD-14), naming the channels connected.',
    },
    remediation: {
      ru: 'Подключите рекламные кабинеты и сайт в CRM → Аналитика → Сквозная аналитика и проверьте расходы по каналам.',
      en: 'Connect the ad accounts and the website in CRM → Analytics → End-to-end analytics and check costs per channel.',
    },
    category: 'analytics',
    weight: 1,
    classes: ['M'],
    thresholds: {},
    messages: {},
  },
  (k) => [k.manual()],
);
