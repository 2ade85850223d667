import { documentRefs } from '../../../src/spec/rules/document-refs.js';
import { emailTemplateRefs } from '../../../src/spec/rules/email-template-refs.js';
import { numeratorRefs } from '../../../src/spec/rules/numerator-refs.js';
import { roleRefs } from '../../../src/spec/rules/role-refs.js';
import { tunnelTarget } from '../../../src/spec/rules/tunnel-target.js';
import type { Direction, Robot, Spec } from '../../../src/spec/spec.generated.js';
import { baseSpec, ruleTester } from './rule-tester.js';

const two = (won: Direction['won'], robots: Robot[] = []): Spec =>
  baseSpec({
    directions: [
      { key: 'new', name: 'Новые', stages: [{ code: 'OFFER', name: 'КП', robots }], won },
      { key: 'repeat', name: 'Повторные', stages: [{ code: 'NEW', name: 'Новая' }] },
      { key: 'open', name: 'Без стадий' },
    ],
  });

ruleTester(tunnelTarget, {
  valid: [
    {
      name: 'tunnel to a NEW stage defined in the target',
      spec: two({ name: 'Успех', tunnel: { to: 'repeat', stage: 'NEW' } }),
    },
    {
      name: 'target without managed stages',
      spec: two({ name: 'Успех', tunnel: { to: 'open', stage: 'ANY' } }),
    },
    {
      name: 'a move robot with a target',
      spec: two({ name: 'Успех' }, [
        { type: 'move_to_direction', target: { direction: 'repeat', stage: 'NEW' } },
      ]),
    },
  ],
  invalid: [
    {
      name: 'tunnel to a missing direction, with a suggestion',
      spec: two({ name: 'Успех', tunnel: { to: 'repaet', stage: 'NEW' } }),
      reports: [
        {
          messageId: 'missingDirection',
          path: '/directions/0/won/tunnel/to',
          data: { suggestion_en: ' Did you mean "repeat"?' },
        },
      ],
    },
    {
      name: 'tunnel to a stage the target does not have',
      spec: two({ name: 'Успех', tunnel: { to: 'repeat', stage: 'PAYMENT' } }),
      reports: [
        { messageId: 'missingStage', path: '/directions/0/won/tunnel/stage', data: { codes: 'NEW' } },
      ],
    },
    {
      name: 'robots: copy without a target, move to a missing direction',
      spec: two({ name: 'Успех' }, [
        { type: 'copy_deal' },
        { type: 'move_to_direction', target: { direction: 'nope' } },
      ]),
      reports: [
        { messageId: 'noTarget', path: '/directions/0/stages/0/robots/0' },
        { messageId: 'missingDirection', path: '/directions/0/stages/0/robots/1/target/direction' },
      ],
    },
  ],
});

const withPeople = (extra: Partial<Spec>): Spec =>
  baseSpec({ departments: [{ name: 'Продажи', head: 'head_of_sales' }], ...extra });

ruleTester(roleRefs, {
  valid: [
    {
      name: 'roles, deal people and the client where allowed',
      spec: withPeople({
        directions: [
          {
            key: 'default',
            name: 'Продажи',
            stages: [
              {
                code: 'NEW',
                name: 'Новая',
                task: {
                  title: 'T',
                  responsible: 'deal.responsible',
                  observers: ['deal.responsible.head', 'head_of_sales'],
                },
                robots: [
                  { type: 'send_email', to: 'client' },
                  { type: 'notify', to: 'manager_1' },
                ],
              },
            ],
          },
        ],
        open_lines: [{ name: 'Чат', queue: { users: ['manager_1'] }, kpi: { alert_to: ['head_of_sales'] } }],
        users: {
          head_of_sales: { email: 'h@example.com', department: 'Продажи' },
          manager_1: { email: 'm@example.com', supervisor: 'head_of_sales' },
        },
        sales_plan: {
          period: 'month',
          metric: 'amount',
          by: 'employee',
          targets: [{ who: 'manager_1', amount: 1 }],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'unknown roles everywhere people are named',
      spec: withPeople({
        directions: [
          {
            key: 'default',
            name: 'Продажи',
            stages: [
              {
                code: 'NEW',
                name: 'Новая',
                task: { title: 'T', responsible: 'head_of_sale' },
                robots: [{ type: 'notify', to: 'boss' }],
              },
            ],
          },
        ],
        open_lines: [{ name: 'Чат', queue: { users: ['manager_9'] } }],
        departments: [{ name: 'Продажи', head: 'director', members: ['manager_1'] }],
        permissions: { roles: [{ name: 'Менеджер', members: ['intern'] }] },
      }),
      reports: [
        {
          messageId: 'unknownRole',
          path: '/directions/0/stages/0/task/responsible',
          data: { suggestion_en: ' Did you mean "head_of_sales"?' },
        },
        { messageId: 'unknownRole', path: '/directions/0/stages/0/robots/0/to' },
        { messageId: 'unknownRole', path: '/open_lines/0/queue/users/0' },
        { messageId: 'unknownRole', path: '/departments/0/head' },
        { messageId: 'unknownRole', path: '/permissions/roles/0/members/0' },
      ],
    },
    {
      name: 'deal people are not valid in a department; a missing department; a supervisor; no users at all',
      spec: {
        version: 1,
        departments: [{ name: 'Продажи', head: 'deal.responsible', parent: 'Дирекция' }],
      },
      reports: [
        { messageId: 'noUsers', path: '/departments/0/head' },
        { messageId: 'unknownDepartment', path: '/departments/0/parent' },
      ],
    },
    {
      name: 'user supervisor and department, sales plan by direction',
      spec: withPeople({
        users: { manager_1: { email: 'm@example.com', supervisor: 'ghost', department: 'Маркетинг' } },
        sales_plan: {
          period: 'month',
          metric: 'count',
          by: 'direction',
          targets: [{ who: 'b2b', amount: 3 }],
        },
        departments: [{ name: 'Продажи' }],
      }),
      reports: [
        { messageId: 'unknownRole', path: '/users/manager_1/supervisor' },
        { messageId: 'unknownDepartment', path: '/users/manager_1/department' },
        { messageId: 'unknownDirection', path: '/sales_plan/targets/0/who' },
      ],
    },
  ],
});

const mailing = (templates: Spec['email_templates'], template: string): Spec =>
  baseSpec({
    email_templates: templates,
    directions: [
      {
        key: 'default',
        name: 'Продажи',
        stages: [{ code: 'NEW', name: 'Новая', robots: [{ type: 'send_email', template }] }],
      },
    ],
  });

ruleTester(emailTemplateRefs, {
  valid: [
    { name: 'a known template', spec: mailing([{ key: 'kp', title: 'КП', subject: 'КП', body: 'x' }], 'kp') },
  ],
  invalid: [
    {
      name: 'an unknown template',
      spec: mailing([{ key: 'kp', title: 'КП', subject: 'КП', body: 'x' }], 'kp2'),
      reports: [{ messageId: 'unknown', path: '/directions/0/stages/0/robots/0/template' }],
    },
    {
      name: 'no email_templates section: only a warning',
      spec: mailing(undefined, 'kp'),
      reports: [
        { messageId: 'unmanaged', path: '/directions/0/stages/0/robots/0/template', severity: 'warning' },
      ],
    },
  ],
});

const docs = (extra: Partial<Spec>, robot: Robot): Spec =>
  baseSpec({
    directions: [
      { key: 'default', name: 'Продажи', stages: [{ code: 'NEW', name: 'Новая', robots: [robot] }] },
    ],
    ...extra,
  });

ruleTester(documentRefs, {
  valid: [
    {
      name: 'robot, e-mail attachment and directions all resolve',
      spec: docs(
        {
          documents: [{ name: 'Договор', file: 'c.docx', directions: ['default'] }],
          email_templates: [{ key: 'k', title: 't', subject: 's', body: 'b', attach_document: 'Договор' }],
        },
        { type: 'generate_document', template: 'Договор' },
      ),
    },
  ],
  invalid: [
    {
      name: 'unknown document names and an unknown direction',
      spec: docs(
        {
          documents: [{ name: 'Договор', file: 'c.docx', directions: ['b2b'] }],
          email_templates: [{ key: 'k', title: 't', subject: 's', body: 'b', attach_document: 'Счёт' }],
        },
        { type: 'send_document', template: 'Договор поставки' },
      ),
      reports: [
        { messageId: 'unknown', path: '/directions/0/stages/0/robots/0/template' },
        { messageId: 'unknown', path: '/email_templates/0/attach_document' },
        { messageId: 'unknownDirection', path: '/documents/0/directions/0' },
      ],
    },
    {
      name: 'no documents section: a warning',
      spec: docs({}, { type: 'generate_document', template: 'Договор' }),
      reports: [
        { messageId: 'unmanaged', path: '/directions/0/stages/0/robots/0/template', severity: 'warning' },
      ],
    },
  ],
});

ruleTester(numeratorRefs, {
  valid: [
    {
      name: 'a known numerator',
      spec: baseSpec({
        documents: [{ name: 'Договор', file: 'c.docx', numerator: 'Договоры' }],
        numerators: [{ name: 'Договоры', template: '{NUMBER}' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'an unknown numerator',
      spec: baseSpec({
        documents: [{ name: 'Договор', file: 'c.docx', numerator: 'Договора' }],
        numerators: [{ name: 'Договоры', template: '{NUMBER}' }],
      }),
      reports: [
        {
          messageId: 'unknown',
          path: '/documents/0/numerator',
          data: { suggestion_ru: ' Возможно, «Договоры»?' },
        },
      ],
    },
    {
      name: 'no numerators section: a warning',
      spec: baseSpec({ documents: [{ name: 'Договор', file: 'c.docx', numerator: 'Договоры' }] }),
      reports: [{ messageId: 'unmanaged', path: '/documents/0/numerator', severity: 'warning' }],
    },
  ],
});
