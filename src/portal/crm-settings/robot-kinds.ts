import type { RobotFact } from './types.js';
import { deadlineOf } from './intervals.js';
import { int, listOf, objectOrEmpty, text, type JsonObject } from './json.js';
import { peopleOf } from './people.js';
import type { WalkedRobot } from './template-walk.js';

/**
 * Robot activities mapped to the robot kinds the spec knows, by the activity's `Type` and the property
 * keys its class declares. Each mapping's source is listed in docs/bitrix24/crm-settings-archive.md#robots;
 * a type not listed here becomes an `unknown` robot and is reported as such, never guessed.
 */
type Mapper = (
  props: JsonObject,
) => Omit<RobotFact, 'type' | 'title' | 'delay' | 'condition' | 'afterPrevious' | 'activated'>;

const TASK_PRIORITY_HIGH = '2';

const MAPPERS: Readonly<Record<string, Mapper>> = {
  Task2Activity: (p) => {
    const fields = objectOrEmpty(p.Fields) ?? {};
    return {
      kind: 'create_task',
      taskTitle: text(fields.TITLE),
      responsible: peopleOf(fields.RESPONSIBLE_ID),
      deadline: deadlineOf(text(fields.DEADLINE)),
      observers: peopleOf(fields.AUDITORS),
      checklist: listOf(p.CheckListItems)
        .map((x) => text(x))
        .filter((x) => x !== ''),
      priority: text(fields.PRIORITY) === TASK_PRIORITY_HIGH ? 'high' : 'normal',
    };
  },
  CrmSendEmailActivity: (p) => ({ kind: 'send_email', subject: text(p.Subject) }),
  CrmSendSmsActivity: (p) => ({ kind: 'send_sms', text: text(p.MessageText) }),
  SocNetMessageActivity: (p) => ({
    kind: 'notify',
    to: peopleOf(p.MessageUserTo),
    text: text(p.MessageText),
  }),
  CrmControlNotifyActivity: (p) => ({
    kind: 'notify',
    to: [...(text(p.ToHead) === 'N' ? [] : [{ kind: 'responsible_head' as const }]), ...peopleOf(p.ToUsers)],
    text: text(p.MessageText),
  }),
  CrmGenerateEntityDocumentActivity: (p) => ({ kind: 'generate_document', templateId: int(p.TemplateId) }),
  CrmChangeStatusActivity: (p) => ({ kind: 'change_stage', statusId: text(p.TargetStatus) }),
  CrmCopyDealActivity: (p) => tunnel('copy', p),
  CrmChangeDealCategoryActivity: (p) => tunnel('move', p),
  CrmChangeResponsibleActivity: (p) => ({ kind: 'change_responsible', responsible: peopleOf(p.Responsible) }),
  CrmCreateCallActivity: (p) => ({ kind: 'create_call', subject: text(p.Subject) }),
  CrmCreateMeetingActivity: (p) => ({ kind: 'create_meeting', subject: text(p.Subject) }),
  CrmCreateToDoActivity: (p) => ({ kind: 'create_todo', subject: text(p.Title) }),
  // The handler URL may carry a webhook secret of its own: it is never kept.
  WebHookActivity: () => ({ kind: 'webhook' }),
};

/** The tunnel robots TunnelManager writes: CategoryId and StageId of the target pipeline. */
function tunnel(mode: 'copy' | 'move', p: JsonObject) {
  return { kind: 'tunnel' as const, mode, pipelineId: int(p.CategoryId) ?? -1, statusId: text(p.StageId) };
}

export const MAPPED_ROBOT_TYPES: readonly string[] = Object.keys(MAPPERS);

export function robotFactOf(walked: WalkedRobot): RobotFact {
  const type = text(walked.activity.Type);
  const props = objectOrEmpty(walked.activity.Properties) ?? {};
  const mapper = MAPPERS[type];
  const base = {
    type,
    title: text(props.Title),
    delay: walked.delay,
    condition: walked.condition,
    afterPrevious: walked.afterPrevious,
    activated: walked.activated,
  };
  return { ...base, ...(mapper ? mapper(props) : { kind: 'unknown' as const }) } as RobotFact;
}
