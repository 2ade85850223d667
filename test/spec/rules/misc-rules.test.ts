import { colorFormat } from '../../../src/spec/rules/color-format.js';
import { deadlineVariant } from '../../../src/spec/rules/deadline-variant.js';
import { dictCodeFormat } from '../../../src/spec/rules/dict-code-format.js';
import { durationFormat } from '../../../src/spec/rules/duration-format.js';
import { emailTemplateBody } from '../../../src/spec/rules/email-template-body.js';
import { openLineKpi } from '../../../src/spec/rules/open-line-kpi.js';
import { protectKeys } from '../../../src/spec/rules/protect-keys.js';
import { singleSuccessStage } from '../../../src/spec/rules/single-success-stage.js';
import { taskComplete } from '../../../src/spec/rules/task-complete.js';
import { uniqueKeys } from '../../../src/spec/rules/unique-keys.js';
import type { Deadline, OpenLine, Spec, Task } from '../../../src/spec/spec.generated.js';
import { baseSpec, ruleTester } from './rule-tester.js';

const withTask = (task: Task, extra: Partial<Spec> = {}): Spec =>
  baseSpec({
    directions: [{ key: 'default', name: 'Продажи', stages: [{ code: 'NEW', name: 'Новая', task }] }],
    ...extra,
  });
const dl = (deadline: Deadline): Spec => withTask({ title: 'T', responsible: 'deal.responsible', deadline });

ruleTester(deadlineVariant, {
  valid: [
    { name: 'days after entry', spec: dl({ days_after_entry: 2 }) },
    { name: 'before a field with an offset', spec: dl({ before_field: 'CLOSEDATE', days: 1, hours: 2 }) },
    { name: 'a fixed date', spec: dl({ at: '2026-12-01', work_time: true }) },
  ],
  invalid: [
    {
      name: 'nothing says when',
      spec: dl({ work_time: true }),
      reports: [{ messageId: 'none', path: '/directions/0/stages/0/task/deadline' }],
    },
    {
      name: 'two forms at once',
      spec: dl({ days_after_entry: 1, at: '2026-12-01' }),
      reports: [
        {
          messageId: 'several',
          path: '/directions/0/stages/0/task/deadline',
          data: { found: 'days_after_entry, at' },
        },
      ],
    },
    {
      name: 'an offset without before_field',
      spec: dl({ days_after_entry: 1, days: 2 }),
      reports: [{ messageId: 'offsetWithoutField', path: '/directions/0/stages/0/task/deadline/days' }],
    },
  ],
});

ruleTester(taskComplete, {
  valid: [{ name: 'responsible and deadline', spec: dl({ days_after_entry: 1 }) }],
  invalid: [
    {
      name: 'a stage task without either (SD-05 warnings)',
      spec: withTask({ title: 'Позвонить' }),
      reports: [
        { messageId: 'noResponsible', path: '/directions/0/stages/0/task', severity: 'warning' },
        { messageId: 'noDeadline', path: '/directions/0/stages/0/task', severity: 'warning' },
      ],
    },
    {
      name: 'won and supervisor tasks are checked too',
      spec: baseSpec({
        directions: [
          {
            key: 'default',
            name: 'Продажи',
            won: { name: 'Успех', task: { title: 'NPS', responsible: 'deal.responsible' } },
            lost: { supervisor_task: { title: 'Разбор', deadline: { days_after_entry: 1 } } },
          },
        ],
      }),
      reports: [
        { messageId: 'noDeadline', path: '/directions/0/won/task', severity: 'warning' },
        { messageId: 'noResponsible', path: '/directions/0/lost/supervisor_task', severity: 'warning' },
      ],
    },
  ],
});

const line = (l: Partial<OpenLine>): Spec => baseSpec({ open_lines: [{ name: 'Чат', ...l }] });

ruleTester(durationFormat, {
  valid: [
    {
      name: 'units, combinations and seconds',
      spec: line({ queue: { time: '90s', no_answer_time: 600 }, kpi: { first_answer: '1h30m' } }),
    },
    {
      name: 'deadline after_entry and robot delay',
      spec: withTask({ title: 'T', deadline: { after_entry: '2h' } }),
    },
  ],
  invalid: [
    {
      name: 'words, units Bitrix24 does not count in, negative numbers',
      spec: line({ queue: { time: '15 минут', no_answer_time: -5 }, kpi: { further_answer: '1w' } }),
      reports: [
        { messageId: 'bad', path: '/open_lines/0/queue/time' },
        { messageId: 'bad', path: '/open_lines/0/queue/no_answer_time' },
        { messageId: 'bad', path: '/open_lines/0/kpi/further_answer' },
      ],
    },
    {
      name: 'a bad robot delay',
      spec: baseSpec({
        directions: [
          {
            key: 'default',
            name: 'П',
            stages: [{ code: 'NEW', name: 'Н', robots: [{ type: 'wait', delay: 'soon' }] }],
          },
        ],
      }),
      reports: [{ messageId: 'bad', path: '/directions/0/stages/0/robots/0/delay', data: { value: 'soon' } }],
    },
  ],
});

ruleTester(openLineKpi, {
  valid: [
    {
      name: 'exactly at the SD-22 limits',
      spec: line({ kpi: { first_answer: '15m', further_answer: 1800, alert: true } }),
    },
    { name: 'no KPI section', spec: line({}) },
  ],
  invalid: [
    {
      name: 'slower than SD-22, alerts off',
      spec: line({ kpi: { first_answer: '20m', further_answer: '1h', alert: false } }),
      reports: [
        {
          messageId: 'firstTooSlow',
          path: '/open_lines/0/kpi/first_answer',
          data: { value: '20m', limit: '15m' },
        },
        {
          messageId: 'furtherTooSlow',
          path: '/open_lines/0/kpi/further_answer',
          data: { value: '1h', limit: '30m' },
        },
        { messageId: 'alertOff', path: '/open_lines/0/kpi/alert' },
      ],
    },
  ],
});

ruleTester(colorFormat, {
  valid: [
    {
      name: '#RRGGBB everywhere',
      spec: baseSpec({
        directions: [
          {
            key: 'default',
            name: 'П',
            stages: [{ code: 'NEW', name: 'Н', color: '#39a8ef' }],
            won: { name: 'У', color: '#7BD500' },
          },
        ],
        lead_sources: [{ code: 'WEB', name: 'Сайт', color: '#FFFFFF' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'short hex, a name, no hash',
      spec: baseSpec({
        directions: [
          {
            key: 'default',
            name: 'П',
            stages: [{ code: 'NEW', name: 'Н', color: '#FFF' }],
            lost: { color: 'red', reasons: [{ code: 'X', name: 'x', color: '39A8EF' }] },
          },
        ],
      }),
      reports: [
        { messageId: 'bad', path: '/directions/0/stages/0/color' },
        { messageId: 'bad', path: '/directions/0/lost/reasons/0/color' },
        { messageId: 'bad', path: '/directions/0/lost/color' },
      ],
    },
  ],
});

const protect = (entries: string[]): Spec =>
  baseSpec({
    manage: { protect: entries },
    open_lines: [{ name: 'WhatsApp' }],
    documents: [{ name: 'Договор', file: 'c.docx' }],
    fields: { deal: [{ code: 'NPS', type: 'integer', label: 'NPS' }] },
  });

ruleTester(protectKeys, {
  valid: [
    {
      name: 'every documented form',
      spec: protect([
        'default',
        'default/NEW',
        'default/WON',
        'default/EXPENSIVE',
        'deal.NPS',
        'deal.UF_CRM_NPS',
        'WhatsApp',
        'Договор',
      ]),
    },
    {
      name: 'default even without a default direction',
      spec: baseSpec({ directions: [], manage: { protect: ['default'] } }),
    },
  ],
  invalid: [
    {
      name: 'names nothing, a missing stage, a missing field',
      spec: protect(['b2b', 'default/PAYMENT', 'deal.BUDGET', 'contact.NPS']),
      reports: [
        { messageId: 'unknown', path: '/manage/protect/0' },
        { messageId: 'unknownStage', path: '/manage/protect/1', severity: 'warning' },
        { messageId: 'unknownField', path: '/manage/protect/2', severity: 'warning' },
        { messageId: 'unknownField', path: '/manage/protect/3', severity: 'warning' },
      ],
    },
  ],
});

ruleTester(uniqueKeys, {
  valid: [
    { name: 'distinct keys and names', spec: baseSpec({ open_lines: [{ name: 'A' }, { name: 'B' }] }) },
  ],
  invalid: [
    {
      name: 'two default directions with the same name, repeated open line and dictionary codes',
      spec: baseSpec({
        directions: [
          { key: 'default', name: 'Продажи' },
          { key: 'default', name: 'Продажи' },
        ],
        open_lines: [{ name: 'Чат' }, { name: 'Чат' }],
        segments: {
          contact_types: [
            { code: 'NEW', name: 'a' },
            { code: 'NEW', name: 'b' },
          ],
        },
      }),
      reports: [
        {
          messageId: 'duplicate',
          path: '/directions/1/key',
          data: { what: 'directions[].key', first: '/directions/0' },
        },
        { messageId: 'duplicate', path: '/directions/1/name' },
        { messageId: 'duplicate', path: '/open_lines/1/name' },
        { messageId: 'duplicate', path: '/segments/contact_types/1/code' },
      ],
    },
  ],
});

ruleTester(emailTemplateBody, {
  valid: [
    {
      name: 'body or body_file',
      spec: baseSpec({
        email_templates: [
          { key: 'a', title: 'A', subject: 'A', body: '<p>x</p>' },
          { key: 'b', title: 'B', subject: 'B', body_file: 'mail/b.html' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'neither, both',
      spec: baseSpec({
        email_templates: [
          { key: 'a', title: 'A', subject: 'A' },
          { key: 'b', title: 'B', subject: 'B', body: 'x', body_file: 'mail/b.html' },
        ],
      }),
      reports: [
        { messageId: 'none', path: '/email_templates/0' },
        { messageId: 'both', path: '/email_templates/1/body_file' },
      ],
    },
  ],
});

ruleTester(dictCodeFormat, {
  valid: [
    {
      name: 'STATUS up to 21 characters, other dictionaries up to 50 of any kind',
      spec: baseSpec({
        lead_statuses: [{ code: 'X'.repeat(21), name: 'x' }],
        lead_sources: [{ code: `${'Я'.repeat(49)}!`, name: 'x' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'STATUS too long and with bad characters; a source over 50',
      spec: baseSpec({
        lead_statuses: [
          { code: 'X'.repeat(22), name: 'x' },
          { code: 'В РАБОТЕ', name: 'x' },
        ],
        segments: { company_types: [{ code: 'Y'.repeat(51), name: 'y' }] },
      }),
      reports: [
        { messageId: 'tooLong', path: '/lead_statuses/0/code', data: { limit: 21 } },
        { messageId: 'badChars', path: '/lead_statuses/1/code' },
        {
          messageId: 'tooLong',
          path: '/segments/company_types/0/code',
          data: { limit: 50, what: 'COMPANY_TYPE' },
        },
      ],
    },
  ],
});

ruleTester(singleSuccessStage, {
  valid: [
    {
      name: 'process, success, failure',
      spec: baseSpec({
        lead_statuses: [
          { code: 'NEW', name: 'Новый' },
          { code: 'CONVERTED', name: 'Сделка', semantics: 'success' },
          { code: 'JUNK', name: 'Брак', semantics: 'failure' },
          { code: 'SPAM', name: 'Спам', semantics: 'failure' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'two success statuses; a process status after success',
      spec: baseSpec({
        lead_statuses: [
          { code: 'CONVERTED', name: 'Сделка', semantics: 'success' },
          { code: 'IN_WORK', name: 'В работе' },
          { code: 'SOLD', name: 'Продано', semantics: 'success' },
        ],
      }),
      reports: [
        { messageId: 'order', path: '/lead_statuses/1' },
        { messageId: 'moreThanOne', path: '/lead_statuses/2/semantics', data: { first: 'CONVERTED' } },
      ],
    },
  ],
});
