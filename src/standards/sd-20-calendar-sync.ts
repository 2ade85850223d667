import { defineStandard } from './define.js';

/** SD-20: work calendars sync to phones (a device setting: manual). */
export const sd20 = defineStandard(
  {
    id: 'SD-20',
    slug: 'calendar-sync',
    title: { ru: 'Рабочие календари синхронизированы с телефонами', en: 'Work calendars sync to phones' },
    rationale: {
      ru: 'Звонки и встречи, запланированные в CRM, должны быть у менеджера в телефоне: тогда не нужно планировать дважды, и ни одно дело не теряется вне офиса.',
      en: 'Calls and meetings planned in the CRM belong on the manager’s phone: nothing is planned twice and nothing is lost outside the office.',
    },
    how: {
      ru: 'Через REST не проверить: нужна отметка человека (b24cfg attest SD-20).',
      en: 'REST cannot check it: a person attests (b24cfg attest SD-20).',
    },
    remediation: {
      ru: 'Включите синхронизацию календаря Bitrix24 на телефонах сотрудников (iOS или Android).',
      en: 'Turn on Bitrix24 calendar sync on the team’s phones (iOS or Android).',
    },
    category: 'communications',
    weight: 1,
    classes: ['M'],
    thresholds: {},
    messages: {},
  },
  (k) => [k.manual()],
);
