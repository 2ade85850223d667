import { defineMessages } from '../../core/catalogue.js';

/** Plan texts of what only a human can set on the portal (the `!` lines and the handover checklist). */
export const MANUAL_MESSAGES = defineMessages({
  whyRobots: {
    ru: 'роботы и задачи на стадиях настраиваются только вручную: у REST нет методов для них',
    en: 'robots and stage tasks can only be set by hand: REST has no methods for them',
  },
  whyTriggers: {
    ru: 'триггеры привязываются к стадии только в интерфейсе Bitrix24',
    en: 'triggers are bound to a stage only in the Bitrix24 interface',
  },
  whyPermissions: {
    ru: 'права ролей CRM недоступны через REST',
    en: 'CRM role permissions are not available over REST',
  },
  whyMail: {
    ru: 'шаблоны писем CRM недоступны через REST',
    en: 'CRM e-mail templates are not available over REST',
  },
  whyQuickAnswers: {
    ru: 'быстрые ответы открытых линий не читаются и не пишутся через REST',
    en: 'open-line quick answers cannot be read or written over REST',
  },
  whyKpiList: {
    ru: 'получателей уведомлений KPI b24cfg не записывает: формат поля KPI_*_LIST не документирован, запись нельзя проверить',
    en: 'b24cfg does not write KPI alert recipients: the KPI_*_LIST format is undocumented, so a write could not be verified',
  },
  whySalesPlan: {
    ru: 'план продаж настраивается только в интерфейсе',
    en: 'the sales plan is set in the interface only',
  },
  whyRequired: {
    ru: 'обязательность полей по стадиям не читается через REST',
    en: 'required-by-stage fields cannot be read over REST',
  },
  /** A task or robot, worded by src/resources/manual/wording.ts (shared with the checklist). */
  described: { ru: '{what}', en: '{what}' },
  trigger: { ru: 'триггер «{type}»', en: 'trigger “{type}”' },
  triggerIf: { ru: 'триггер «{type}» ({condition})', en: 'trigger “{type}” ({condition})' },
  required: { ru: 'обязательные поля: {fields}', en: 'required fields: {fields}' },
  tunnelMove: {
    ru: 'туннель: перенести сделку в {to} / {stage}',
    en: 'tunnel: move the deal to {to} / {stage}',
  },
  tunnelCopy: {
    ru: 'туннель: скопировать сделку в {to} / {stage}',
    en: 'tunnel: copy the deal to {to} / {stage}',
  },
  role: { ru: 'роль «{name}»', en: 'role “{name}”' },
  roleDeny: { ru: 'роль «{name}», запретить: {deny}', en: 'role “{name}”, deny: {deny}' },
  emailTemplate: { ru: 'шаблон письма «{title}»: {subject}', en: 'e-mail template “{title}”: {subject}' },
  quickAnswers: { ru: 'линия «{line}»: {n} {what}', en: 'line “{line}”: {n} {what}' },
  kpiAlerts: {
    ru: 'линия «{line}»: уведомления о нарушении KPI получают {to}',
    en: 'line “{line}”: KPI alerts go to {to}',
  },
  salesPlan: {
    ru: 'план продаж {period}, по {metric}, {by}',
    en: 'sales plan: per {period}, by {metric}, per {by}',
  },
  periodMonth: { ru: 'на месяц', en: 'month' },
  periodQuarter: { ru: 'на квартал', en: 'quarter' },
  periodHalfYear: { ru: 'на полгода', en: 'half year' },
  periodYear: { ru: 'на год', en: 'year' },
  metricAmount: { ru: 'сумме', en: 'amount' },
  metricCount: { ru: 'количеству', en: 'count' },
  byEmployee: { ru: 'по сотрудникам', en: 'employee' },
  byDirection: { ru: 'по направлениям', en: 'direction' },
  // The group of items set by hand that belong to no direction or open line (src/resources/manual/index.ts).
  groupOther: { ru: 'Прочее (вручную)', en: 'Other (by hand)' },
});
