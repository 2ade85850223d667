import { fieldCodeFormat } from '../../../src/spec/rules/field-code-format.js';
import { fieldItems } from '../../../src/spec/rules/field-items.js';
import { stageFieldRefs } from '../../../src/spec/rules/stage-field-refs.js';
import type { Field, Spec, Stage } from '../../../src/spec/spec.generated.js';
import { baseSpec, ruleTester } from './rule-tester.js';

const fields = (deal: Field[], extra: Partial<Record<'contact' | 'lead' | 'company', Field[]>> = {}): Spec =>
  baseSpec({ fields: { deal, ...extra } });

ruleTester(fieldCodeFormat, {
  valid: [
    {
      name: 'codes of [A-Z0-9_] up to 43 characters',
      spec: fields([
        { code: 'NPS', type: 'integer', label: 'NPS' },
        { code: 'X'.repeat(43), type: 'string', label: 'x' },
      ]),
    },
    {
      name: 'the same code on two entities',
      spec: fields([{ code: 'INN', type: 'string', label: 'ИНН' }], {
        company: [{ code: 'INN', type: 'string', label: 'ИНН' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'the UF_CRM_ prefix written by hand, with a hint to drop it',
      spec: fields([{ code: 'UF_CRM_NPS', type: 'integer', label: 'NPS' }]),
      reports: [{ messageId: 'prefixed', path: '/fields/deal/0/code', data: { suggestion: 'NPS' } }],
    },
    {
      name: 'lower case, bad characters, too long',
      spec: fields([
        { code: 'nps', type: 'integer', label: 'NPS' },
        { code: 'ОЦЕНКА', type: 'integer', label: 'NPS' },
        { code: 'X'.repeat(44), type: 'string', label: 'x' },
      ]),
      reports: [
        { messageId: 'lowercase', path: '/fields/deal/0/code', data: { suggestion: 'NPS' } },
        { messageId: 'badChars', path: '/fields/deal/1/code' },
        { messageId: 'tooLong', path: '/fields/deal/2/code', data: { length: 44, limit: 43 } },
      ],
    },
    {
      name: 'a field described twice (once with the prefix)',
      spec: fields([
        { code: 'NPS', type: 'integer', label: 'NPS' },
        { code: 'UF_CRM_NPS', type: 'integer', label: 'NPS' },
      ]),
      reports: [
        { messageId: 'prefixed', path: '/fields/deal/1/code' },
        { messageId: 'duplicate', path: '/fields/deal/1/code' },
      ],
    },
  ],
});

ruleTester(fieldItems, {
  valid: [
    {
      name: 'an enumeration with unique xml_id',
      spec: fields([
        {
          code: 'NPS',
          type: 'enumeration',
          label: 'NPS',
          items: [
            { xml_id: 'A', value: '1' },
            { xml_id: 'B', value: '2' },
          ],
        },
      ]),
    },
  ],
  invalid: [
    {
      name: 'items on a string field',
      spec: fields([{ code: 'X', type: 'string', label: 'x', items: [{ xml_id: 'A', value: '1' }] }]),
      reports: [{ messageId: 'notAList', path: '/fields/deal/0/items' }],
    },
    {
      name: 'a repeated xml_id',
      spec: fields([
        {
          code: 'NPS',
          type: 'enumeration',
          label: 'NPS',
          items: [
            { xml_id: 'A', value: '1' },
            { xml_id: 'A', value: '2' },
          ],
        },
      ]),
      reports: [{ messageId: 'duplicateXmlId', path: '/fields/deal/0/items/1/xml_id' }],
    },
    {
      name: 'an enumeration without items is a warning',
      spec: fields([], { contact: [{ code: 'CHANNEL', type: 'enumeration', label: 'Канал' }] }),
      reports: [{ messageId: 'noItems', path: '/fields/contact/0/type', severity: 'warning' }],
    },
  ],
});

const stage = (s: Partial<Stage>): Stage => ({ code: 'NEW', name: 'Новая', ...s });
const onStage = (s: Partial<Stage>, deal: Field[] | undefined): Spec =>
  baseSpec({
    directions: [
      { key: 'default', name: 'Продажи', stages: [stage(s)], won: { name: 'Успех', fields: ['UF_CRM_NPS'] } },
    ],
    ...(deal ? { fields: { deal } } : {}),
  });
const dealFields: Field[] = [
  { code: 'NPS', type: 'integer', label: 'NPS' },
  { code: 'EVENT', type: 'date', label: 'Мероприятие' },
];

ruleTester(stageFieldRefs, {
  valid: [
    {
      name: 'spec fields with or without UF_CRM_, standard fields, a date field for a deadline',
      spec: onStage(
        {
          fields: ['NPS', 'UF_CRM_EVENT', 'OPPORTUNITY', 'products'],
          required_fields: ['CLOSEDATE'],
          task: { title: 'T', deadline: { before_field: 'UF_CRM_EVENT', days: 1 } },
        },
        dealFields,
      ),
    },
  ],
  invalid: [
    {
      name: 'unknown fields on a stage and on won',
      spec: onStage({ fields: ['NPSS'], required_fields: ['ADDRESS'] }, [
        { code: 'EVENT', type: 'date', label: 'x' },
      ]),
      reports: [
        { messageId: 'unknown', path: '/directions/0/stages/0/fields/0' },
        { messageId: 'unknown', path: '/directions/0/stages/0/required_fields/0' },
        { messageId: 'unknown', path: '/directions/0/won/fields/0' },
      ],
    },
    {
      name: 'a deadline counted from a field that is not a date',
      spec: onStage({ task: { title: 'T', deadline: { before_field: 'NPS', days: 1 } } }, dealFields),
      reports: [
        {
          messageId: 'notADate',
          path: '/directions/0/stages/0/task/deadline/before_field',
          data: { type: 'integer' },
        },
      ],
    },
    {
      name: 'no fields.deal section: a warning for user fields',
      spec: onStage({ fields: ['UF_CRM_SITE', 'TITLE'] }, undefined),
      reports: [
        { messageId: 'unmanaged', path: '/directions/0/stages/0/fields/0', severity: 'warning' },
        { messageId: 'unmanaged', path: '/directions/0/won/fields/0', severity: 'warning' },
      ],
    },
  ],
});
