import { defineStandard } from './define.js';

/** SD-19: the head watches the team's calendars (calendar access rights have no REST: manual). */
export const sd19 = defineStandard(
  {
    id: 'SD-19',
    slug: 'calendar-control',
    title: { ru: 'Руководитель видит календари сотрудников', en: 'The head watches the team’s calendars' },
    rationale: {
      ru: 'Когда календари команды подключены, руководитель видит запланированные звонки и встречи каждого менеджера, его загрузку и свободное время, и может вовремя перераспределить работу.',
      en: 'With the team’s calendars connected the head sees every manager’s planned calls and meetings, their load and free time, and can rebalance work in time.',
    },
    how: {
      ru: 'Через REST не проверить: нужна отметка человека (b24cfg attest SD-19).',
      en: 'REST cannot check it: a person attests (b24cfg attest SD-19).',
    },
    remediation: {
      ru: 'Откройте руководителю доступ к календарям сотрудников отдела и добавьте их в его календарь.',
      en: 'Give the head access to the team members’ calendars and add them to the head’s calendar view.',
    },
    category: 'control',
    weight: 1,
    classes: ['M'],
    thresholds: {},
    messages: {},
  },
  (k) => [k.manual()],
);
