import { defineMessages } from '../../core/catalogue.js';

/** How items set by hand are worded, in the plan's `!` lines and in the handover checklist. */
export const WORDING_MESSAGES = defineMessages({
  responsibleNotSet: { ru: 'не указан', en: 'not set' },
  responsibleDeal: { ru: 'ответственный по сделке', en: 'the deal’s responsible' },
  responsibleHead: { ru: 'руководитель ответственного', en: 'the responsible’s supervisor' },
  deadlineNone: { ru: 'без срока', en: 'no deadline' },
  deadlineDays: { ru: '{n} дн. после входа на этап', en: '{n} d after entering the stage' },
  deadlineHours: { ru: '{n} ч после входа на этап', en: '{n} h after entering the stage' },
  deadlineAfter: { ru: 'через {after} после входа на этап', en: '{after} after entering the stage' },
  days: { ru: '{n} дн.', en: '{n} d' },
  hours: { ru: '{n} ч', en: '{n} h' },
  deadlineBeforeField: { ru: 'за {n} до даты в поле {field}', en: '{n} before the date in {field}' },
  deadlineByField: { ru: 'к даты в поле {field}', en: 'before the date in {field}' },
  deadlineAt: { ru: 'к {at}', en: 'by {at}' },
  task: {
    ru: 'задача «{title}», ответственный — {responsible}, срок — {deadline}',
    en: 'task “{title}”, responsible: {responsible}, deadline: {deadline}',
  },
  robot: { ru: 'робот «{type}»', en: 'robot “{type}”' },
  robotTitle: { ru: '«{title}»', en: '“{title}”' },
  robotTemplate: { ru: 'шаблон {template}', en: 'template {template}' },
  robotTo: { ru: 'кому: {to}', en: 'to: {to}' },
  robotTarget: { ru: 'куда: {target}', en: 'target: {target}' },
  robotDelay: { ru: 'с задержкой {delay}', en: 'after {delay}' },
  robotCondition: { ru: 'если: {condition}', en: 'if: {condition}' },
});

/** Robot types as Bitrix24 names them in its designer. */
export const ROBOT_NAMES = defineMessages({
  send_email: { ru: 'Отправить письмо', en: 'Send e-mail' },
  send_sms: { ru: 'Отправить SMS', en: 'Send SMS' },
  notify: { ru: 'Уведомление', en: 'Notification' },
  create_task: { ru: 'Поставить задачу', en: 'Create task' },
  create_todo: { ru: 'Дело', en: 'To-do' },
  create_call: { ru: 'Запланировать звонок', en: 'Plan a call' },
  create_meeting: { ru: 'Запланировать встречу', en: 'Plan a meeting' },
  change_responsible: { ru: 'Сменить ответственного', en: 'Change responsible' },
  copy_deal: { ru: 'Копировать сделку', en: 'Copy deal' },
  move_to_direction: { ru: 'Сменить направление', en: 'Change pipeline' },
  change_stage: { ru: 'Сменить стадию', en: 'Change stage' },
  wait: { ru: 'Ожидание', en: 'Wait' },
  generate_document: { ru: 'Создать документ', en: 'Create document' },
  send_document: { ru: 'Отправить документ', en: 'Send document' },
  webhook: { ru: 'Исходящий вебхук', en: 'Outgoing webhook' },
});

/** Trigger types as Bitrix24 names them in its designer. */
export const TRIGGER_NAMES = defineMessages({
  email_opened: { ru: 'Письмо прочитано', en: 'E-mail opened' },
  link_clicked: { ru: 'Переход по ссылке', en: 'Link clicked' },
  email_received: { ru: 'Входящее письмо', en: 'Incoming e-mail' },
  call_missed: { ru: 'Пропущенный звонок', en: 'Missed call' },
  call_incoming: { ru: 'Входящий звонок', en: 'Incoming call' },
  webform_filled: { ru: 'Заполнение CRM-формы', en: 'CRM form filled' },
  openline_message: { ru: 'Сообщение в открытую линию', en: 'Open line message' },
  payment_received: { ru: 'Оплата получена', en: 'Payment received' },
  document_viewed: { ru: 'Просмотр документа', en: 'Document viewed' },
  webhook: { ru: 'Входящий вебхук', en: 'Incoming webhook' },
  field_changed: { ru: 'Изменение поля', en: 'Field changed' },
});
