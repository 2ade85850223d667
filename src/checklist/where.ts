import type { Text } from '../core/i18n.js';

/**
 * Where to click in the Bitrix24 interface (cloud portal, Russian and English UI), written as the
 * menu path a consultant follows. The names follow the current interface; when the portal's menu is
 * customised, the section names still match.
 */
export const WHERE = {
  structure: {
    ru: 'Сотрудники → Структура компании → отдел → ⋯ → Изменить (руководитель, вышестоящий отдел); сотрудника — перетащить в отдел',
    en: 'Employees → Company structure → department → ⋯ → Edit (head, parent department); a person — drag them into the department',
  },
  emailTemplates: {
    ru: 'CRM → Настройки → Шаблоны писем → Добавить (тот же список открывается из письма в карточке: Шаблоны → Создать)',
    en: 'CRM → Settings → E-mail templates → Add (the same list opens from an e-mail in a card: Templates → Create)',
  },
  robots: (pipeline: string): Text => ({
    ru: `CRM → Сделки → направление «${pipeline}» (переключатель над канбаном) → Роботы`,
    en: `CRM → Deals → pipeline “${pipeline}” (the switcher above the Kanban) → Automation rules`,
  }),
  stageRobots: (stage: string): Text => ({
    ru: `колонка стадии «${stage}»: роботы — «+ Добавить» в строке роботов, триггеры — «+ Добавить» в строке триггеров`,
    en: `the “${stage}” stage column: robots via “+ Add” in the rules row, triggers via “+ Add” in the triggers row`,
  }),
  tunnels: {
    ru: 'CRM → Сделки → ⚙ → Направления и туннели продаж: протяните стрелку от стадии к направлению, затем настройте робот туннеля',
    en: 'CRM → Deals → ⚙ → Pipelines and sales tunnels: drag an arrow from the stage to the pipeline, then set up the tunnel rule',
  },
  requiredFields: (pipeline: string): Text => ({
    ru: `CRM → Сделки → направление «${pipeline}» → откройте любую сделку → у поля ⚙ → «Обязательное поле» → «На стадиях»`,
    en: `CRM → Deals → pipeline “${pipeline}” → open any deal → field ⚙ → “Required field” → “At stages”`,
  }),
  openLines: {
    ru: 'Контакт-центр → Открытые линии → линия → Настроить',
    en: 'Contact Center → Open Channels → the line → Configure',
  },
  quickAnswers: (line: string): Text => ({
    ru: `окно чата линии «${line}» → Быстрые ответы → Добавить (ответы общие для линии)`,
    en: `a chat window of line “${line}” → Quick answers → Add (the answers are shared by the line)`,
  }),
  kpi: (line: string): Text => ({
    ru: `линия «${line}» → Настроить → KPI → «Уведомлять о нарушении»`,
    en: `line “${line}” → Configure → KPI → “Notify about violations”`,
  }),
  permissions: {
    ru: 'CRM → Настройки → Права доступа → Роли → Добавить роль; затем «Назначить роль» сотрудникам',
    en: 'CRM → Settings → Access permissions → Roles → Add role; then “Assign role” to the people',
  },
  salesPlan: {
    ru: 'CRM → Аналитика → План продаж → Настроить',
    en: 'CRM → Analytics → Sales targets → Configure',
  },
  other: {
    ru: 'см. пояснение у каждого пункта',
    en: 'see the note of each item',
  },
} satisfies Record<string, Text | ((...a: string[]) => Text)>;
