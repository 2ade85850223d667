import type { HwDeadline, HwDelay, HwPerson, HwRobot } from './robot-input.js';
import type { SbRobot } from './types.js';

/**
 * The activity the automation designer saves for each robot, with the property keys its class
 * declares (docs/bitrix24/crm-settings-archive.md#robots). Dates are written the way
 * Helper::getDateTimeIntervalString writes them; delays the way DelayInterval::toActivityProperties does.
 */
const RESPONSIBLE = '{=Document:ASSIGNED_BY_ID}';
const NOW = '{=System:Now}';

export function personValue(p: HwPerson): string {
  if (p === 'responsible') return RESPONSIBLE;
  if (p === 'responsible_head') return 'responsible_head';
  return `user_${p.userId}`;
}

/** 2880 → "2d", 90 → "1h30i": the largest units first, as the server writes them. */
export function intervalText(minutes: number): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const i = minutes % 60;
  return `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${i ? `${i}i` : ''}` || '0d';
}

function dateadd(basis: string, minutes: number, sign: 1 | -1, workTime: boolean): string {
  const fn = workTime ? 'workdateadd' : 'dateadd';
  const worker = workTime ? `,${RESPONSIBLE}` : '';
  return `=${fn}(${basis},"${sign < 0 ? '-' : ''}${intervalText(minutes)}"${worker})`;
}

export function deadlineValue(d: HwDeadline): string {
  if ('at' in d) return d.at;
  if ('beforeField' in d) return dateadd(`{=Document:${d.beforeField}}`, d.minutes, -1, false);
  return dateadd(NOW, d.afterEntryMinutes, 1, d.workTime === true);
}

/** A delay "after N" without work time is TimeoutDuration; anything else a TimeoutTime expression. */
export function delayProperties(d: HwDelay): Record<string, unknown> {
  if ('beforeField' in d)
    return {
      TimeoutTimeIsLocal: 'N',
      TimeoutTime: dateadd(`{=Document:${d.beforeField}}`, d.minutes, -1, false),
    };
  if (d.workTime) return { TimeoutTimeIsLocal: 'N', TimeoutTime: dateadd(NOW, d.afterMinutes, 1, true) };
  const { value, type } =
    d.afterMinutes % 1440 === 0
      ? { value: d.afterMinutes / 1440, type: 'd' }
      : d.afterMinutes % 60 === 0
        ? { value: d.afterMinutes / 60, type: 'h' }
        : { value: d.afterMinutes, type: 'm' };
  return { TimeoutTimeIsLocal: 'N', TimeoutDuration: value, TimeoutDurationType: type };
}

function activityOf(r: HwRobot): { type: string; props: Record<string, unknown> } {
  switch (r.kind) {
    case 'task':
      return {
        type: 'Task2Activity',
        props: {
          Fields: {
            TITLE: r.taskTitle,
            CREATED_BY: RESPONSIBLE,
            RESPONSIBLE_ID: r.responsible.map(personValue),
            AUDITORS: (r.observers ?? []).map(personValue),
            DEADLINE: r.deadline ? deadlineValue(r.deadline) : '',
            PRIORITY: r.priority === 'high' ? '2' : '1',
            ALLOW_CHANGE_DEADLINE: 'Y',
            TASK_CONTROL: 'N',
          },
          HoldToClose: false,
          AUTO_LINK_TO_CRM_ENTITY: true,
          CheckListItems: r.checklist ?? [],
        },
      };
    case 'email':
      return {
        type: 'CrmSendEmailActivity',
        props: {
          Subject: r.subject,
          MessageText: r.body ?? r.subject,
          MessageTextType: 'bbcode',
          EmailSelectRule: 'first',
        },
      };
    case 'sms':
      return {
        type: 'CrmSendSmsActivity',
        props: { MessageText: r.text, RecipientType: 'entity', ProviderId: '' },
      };
    case 'notify':
      return {
        type: 'SocNetMessageActivity',
        props: { MessageText: r.text, MessageUserTo: r.to.map(personValue), MessageFormat: 'robot' },
      };
    case 'notify_head':
      return {
        type: 'CrmControlNotifyActivity',
        props: { MessageText: r.text, ToHead: 'Y', ToUsers: (r.also ?? []).map(personValue) },
      };
    case 'document':
      return {
        type: 'CrmGenerateEntityDocumentActivity',
        props: { TemplateId: r.templateId, UseSubscription: 'N', WithStamps: 'N' },
      };
    case 'change_stage':
      return { type: 'CrmChangeStatusActivity', props: { TargetStatus: r.statusId } };
    case 'tunnel':
      return {
        type: r.mode === 'move' ? 'CrmChangeDealCategoryActivity' : 'CrmCopyDealActivity',
        props: { DealTitle: '{=Document:TITLE}', CategoryId: r.pipelineId, StageId: r.statusId },
      };
    case 'change_responsible':
      return { type: 'CrmChangeResponsibleActivity', props: { Responsible: r.responsible.map(personValue) } };
    case 'call':
      return { type: 'CrmCreateCallActivity', props: { Subject: r.subject, Responsible: RESPONSIBLE } };
    case 'meeting':
      return { type: 'CrmCreateMeetingActivity', props: { Subject: r.subject, Responsible: RESPONSIBLE } };
    case 'todo':
      return { type: 'CrmCreateToDoActivity', props: { Title: r.subject } };
    case 'webhook':
      return { type: 'WebHookActivity', props: { Handler: r.url } };
    case 'raw':
      return { type: r.type, props: r.properties };
  }
}

/** The designer's robot; `name` is the activity name it generates (Robot::generateName). */
export function robotOf(r: HwRobot, name: string, delayName: string): SbRobot {
  const { type, props } = activityOf(r);
  const robot: SbRobot = {
    Type: type,
    Name: name,
    Activated: 'Y',
    Properties: { ...props, Title: r.title ?? type },
  };
  if (r.delay) {
    robot.DelayProperties = delayProperties(r.delay);
    robot.DelayName = delayName;
  }
  if (r.condition?.length)
    robot.Condition = r.condition.map((c, i) => ({
      object: 'Document',
      field: c.field,
      operator: c.operator,
      value: c.value,
      joiner: i > 0 && c.joiner === 'or' ? 1 : 0,
    }));
  if (r.afterPrevious) robot.ExecuteAfterPrevious = true;
  return robot;
}
