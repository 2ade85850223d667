import type {
  CrmSettingsFacts,
  RobotFact,
  StageFacts,
  TriggerFact,
} from '../../../src/portal/crm-settings/types.js';
import type { ArchiveBinding } from '../../../src/resources/manual-archive/types.js';
import type { Spec } from '../../../src/spec/spec.generated.js';

/** A small department and an archive that shows exactly what it asks for; cases change one thing each. */
export function spec(): Spec {
  return {
    version: 1,
    users: { head_of_sales: { email: 'head@example.com' } },
    sales_plan: { period: 'month', metric: 'amount', by: 'employee' },
    email_templates: [{ key: 'kp', title: 'КП', subject: 'Предложение' }],
    directions: [
      {
        key: 'default',
        name: 'Продажи',
        stages: [
          {
            code: 'NEW',
            name: 'Новая',
            task: { title: 'Позвонить', responsible: 'deal.responsible', deadline: { days_after_entry: 2 } },
            robots: [{ type: 'send_email', template: 'kp', delay: '10m' }],
            triggers: [{ type: 'webform_filled', title: 'Заявка с сайта' }],
            required_fields: ['CONTRACT'],
          },
          { code: 'PAY', name: 'Оплата' },
        ],
        won: { name: 'Успех', tunnel: { to: 'repeat', stage: 'NEW' } },
        lost: {
          name: 'Провал',
          supervisor_task: {
            title: 'Разобрать',
            responsible: 'head_of_sales',
            deadline: { days_after_entry: 1 },
          },
        },
      },
      { key: 'repeat', name: 'Повторные', stages: [{ code: 'NEW', name: 'Новая' }] },
    ],
    permissions: { roles: [{ name: 'Менеджер', deny: ['deal.delete', 'import'] }] },
  };
}

export const binding: ArchiveBinding = { pipelines: { default: 0, repeat: 7 }, users: { head_of_sales: 9 } };

const base = { title: '', delay: null, condition: null, afterPrevious: false, activated: true };

export function taskRobot(
  title: string,
  days: number,
  responsible: 'responsible' | number = 'responsible',
): RobotFact {
  return {
    ...base,
    type: 'Task2Activity',
    kind: 'create_task',
    taskTitle: title,
    responsible: [
      responsible === 'responsible' ? { kind: 'responsible' } : { kind: 'user', id: responsible },
    ],
    deadline: { kind: 'after_entry', interval: { value: days, unit: 'd' }, workTime: false },
    observers: [],
    checklist: [],
    priority: 'normal',
  };
}

export function emailRobot(subject: string, minutes = 10): RobotFact {
  return {
    ...base,
    type: 'CrmSendEmailActivity',
    kind: 'send_email',
    subject,
    delay: { kind: 'after', interval: { value: minutes, unit: 'i' }, workTime: false },
  };
}

export function trigger(code: string, type: string | null): TriggerFact {
  return { code, type, title: code, allowBackwards: false, condition: null };
}

function stage(
  code: string,
  statusId: string,
  sort: number,
  semantics: StageFacts['semantics'] = 'process',
): StageFacts {
  return { code, statusId, name: code, sort, semantics, robots: [], triggers: [], unreadable: null };
}

export function facts(): CrmSettingsFacts {
  const newStage = stage('NEW', 'NEW', 10);
  newStage.robots.push(taskRobot('Позвонить', 2), emailRobot('Предложение'));
  newStage.triggers.push(trigger('WEBFORM', 'webform_filled'));
  const won = stage('WON', 'WON', 30, 'success');
  won.robots.push({
    ...base,
    type: 'CrmCopyDealActivity',
    kind: 'tunnel',
    mode: 'copy',
    pipelineId: 7,
    statusId: 'C7:NEW',
  });
  const lose = stage('LOSE', 'LOSE', 40, 'failure');
  lose.robots.push(taskRobot('Разобрать', 1, 9));
  return {
    archive: {
      source: 'configuration.zip',
      manifestCode: 'vertical_crm',
      manifestVersion: 1,
      writtenAt: null,
    },
    pipelines: [
      {
        archiveId: 0,
        name: 'Продажи',
        stages: [newStage, stage('PAY', 'PAY', 20), won, lose],
        required: [
          { field: 'UF_CRM_CONTRACT', scope: 'range', from: 'NEW', to: 'WON', stages: ['NEW', 'PAY', 'WON'] },
        ],
      },
      {
        archiveId: 7,
        name: 'Повторные',
        stages: [stage('NEW', 'C7:NEW', 10), stage('WON', 'C7:WON', 20, 'success')],
        required: [],
      },
    ],
    roles: [{ name: 'Менеджер', deny: ['deal.delete', 'import'], allow: ['deal.read'] }],
  };
}

export function stageOf(f: CrmSettingsFacts, pipelineId: number, code: string): StageFacts {
  return f.pipelines.find((p) => p.archiveId === pipelineId)!.stages.find((s) => s.code === code)!;
}
