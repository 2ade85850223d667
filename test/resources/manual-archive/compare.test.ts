import { describe, expect, it } from 'vitest';
import type { CrmSettingsFacts } from '../../../src/portal/crm-settings/types.js';
import { bindPipelines, compareManualItems } from '../../../src/resources/manual-archive/compare.js';
import type { ArchiveItem } from '../../../src/resources/manual-archive/types.js';
import type { Spec } from '../../../src/spec/spec.generated.js';
import { binding, emailRobot, facts, spec, stageOf, taskRobot, trigger } from './fixtures.js';

function byId(items: ArchiveItem[]): Record<string, Pick<ArchiveItem, 'status' | 'differences'>> {
  return Object.fromEntries(items.map((i) => [i.id, { status: i.status, differences: i.differences }]));
}

describe('compareManualItems: an archive that shows what the spec asks', () => {
  it('matches every item the archive carries and marks the rest as not in the archive', () => {
    const result = compareManualItems(spec(), facts(), binding);
    expect(byId(result.items)).toEqual({
      'manual:default/NEW#task': { status: 'matches', differences: [] },
      'manual:default/NEW#robot-0': { status: 'matches', differences: [] },
      'manual:default/NEW#trigger-0': { status: 'matches', differences: [] },
      'manual:default/NEW#required': { status: 'matches', differences: [] },
      'manual:default/WON#tunnel': { status: 'matches', differences: [] },
      'manual:default/LOSE#supervisor-task': { status: 'matches', differences: [] },
      'manual:role:Менеджер': { status: 'matches', differences: [] },
      'manual:email:kp': { status: 'not_in_archive', differences: [] },
      'manual:sales-plan': { status: 'not_in_archive', differences: [] },
    });
    expect(result.counts).toEqual({
      matches: 7,
      differs: 0,
      portal_only: 0,
      not_in_archive: 2,
      unprovable: 0,
    });
  });

  it('names the robot and stage in the evidence', () => {
    const task = compareManualItems(spec(), facts(), binding).items.find(
      (i) => i.id === 'manual:default/NEW#task',
    )!;
    expect(task.stage).toEqual({ pipelineId: 0, code: 'NEW' });
    expect(task.evidence).toMatchObject({
      kind: 'robot',
      robot: { kind: 'create_task', taskTitle: 'Позвонить' },
    });
  });
});

type Case = [
  name: string,
  change: (f: CrmSettingsFacts, s: Spec) => void,
  id: string,
  expected: Partial<ArchiveItem>,
];

const cases: Case[] = [
  [
    'a task deadline of 3 days where the spec says 2',
    (f) => (stageOf(f, 0, 'NEW').robots[0] = taskRobot('Позвонить', 3)),
    'manual:default/NEW#task',
    {
      status: 'differs',
      differences: [{ field: 'deadline', expected: '2d after entry', actual: '3d after entry' }],
    },
  ],
  [
    'a missing task',
    (f) => stageOf(f, 0, 'NEW').robots.splice(0, 1),
    'manual:default/NEW#task',
    { status: 'differs', differences: [{ field: 'presence', expected: 'present', actual: 'missing' }] },
  ],
  [
    'a task on the wrong stage',
    (f) => stageOf(f, 0, 'PAY').robots.push(...stageOf(f, 0, 'NEW').robots.splice(0, 1)),
    'manual:default/NEW#task',
    {
      status: 'differs',
      differences: [{ field: 'stage', expected: 'NEW', actual: 'PAY' }],
      stage: { pipelineId: 0, code: 'PAY' },
    },
  ],
  [
    'an e-mail robot with another subject and delay',
    (f) => (stageOf(f, 0, 'NEW').robots[1] = emailRobot('Счёт', 0)),
    'manual:default/NEW#robot-0',
    {
      status: 'differs',
      differences: [
        { field: 'subject', expected: 'Предложение', actual: 'Счёт' },
        { field: 'delay', expected: '10m', actual: '0s' },
      ],
    },
  ],
  [
    'a robot switched off',
    (f) => (stageOf(f, 0, 'NEW').robots[1] = { ...emailRobot('Предложение'), activated: false }),
    'manual:default/NEW#robot-0',
    { status: 'differs', differences: [{ field: 'activated', expected: 'on', actual: 'off' }] },
  ],
  [
    'a trigger on another stage',
    (f) => stageOf(f, 0, 'PAY').triggers.push(...stageOf(f, 0, 'NEW').triggers.splice(0, 1)),
    'manual:default/NEW#trigger-0',
    { status: 'differs', differences: [{ field: 'stage', expected: 'NEW', actual: 'PAY' }] },
  ],
  [
    'a field required from another stage',
    (f) =>
      (f.pipelines[0]!.required[0] = {
        field: 'UF_CRM_CONTRACT',
        scope: 'range',
        from: 'PAY',
        to: 'WON',
        stages: ['PAY', 'WON'],
      }),
    'manual:default/NEW#required',
    {
      status: 'differs',
      differences: [
        { field: 'required_from', expected: 'UF_CRM_CONTRACT: NEW', actual: 'UF_CRM_CONTRACT: PAY' },
      ],
    },
  ],
  [
    'a tunnel that moves where the spec copies',
    (f) => (stageOf(f, 0, 'WON').robots[0] = { ...stageOf(f, 0, 'WON').robots[0]!, mode: 'move' } as never),
    'manual:default/WON#tunnel',
    { status: 'differs', differences: [{ field: 'mode', expected: 'copy', actual: 'move' }] },
  ],
  [
    'a role that may delete deals',
    (f) => (f.roles[0] = { name: 'Менеджер', deny: ['import'], allow: ['deal.delete', 'deal.read'] }),
    'manual:role:Менеджер',
    { status: 'differs', differences: [{ field: 'deny', expected: 'deal.delete', actual: 'allowed' }] },
  ],
  [
    'a missing role',
    (f) => (f.roles = []),
    'manual:role:Менеджер',
    { status: 'differs', differences: [{ field: 'presence', expected: 'present', actual: 'missing' }] },
  ],
  [
    'a supervisor task for someone the portal does not know',
    (f) => (stageOf(f, 0, 'LOSE').robots[0] = taskRobot('Разобрать', 1, 42)),
    'manual:default/LOSE#supervisor-task',
    {
      status: 'differs',
      differences: [{ field: 'responsible', expected: 'head_of_sales', actual: 'user #42' }],
    },
  ],
  [
    'a stage template edited in the business process designer',
    (f) => {
      const s = stageOf(f, 0, 'NEW');
      s.robots = [];
      s.unreadable = 'BIZPROC_MAIN/0.json: more than one activity under the root';
    },
    'manual:default/NEW#task',
    {
      status: 'unprovable',
      reason: 'template_unreadable',
      detail: 'BIZPROC_MAIN/0.json: more than one activity under the root',
    },
  ],
  [
    'a direction whose pipeline the archive lacks',
    (f) => (f.pipelines = f.pipelines.filter((p) => p.archiveId !== 0)),
    'manual:default/NEW#task',
    { status: 'unprovable', reason: 'pipeline_not_in_archive' },
  ],
  [
    'a robot type the archive cannot single out',
    (_f, s) => (s.directions![0]!.stages![1]!.robots = [{ type: 'wait', delay: '1d' }]),
    'manual:default/PAY#robot-0',
    { status: 'unprovable', reason: 'robot_type_not_mapped' },
  ],
];

describe('compareManualItems: one change at a time', () => {
  it.each(cases)('%s', (_name, change, id, expected) => {
    const f = facts();
    const s = spec();
    change(f, s);
    const item = compareManualItems(s, f, binding).items.find((i) => i.id === id);
    expect(item).toMatchObject(expected);
  });
});

describe('compareManualItems: what is only on the portal', () => {
  it.each([
    [
      'an unknown robot',
      (f: CrmSettingsFacts) =>
        stageOf(f, 0, 'PAY').robots.push({
          type: 'rest_7_bot',
          title: 'Бот',
          kind: 'unknown',
          delay: null,
          condition: null,
          afterPrevious: false,
          activated: true,
        }),
      'archive:default/PAY#robot:0',
      'robot',
    ],
    [
      'a trigger',
      (f: CrmSettingsFacts) => stageOf(f, 0, 'PAY').triggers.push(trigger('QR', null)),
      'archive:default/PAY#trigger:0',
      'trigger',
    ],
    [
      'a required field',
      (f: CrmSettingsFacts) =>
        f.pipelines[0]!.required.push({
          field: 'OPPORTUNITY',
          scope: 'all',
          from: null,
          to: null,
          stages: ['NEW', 'PAY'],
        }),
      'archive:default#required:OPPORTUNITY:all:',
      'required',
    ],
    [
      'a role',
      (f: CrmSettingsFacts) => f.roles.push({ name: 'Стажёр', deny: [], allow: [] }),
      'archive:role:Стажёр',
      'role',
    ],
  ])('%s', (_name, change, id, kind) => {
    const f = facts();
    change(f);
    const result = compareManualItems(spec(), f, binding);
    expect(result.items.find((i) => i.id === id)).toMatchObject({
      status: 'portal_only',
      evidence: { kind },
    });
    expect(result.counts.portal_only).toBe(1);
  });
});

describe('bindPipelines', () => {
  it('binds directions by name, default to pipeline 0, renamed_from too, and leaves unknown names unbound', () => {
    const s = spec();
    s.directions!.push({ key: 'gone', name: 'Нет такого', stages: [] });
    s.directions![1]!.name = 'Повторные продажи';
    s.directions![1]!.renamed_from = ['Повторные'];
    expect(bindPipelines(s, facts())).toEqual({ default: 0, repeat: 7 });
  });
});
