import { defineStandard } from './define.js';

/** SD-32: a report on managers' activities (report setup has no REST: manual). */
export const sd32 = defineStandard(
  {
    id: 'SD-32',
    slug: 'activity-report',
    title: { ru: 'Отчёт по активностям менеджеров', en: 'A report on managers’ activities' },
    rationale: {
      ru: 'Входящие и исходящие звонки и письма, встречи и закрытые задачи по каждому менеджеру в одном отчёте показывают, кто работает с клиентами, и создают здоровую конкуренцию в команде.',
      en: 'Incoming and outgoing calls and e-mails, meetings and closed tasks per manager in one report show who works with clients and create healthy competition in the team.',
    },
    how: {
      ru: 'Через REST не проверить: нужна отметка человека (b24cfg attest SD-32).',
      en: 'REST cannot check it: a person attests (b24cfg attest SD-32).',
    },
    remediation: {
      ru: 'Настройте отчёт по активностям в CRM → Аналитика и закрепите его в меню руководителя.',
      en: 'Set up an activity report in CRM → Analytics and pin it to the head’s menu.',
    },
    category: 'analytics',
    weight: 1,
    classes: ['M'],
    thresholds: {},
    messages: {},
  },
  (k) => [k.manual()],
);
