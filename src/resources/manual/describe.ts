import type { Lang } from '../../core/i18n.js';
import type { Deadline, Robot, Task, Trigger } from '../../spec/spec.generated.js';

/** Human wording of manual items, shared by the plan (`!` lines) and the handover checklist. */
export function describeResponsible(r: string | undefined, lang: Lang): string {
  if (r === undefined) return lang === 'ru' ? 'не указан' : 'not set';
  if (r === 'deal.responsible') return lang === 'ru' ? 'ответственный по сделке' : 'the deal’s responsible';
  if (r === 'deal.responsible.head')
    return lang === 'ru' ? 'руководитель ответственного' : 'the responsible’s supervisor';
  return r;
}

export function describeDeadline(d: Deadline | undefined, lang: Lang): string {
  const ru = lang === 'ru';
  if (!d) return ru ? 'без срока' : 'no deadline';
  if (d.days_after_entry !== undefined)
    return ru
      ? `${d.days_after_entry} дн. после входа на этап`
      : `${d.days_after_entry} d after entering the stage`;
  if (d.hours_after_entry !== undefined)
    return ru
      ? `${d.hours_after_entry} ч после входа на этап`
      : `${d.hours_after_entry} h after entering the stage`;
  if (d.after_entry !== undefined)
    return ru
      ? `через ${String(d.after_entry)} после входа на этап`
      : `${String(d.after_entry)} after entering the stage`;
  if (d.before_field !== undefined) {
    const n =
      d.days !== undefined
        ? ru
          ? `${d.days} дн.`
          : `${d.days} d`
        : d.hours !== undefined
          ? ru
            ? `${d.hours} ч`
            : `${d.hours} h`
          : '';
    return ru
      ? `за ${n} до даты в поле ${d.before_field}`.replace('за  до', 'к')
      : `${n} before the date in ${d.before_field}`.trim();
  }
  if (d.at !== undefined) return ru ? `к ${d.at}` : `by ${d.at}`;
  return ru ? 'без срока' : 'no deadline';
}

export function describeTask(t: Task, lang: Lang): string {
  const ru = lang === 'ru';
  return ru
    ? `задача «${t.title}», ответственный — ${describeResponsible(t.responsible, lang)}, срок — ${describeDeadline(t.deadline, lang)}`
    : `task “${t.title}”, responsible: ${describeResponsible(t.responsible, lang)}, deadline: ${describeDeadline(t.deadline, lang)}`;
}

const ROBOT_RU: Record<Robot['type'], string> = {
  send_email: 'Отправить письмо',
  send_sms: 'Отправить SMS',
  notify: 'Уведомление',
  create_task: 'Поставить задачу',
  create_todo: 'Дело',
  create_call: 'Запланировать звонок',
  create_meeting: 'Запланировать встречу',
  change_responsible: 'Сменить ответственного',
  copy_deal: 'Копировать сделку',
  move_to_direction: 'Сменить направление',
  change_stage: 'Сменить стадию',
  wait: 'Ожидание',
  generate_document: 'Создать документ',
  send_document: 'Отправить документ',
  webhook: 'Исходящий вебхук',
};
const ROBOT_EN: Record<Robot['type'], string> = {
  send_email: 'Send e-mail',
  send_sms: 'Send SMS',
  notify: 'Notification',
  create_task: 'Create task',
  create_todo: 'To-do',
  create_call: 'Plan a call',
  create_meeting: 'Plan a meeting',
  change_responsible: 'Change responsible',
  copy_deal: 'Copy deal',
  move_to_direction: 'Change pipeline',
  change_stage: 'Change stage',
  wait: 'Wait',
  generate_document: 'Create document',
  send_document: 'Send document',
  webhook: 'Outgoing webhook',
};

export function robotTypeName(type: Robot['type'], lang: Lang): string {
  return (lang === 'ru' ? ROBOT_RU : ROBOT_EN)[type];
}

export function describeRobot(r: Robot, lang: Lang): string {
  const ru = lang === 'ru';
  const parts = [`${ru ? 'робот' : 'robot'} «${robotTypeName(r.type, lang)}»`];
  if (r.title) parts.push(`«${r.title}»`);
  if (r.template) parts.push(ru ? `шаблон ${r.template}` : `template ${r.template}`);
  if (r.to)
    parts.push(ru ? `кому: ${describeResponsible(r.to, lang)}` : `to: ${describeResponsible(r.to, lang)}`);
  if (r.target)
    parts.push(
      ru
        ? `куда: ${r.target.direction}${r.target.stage ? ` / ${r.target.stage}` : ''}`
        : `target: ${r.target.direction}${r.target.stage ? ` / ${r.target.stage}` : ''}`,
    );
  if (r.delay !== undefined && r.delay !== 0 && r.delay !== '0')
    parts.push(ru ? `с задержкой ${String(r.delay)}` : `after ${String(r.delay)}`);
  if (r.condition) parts.push(ru ? `если: ${r.condition}` : `if: ${r.condition}`);
  return parts.join(', ');
}

const TRIGGER_RU: Record<Trigger['type'], string> = {
  email_opened: 'Письмо прочитано',
  link_clicked: 'Переход по ссылке',
  email_received: 'Входящее письмо',
  call_missed: 'Пропущенный звонок',
  call_incoming: 'Входящий звонок',
  webform_filled: 'Заполнение CRM-формы',
  openline_message: 'Сообщение в открытую линию',
  payment_received: 'Оплата получена',
  document_viewed: 'Просмотр документа',
  webhook: 'Входящий вебхук',
  field_changed: 'Изменение поля',
};
const TRIGGER_EN: Record<Trigger['type'], string> = {
  email_opened: 'E-mail opened',
  link_clicked: 'Link clicked',
  email_received: 'Incoming e-mail',
  call_missed: 'Missed call',
  call_incoming: 'Incoming call',
  webform_filled: 'CRM form filled',
  openline_message: 'Open line message',
  payment_received: 'Payment received',
  document_viewed: 'Document viewed',
  webhook: 'Incoming webhook',
  field_changed: 'Field changed',
};

export function triggerTypeName(type: Trigger['type'], lang: Lang): string {
  return (lang === 'ru' ? TRIGGER_RU : TRIGGER_EN)[type];
}
