import { defineStandard } from './define.js';

/** SD-33: a deals report: won, in progress, lost (report setup has no REST: manual). */
export const sd33 = defineStandard(
  {
    id: 'SD-33',
    slug: 'deals-report',
    title: {
      ru: 'Отчёт по сделкам: выиграно, в работе, проиграно',
      en: 'A deals report: won, in progress, lost',
    },
    rationale: {
      ru: 'Срез по успешным, текущим и проигранным сделкам по сумме и количеству показывает нагрузку менеджеров и помогает руководителю принимать решения по отделу.',
      en: 'A view of won, open and lost deals by amount and count shows the managers’ load and helps the head make decisions about the team.',
    },
    how: {
      ru: 'Через REST не проверить: нужна отметка человека (b24cfg attest SD-33).',
      en: 'REST cannot check it: a person attests (b24cfg attest SD-33).',
    },
    remediation: {
      ru: 'Настройте отчёт по сделкам (выиграно — зелёным, в работе — жёлтым, проиграно — красным) в CRM → Аналитика.',
      en: 'Set up a deals report (won in green, in progress in yellow, lost in red) in CRM → Analytics.',
    },
    category: 'analytics',
    weight: 1,
    classes: ['M'],
    thresholds: {},
    messages: {},
  },
  (k) => [k.manual()],
);
