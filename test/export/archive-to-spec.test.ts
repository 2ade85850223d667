import { describe, expect, it } from 'vitest';
import { addArchiveToSpec } from '../../src/export/archive-to-spec.js';
import type { CrmSettingsFacts, RobotFact } from '../../src/portal/crm-settings/types.js';
import { compareManualItems } from '../../src/resources/manual-archive/compare.js';
import { planText, type PlanText } from '../../src/resources/plan-text.js';
import type { PortalState } from '../../src/resources/state.js';
import { RoleNamer } from '../../src/resources/users/role-namer.js';
import type { PortalUser } from '../../src/resources/users/read.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { emailRobot, facts, stageOf, taskRobot, trigger } from '../resources/manual-archive/fixtures.js';

const USERS: PortalUser[] = [
  {
    id: 9,
    email: 'head@example.com',
    name: 'Ирина',
    lastName: 'Петрова',
    active: true,
    departmentIds: [],
    position: '',
  },
];

/** What `export` writes without the archive: the pipelines and their stages, no manual items. */
function exported(): Spec {
  return {
    version: 1,
    directions: [
      {
        key: 'default',
        name: 'Продажи',
        stages: [
          { code: 'NEW', name: 'Новая' },
          { code: 'PAY', name: 'Оплата' },
        ],
        won: { name: 'Успех' },
        lost: { name: 'Провал' },
      },
      {
        key: 'povtornye',
        name: 'Повторные',
        stages: [{ code: 'NEW', name: 'Новая' }],
        won: { name: 'Успех' },
      },
    ],
  };
}

function run(f: CrmSettingsFacts) {
  const spec = exported();
  const roles = new RoleNamer(USERS);
  const notes: PlanText[] = [];
  const state = { users: USERS, documentTemplates: [] } as unknown as PortalState;
  addArchiveToSpec(spec, f, { state, roles, notes, directions: true });
  spec.users = roles.users();
  const users = Object.fromEntries(Object.entries(spec.users).map(([k]) => [k, 9]));
  const result = compareManualItems(spec, f, {
    pipelines: { default: 0, povtornye: 7 },
    users,
    documents: {},
  });
  return { spec, notes: notes.map((n) => planText(n, 'en')), result };
}

describe('export --crm-settings: the archive written into the spec', () => {
  it('writes tasks, robots, triggers, the tunnel, required fields and roles so that they compare equal', () => {
    const { spec, notes, result } = run(facts());
    expect(notes).toEqual([]);
    const sales = spec.directions![0]!;
    expect(sales.stages![0]).toEqual({
      code: 'NEW',
      name: 'Новая',
      task: { title: 'Позвонить', responsible: 'deal.responsible', deadline: { days_after_entry: 2 } },
      robots: [{ type: 'send_email', template: 'Предложение', delay: '10m' }],
      triggers: [{ type: 'webform_filled' }],
      required_fields: ['CONTRACT'],
    });
    expect(sales.won).toEqual({ name: 'Успех', tunnel: { to: 'povtornye', stage: 'NEW', mode: 'copy' } });
    expect(sales.lost?.supervisor_task).toEqual({
      title: 'Разобрать',
      responsible: 'head',
      deadline: { days_after_entry: 1 },
    });
    expect(spec.users).toEqual({ head: { email: 'head@example.com', name: 'Ирина Петрова' } });
    expect(spec.permissions).toEqual({
      roles: [{ name: 'Менеджер', deny: ['deal.delete', 'import'], allow: ['deal.read'] }],
    });
    expect(result.items.filter((i) => i.status !== 'matches')).toEqual([]);
  });

  it('a second task on a stage and a delayed one become create_task robots; stage order is kept', () => {
    const f = facts();
    const delayed: RobotFact = {
      ...taskRobot('Напомнить', 1),
      delay: { kind: 'after', interval: { value: 2, unit: 'h' }, workTime: false },
    };
    stageOf(f, 0, 'PAY').robots.push(
      taskRobot('Выставить счёт', 1),
      taskRobot('Проверить оплату', 3),
      delayed,
    );
    const { spec, result } = run(f);
    expect(spec.directions![0]!.stages![1]).toEqual({
      code: 'PAY',
      name: 'Оплата',
      task: { title: 'Выставить счёт', responsible: 'deal.responsible', deadline: { days_after_entry: 1 } },
      robots: [
        { type: 'create_task', title: 'Проверить оплату', responsible: 'deal.responsible' },
        { type: 'create_task', title: 'Напомнить', responsible: 'deal.responsible', delay: '2h' },
      ],
    });
    expect(result.items.filter((i) => i.status !== 'matches')).toEqual([]);
  });

  it('names what the spec cannot say, and leaves it for plan to show as only on the portal', () => {
    const f = facts();
    const pay = stageOf(f, 0, 'PAY');
    const unknown: RobotFact = {
      ...emailRobot('x'),
      type: 'CrmFancyActivity',
      kind: 'unknown',
      title: 'Fancy',
    };
    const group = taskRobot('Группе', 1);
    if (group.kind === 'create_task') group.responsible = [{ kind: 'other', value: 'group_x' }];
    pay.robots.push(
      { ...emailRobot('Выключен'), title: 'Письмо', activated: false },
      unknown,
      { ...group, title: 'Задача' },
      {
        ...emailRobot('По рабочему времени'),
        title: 'Письмо позже',
        delay: { kind: 'after', interval: { value: 1, unit: 'd' }, workTime: true },
      },
    );
    pay.triggers.push(trigger('NEW_THING', null));
    f.pipelines[0]!.required.push({ field: 'UF_CRM_BUDGET', scope: 'all', from: null, to: null, stages: [] });
    stageOf(f, 0, 'LOSE').triggers.push(trigger('CALL', 'call_missed'));
    f.pipelines[0]!.stages.push({
      code: 'LOSE_PRICE',
      statusId: 'LOSE_PRICE',
      name: 'Дорого',
      sort: 50,
      semantics: 'failure',
      robots: [taskRobot('Узнать цену конкурента', 1)],
      triggers: [],
      unreadable: null,
    });
    const { notes, result } = run(f);
    expect(notes).toEqual([
      'robot “Письмо” on stage “PAY” (Продажи) is not exported: it is switched off, and the spec describes only robots that run',
      'robot CrmFancyActivity on stage “PAY” (Продажи) is not exported: b24cfg does not know this kind of robot',
      'robot “Задача” on stage “PAY” (Продажи) is not exported: the spec cannot describe these people',
      'robot “Письмо позже” on stage “PAY” (Продажи) is not exported: the spec cannot describe this delay',
      'trigger NEW_THING on stage “PAY” (Продажи) is not exported: b24cfg does not know this trigger',
      'triggers of stage “LOSE” (Продажи) are not exported: the spec has triggers on process stages only',
      'robots and triggers of stage “Дорого” (Продажи) are not exported: the spec has no place for them on this stage',
      'field UF_CRM_BUDGET required in Продажи (all) is not exported: the spec describes only "from this process stage to the success stage"',
    ]);
    expect(result.items.filter((i) => i.status === 'differs')).toEqual([]);
    expect(result.items.filter((i) => i.status === 'portal_only')).toHaveLength(8);
  });
});
