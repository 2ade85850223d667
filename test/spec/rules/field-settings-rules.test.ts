import { describe, expect, it } from 'vitest';
import { fieldSettings, keptSettings } from '../../../src/spec/rules/field-settings.js';
import { listDefaults } from '../../../src/spec/rules/list-defaults.js';
import type { Field, Spec } from '../../../src/spec/spec.generated.js';
import { baseSpec, ruleTester } from './rule-tester.js';

/** Settings a spec may hold but a portal drops are located at the key (docs/bitrix24/parity.md#uf-settings-rest). */
const deal = (...fields: Field[]): Spec => baseSpec({ fields: { deal: fields } });
const field = (type: Field['type'], settings: Record<string, unknown>, code = 'X'): Field => ({
  code,
  type,
  label: 'x',
  settings,
});

ruleTester(fieldSettings, {
  valid: [
    {
      name: 'every key each type keeps, in the form the portal stores it',
      spec: deal(
        field('string', { DEFAULT_VALUE: 'нет', ROWS: 4 }, 'S'),
        field('integer', { DEFAULT_VALUE: 5 }, 'I'),
        field('double', { DEFAULT_VALUE: 1.5, PRECISION: 3 }, 'D'),
        field('boolean', { DEFAULT_VALUE: false, DISPLAY: 'RADIO' }, 'B'),
        field('enumeration', { DISPLAY: 'UI', LIST_HEIGHT: 3 }, 'E'),
        field('datetime', { DEFAULT_VALUE: { TYPE: 'NOW' } }, 'T'),
        field('crm_status', { ENTITY_TYPE: 'SOURCE' }, 'C'),
        field('crm', { DEAL: 'Y', CONTACT: 'N' }, 'R'),
      ),
    },
  ],
  invalid: [
    {
      name: 'keys a portal drops: string MAX_LENGTH and SIZE, boolean LABEL_CHECKBOX, a setting of a money field',
      spec: deal(
        field('string', { MAX_LENGTH: 100, SIZE: 40 }, 'S'),
        field('boolean', { DEFAULT_VALUE: true, LABEL_CHECKBOX: 'Да' }, 'B'),
        field('money', { DEFAULT_VALUE: '100|RUB' }, 'M'),
      ),
      reports: [
        {
          messageId: 'notKept',
          path: '/fields/deal/0/settings/MAX_LENGTH',
          data: { kept: 'DEFAULT_VALUE, ROWS' },
        },
        { messageId: 'notKept', path: '/fields/deal/0/settings/SIZE' },
        { messageId: 'notKept', path: '/fields/deal/1/settings/LABEL_CHECKBOX' },
        { messageId: 'notKept', path: '/fields/deal/2/settings/DEFAULT_VALUE', data: { kept: '—' } },
      ],
    },
    {
      name: 'values a portal rewrites: a DISPLAY of another type, a default of the wrong form',
      spec: deal(
        field('enumeration', { DISPLAY: 'RADIO' }, 'E'),
        field('boolean', { DEFAULT_VALUE: 'false' }, 'B'),
        field('integer', { DEFAULT_VALUE: 2.5 }, 'I'),
      ),
      reports: [
        { messageId: 'display', path: '/fields/deal/0/settings/DISPLAY', data: { stored: 'LIST' } },
        { messageId: 'defaultForm', path: '/fields/deal/1/settings/DEFAULT_VALUE' },
        { messageId: 'defaultForm', path: '/fields/deal/2/settings/DEFAULT_VALUE' },
      ],
    },
    {
      name: 'a date default is kept only when the field is created; a crm field bound to nothing is bound to leads',
      spec: deal(
        field('date', { DEFAULT_VALUE: { TYPE: 'FIXED', VALUE: '2026-02-01' } }, 'D'),
        field('crm', { DEAL: 'N' }, 'C'),
      ),
      reports: [
        { messageId: 'createOnly', path: '/fields/deal/0/settings/DEFAULT_VALUE', severity: 'warning' },
        { messageId: 'crmNone', path: '/fields/deal/1/settings', severity: 'warning' },
      ],
    },
  ],
});

const list = (multiple: boolean, defaults: boolean[]): Field => ({
  code: 'L',
  type: 'enumeration',
  label: 'l',
  multiple,
  items: defaults.map((d, i) => ({ xml_id: `X${i}`, value: `V${i}`, default: d })),
});

ruleTester(listDefaults, {
  valid: [
    { name: 'one default', spec: deal(list(false, [false, true, false])) },
    { name: 'a multiple field may have several', spec: deal(list(true, [true, true])) },
  ],
  invalid: [
    {
      name: 'a second and a third default on a single-value field, each located',
      spec: deal(list(false, [true, false, true, true])),
      reports: [
        { messageId: 'second', path: '/fields/deal/0/items/2/default', data: { first: 'X0', xmlId: 'X2' } },
        { messageId: 'second', path: '/fields/deal/0/items/3/default', data: { xmlId: 'X3' } },
      ],
    },
  ],
});

describe('keptSettings: what export writes of stored settings (parity.md#uf-settings-rest)', () => {
  it.each([
    [
      'string',
      { SIZE: 20, ROWS: 3, REGEXP: '', MIN_LENGTH: 0, MAX_LENGTH: 0, DEFAULT_VALUE: '' },
      { ROWS: 3 },
    ],
    [
      'boolean',
      { DEFAULT_VALUE: 1, DISPLAY: 'RADIO', LABEL: ['', ''], LABEL_CHECKBOX: '' },
      { DEFAULT_VALUE: 1, DISPLAY: 'RADIO' },
    ],
    [
      'enumeration',
      { DISPLAY: 'LIST', LIST_HEIGHT: 1, CAPTION_NO_VALUE: '', SHOW_NO_VALUE: 'Y' },
      { DISPLAY: 'LIST', LIST_HEIGHT: 1 },
    ],
    ['integer', { SIZE: 20, MIN_VALUE: 0, MAX_VALUE: 0, DEFAULT_VALUE: null }, {}],
    ['date', { DEFAULT_VALUE: { TYPE: 'NONE', VALUE: '' } }, {}],
    ['crm', { LEAD: null, CONTACT: 'Y', DYNAMIC_128: 'Y' }, { CONTACT: 'Y' }],
    ['money', { DEFAULT_VALUE: '' }, {}],
  ])('%s %j → %j', (type, stored, expected) => {
    expect(keptSettings(type, stored)).toEqual(expected);
  });
});
