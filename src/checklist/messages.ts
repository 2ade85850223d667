import { defineMessages } from '../core/catalogue.js';

/** Section and group headings of the checklist. */
export const CHECKLIST_HEADINGS = defineMessages({
  structure: { ru: 'Структура компании', en: 'Company structure' },
  email: { ru: 'Шаблоны писем', en: 'E-mail templates' },
  openLines: { ru: 'Открытые линии', en: 'Open lines' },
  permissions: { ru: 'Права доступа', en: 'Access permissions' },
  salesPlan: { ru: 'План продаж', en: 'Sales targets' },
  other: { ru: 'Прочее', en: 'Other' },
  direction: { ru: 'Направление «{name}»', en: 'Pipeline “{name}”' },
  stage: { ru: 'Стадия «{name}»', en: 'Stage “{name}”' },
  line: { ru: 'Линия «{name}»', en: 'Line “{name}”' },
  tunnels: { ru: 'Туннели продаж', en: 'Sales tunnels' },
  requiredByStage: { ru: 'Обязательные поля по стадиям', en: 'Fields required by stage' },
});

/** Item titles: what to set, named as the consultant finds it. */
export const CHECKLIST_TITLES = defineMessages({
  requiredFields: {
    ru: 'Обязательные поля на стадии «{stage}»',
    en: 'Fields required at stage “{stage}”',
  },
  task: { ru: 'Задача «{title}»', en: 'Task “{title}”' },
  robot: { ru: 'Робот «{type}»{title}', en: 'Rule “{type}”{title}' },
  trigger: { ru: 'Триггер «{type}»{title}', en: 'Trigger “{type}”{title}' },
  tunnel: { ru: 'Туннель в направление «{to}»', en: 'Tunnel to pipeline “{to}”' },
  emailTemplate: { ru: 'Шаблон письма «{title}»', en: 'E-mail template “{title}”' },
  kpiAlerts: { ru: 'Кому приходят уведомления о нарушении KPI', en: 'Who gets KPI violation alerts' },
  quickAnswers: { ru: 'Быстрые ответы линии ({n})', en: 'Quick answers of the line ({n})' },
  role: { ru: 'Роль «{name}»', en: 'Role “{name}”' },
  salesPlan: { ru: 'План продаж', en: 'Sales targets' },
});

/** Labels of an item's fields and texts. */
export const CHECKLIST_LABELS = defineMessages({
  stage: { ru: 'Стадия', en: 'Stage' },
  requiredFields: { ru: 'Обязательные поля', en: 'Required fields' },
  rule: { ru: 'Робот', en: 'Rule' },
  taskTitle: { ru: 'Название задачи', en: 'Task title' },
  description: { ru: 'Описание', en: 'Description' },
  responsible: { ru: 'Ответственный', en: 'Responsible' },
  observers: { ru: 'Наблюдатели', en: 'Observers' },
  deadline: { ru: 'Крайний срок', en: 'Deadline' },
  priority: { ru: 'Важность', en: 'Priority' },
  result: { ru: 'Результат', en: 'Result' },
  taskChecklist: { ru: 'Чек-лист задачи', en: 'Task checklist' },
  title: { ru: 'Название', en: 'Title' },
  to: { ru: 'Кому', en: 'To' },
  target: { ru: 'Куда', en: 'Target' },
  emailTemplate: { ru: 'Шаблон письма', en: 'E-mail template' },
  documentTemplate: { ru: 'Шаблон документа', en: 'Document template' },
  when: { ru: 'Когда', en: 'When' },
  condition: { ru: 'Условие', en: 'Condition' },
  text: { ru: 'Текст', en: 'Text' },
  trigger: { ru: 'Триггер', en: 'Trigger' },
  from: { ru: 'Откуда', en: 'From' },
  tunnelTo: { ru: 'Куда', en: 'To' },
  deal: { ru: 'Сделка', en: 'Deal' },
  subject: { ru: 'Тема', en: 'Subject' },
  for: { ru: 'Для', en: 'For' },
  attachDocument: { ru: 'Приложить документ', en: 'Attach document' },
  emailBody: { ru: 'Текст письма', en: 'E-mail body' },
  notify: { ru: 'Уведомлять', en: 'Notify' },
  kpiLimits: { ru: 'Нормы KPI (b24cfg уже записал)', en: 'KPI limits (already set by b24cfg)' },
  role: { ru: 'Роль', en: 'Role' },
  deny: { ru: 'Запретить', en: 'Deny' },
  allow: { ru: 'Разрешить', en: 'Allow' },
  assignTo: { ru: 'Кому назначить', en: 'Assign to' },
  period: { ru: 'Период', en: 'Period' },
  metric: { ru: 'Показатель', en: 'Metric' },
  per: { ru: 'В разрезе', en: 'Per' },
  currency: { ru: 'Валюта', en: 'Currency' },
  salesTarget: { ru: 'Цель', en: 'Target' },
  note: { ru: 'Примечание', en: 'Note' },
});

/** Values the checklist writes in its own words. */
export const CHECKLIST_VALUES = defineMessages({
  highPriority: { ru: 'важная задача', en: 'high' },
  requireResult: { ru: 'требовать результат при закрытии', en: 'require a result to close it' },
  moveDeal: { ru: 'перенести', en: 'move it' },
  copyDeal: { ru: 'скопировать (исходная остаётся)', en: 'copy it (the original stays)' },
  firstAnswer: { ru: 'первый ответ {time}', en: 'first answer {time}' },
  furtherAnswers: { ru: 'следующие {time}', en: 'further answers {time}' },
  client: { ru: 'клиент', en: 'the client' },
  personNotOnPortal: {
    ru: '{email} ({role}) нет на портале {host}: сначала пригласите сотрудника или исправьте e-mail',
    en: '{email} ({role}) is not on portal {host}: invite the person or fix the e-mail first',
  },
  amount: { ru: 'сумма сделок', en: 'deal amount' },
  count: { ru: 'число сделок', en: 'number of deals' },
  byEmployee: { ru: 'сотрудников', en: 'employee' },
  byDirection: { ru: 'направлений', en: 'pipeline' },
  afterEntry: { ru: '{time} после входа на этап', en: '{time} after entering the stage' },
  workTime: { ru: ' (в рабочее время)', en: ' (working time)' },
  rightAway: { ru: 'сразу при входе сделки на стадию', en: 'right when the deal enters the stage' },
  delay: { ru: 'через {time} после входа на стадию', en: '{time} after the deal enters the stage' },
  zeroSeconds: { ru: '0 с', en: '0 s' },
  days: { ru: '{n} дн.', en: '{n} d' },
  hours: { ru: '{n} ч', en: '{n} h' },
  minutes: { ru: '{n} мин', en: '{n} min' },
  seconds: { ru: '{n} с', en: '{n} s' },
});

/** Standard deal fields by code, as the Bitrix24 interface names them. */
export const BUILTIN_FIELD_LABELS = defineMessages({
  TITLE: { ru: 'Название', en: 'Title' },
  OPPORTUNITY: { ru: 'Сумма', en: 'Amount' },
  BEGINDATE: { ru: 'Дата начала', en: 'Start date' },
  CLOSEDATE: { ru: 'Дата завершения', en: 'Close date' },
  SOURCE_ID: { ru: 'Источник', en: 'Source' },
  COMMENTS: { ru: 'Комментарий', en: 'Comment' },
  PRODUCTS: { ru: 'Товары', en: 'Products' },
  CLIENT: { ru: 'Клиент', en: 'Client' },
  CONTACT_ID: { ru: 'Контакт', en: 'Contact' },
  COMPANY_ID: { ru: 'Компания', en: 'Company' },
});

/** The permissions a spec role can deny or allow, in the interface's words. */
export const PERMISSION_LABELS = defineMessages({
  'lead.delete': { ru: 'удаление лидов', en: 'delete leads' },
  'deal.delete': { ru: 'удаление сделок', en: 'delete deals' },
  'contact.delete': { ru: 'удаление контактов', en: 'delete contacts' },
  'company.delete': { ru: 'удаление компаний', en: 'delete companies' },
  import: { ru: 'импорт', en: 'import' },
  export: { ru: 'экспорт', en: 'export' },
  settings: { ru: 'изменение настроек CRM', en: 'change CRM settings' },
});

/** Who an e-mail template is for. */
export const TEMPLATE_ENTITIES = defineMessages({
  deal: { ru: 'сделки', en: 'deals' },
  lead: { ru: 'лиды', en: 'leads' },
  contact: { ru: 'контакты', en: 'contacts' },
  company: { ru: 'компании', en: 'companies' },
});

/** The periods of a sales plan. */
export const SALES_PERIODS = defineMessages({
  month: { ru: 'месяц', en: 'month' },
  quarter: { ru: 'квартал', en: 'quarter' },
  half_year: { ru: 'полугодие', en: 'half year' },
  year: { ru: 'год', en: 'year' },
});

/**
 * Where to click in the Bitrix24 interface (cloud portal, Russian and English UI), written as the menu
 * path a consultant follows. The names follow the current interface; when the portal's menu is
 * customised, the section names still match.
 */
export const CHECKLIST_WHERE = defineMessages({
  structure: {
    ru: 'Сотрудники → Структура компании → отдел → ⋯ → Изменить (руководитель, вышестоящий отдел); сотрудника — перетащить в отдел',
    en: 'Employees → Company structure → department → ⋯ → Edit (head, parent department); a person — drag them into the department',
  },
  emailTemplates: {
    ru: 'CRM → Настройки → Шаблоны писем → Добавить (тот же список открывается из письма в карточке: Шаблоны → Создать)',
    en: 'CRM → Settings → E-mail templates → Add (the same list opens from an e-mail in a card: Templates → Create)',
  },
  robots: {
    ru: 'CRM → Сделки → направление «{pipeline}» (переключатель над канбаном) → Роботы',
    en: 'CRM → Deals → pipeline “{pipeline}” (the switcher above the Kanban) → Automation rules',
  },
  stageRobots: {
    ru: 'колонка стадии «{stage}»: роботы — «+ Добавить» в строке роботов, триггеры — «+ Добавить» в строке триггеров',
    en: 'the “{stage}” stage column: robots via “+ Add” in the rules row, triggers via “+ Add” in the triggers row',
  },
  tunnels: {
    ru: 'CRM → Сделки → ⚙ → Направления и туннели продаж: протяните стрелку от стадии к направлению, затем настройте робот туннеля',
    en: 'CRM → Deals → ⚙ → Pipelines and sales tunnels: drag an arrow from the stage to the pipeline, then set up the tunnel rule',
  },
  requiredFields: {
    ru: 'CRM → Сделки → направление «{pipeline}» → откройте любую сделку → у поля ⚙ → «Обязательное поле» → «На стадиях»',
    en: 'CRM → Deals → pipeline “{pipeline}” → open any deal → field ⚙ → “Required field” → “At stages”',
  },
  openLines: {
    ru: 'Контакт-центр → Открытые линии → линия → Настроить',
    en: 'Contact Center → Open Channels → the line → Configure',
  },
  quickAnswers: {
    ru: 'окно чата линии «{line}» → Быстрые ответы → Добавить (ответы общие для линии)',
    en: 'a chat window of line “{line}” → Quick answers → Add (the answers are shared by the line)',
  },
  kpi: {
    ru: 'линия «{line}» → Настроить → KPI → «Уведомлять о нарушении»',
    en: 'line “{line}” → Configure → KPI → “Notify about violations”',
  },
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
});

/** Wording shared by the Markdown and HTML renderers. */
export const CHECKLIST_TEXT = defineMessages({
  title: { ru: 'Чек-лист ручной настройки Bitrix24', en: 'Bitrix24 hand-setup checklist' },
  intro: {
    ru: 'Эти настройки REST записать не может — их делают руками в интерфейсе Bitrix24, по разделам сверху вниз. b24cfg никогда не отмечает их как применённые; отмечайте пункты по ходу работы.',
    en: 'REST cannot write these settings: set them by hand in the Bitrix24 interface, section by section from the top. b24cfg never reports them as applied; tick the items off as you go.',
  },
  where: { ru: 'Где', en: 'Where' },
  why: { ru: 'Почему вручную', en: 'Why by hand' },
  contents: { ru: 'Разделы', en: 'Sections' },
  client: { ru: 'Клиент', en: 'Client' },
  portal: { ru: 'Портал', en: 'Portal' },
  spec: { ru: 'Спецификация', en: 'Spec' },
  generated: { ru: 'Собран', en: 'Generated' },
  html: { ru: 'Исходный HTML', en: 'HTML source' },
  nothing: {
    ru: 'Ручных пунктов нет: всё из спецификации записывается через REST.',
    en: 'Nothing to do by hand: REST sets everything in the spec.',
  },
  archiveChecked: {
    ru: 'Сверено с архивом настроек CRM {file} ({age}): пунктов, которые уже сделаны как в спецификации, — {matched}; их в списке нет.',
    en: 'Checked against the CRM settings archive {file} ({age}): {matched} items are already done as the spec says and are not listed.',
  },
  portalOnly: {
    ru: 'Есть на портале, но нет в спецификации ({n}) — удалите на портале или опишите в спецификации',
    en: 'On the portal but not in the spec ({n}): remove them on the portal or describe them in the spec',
  },
  archiveDiffers: { ru: 'Архив показывает', en: 'The archive shows' },
  archiveCannot: { ru: 'По архиву не проверить', en: 'Not checked by the archive' },
});
