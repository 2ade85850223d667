import { describe, expect, it } from 'vitest';
import { callsFor } from '../../src/resources/registry.js';
import { sameSetting, storedForm } from '../../src/resources/user-fields/settings.js';
import type { Field, Spec } from '../../src/spec/spec.generated.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { only, planKinds } from './plan-kind.js';

/** The spec's settings in the form a portal stores them (docs/bitrix24/parity.md#uf-settings-type). */
describe('user field settings in stored form', () => {
  it.each<[string, string, Record<string, unknown>, Record<string, unknown>]>([
    ['boolean false is 0', 'boolean', { DEFAULT_VALUE: false }, { DEFAULT_VALUE: 0 }],
    ['boolean true is 1', 'boolean', { DEFAULT_VALUE: true }, { DEFAULT_VALUE: 1 }],
    [
      'boolean "N" is 0 (only a positive number checks it)',
      'boolean',
      { DEFAULT_VALUE: 'N' },
      { DEFAULT_VALUE: 0 },
    ],
    ['DISPLAY upper-cased', 'boolean', { DISPLAY: 'radio' }, { DISPLAY: 'RADIO' }],
    ['a DISPLAY the type lacks is its first', 'enumeration', { DISPLAY: 'radio' }, { DISPLAY: 'LIST' }],
    ['ROWS above 50 held at 50', 'string', { ROWS: 80 }, { ROWS: 50 }],
    ['ROWS below 1 held at 1', 'string', { ROWS: 0 }, { ROWS: 1 }],
    ['PRECISION above 12 held at 12', 'double', { PRECISION: 20 }, { PRECISION: 12 }],
    ['a negative PRECISION is 2', 'double', { PRECISION: -1 }, { PRECISION: 2 }],
    ['LIST_HEIGHT at least 1', 'enumeration', { LIST_HEIGHT: 0 }, { LIST_HEIGHT: 1 }],
    ['integer default as a number', 'integer', { DEFAULT_VALUE: '5' }, { DEFAULT_VALUE: 5 }],
    ['crm bound to nothing is bound to leads', 'crm', { DEAL: 'N' }, { DEAL: 'N', LEAD: 'Y' }],
    ['crm keys are Y or N', 'crm', { CONTACT: 'y', LEAD: 'x' }, { CONTACT: 'Y', LEAD: 'N' }],
    [
      'date default: TYPE upper-cased, VALUE only for FIXED',
      'date',
      { DEFAULT_VALUE: { TYPE: 'now', VALUE: '2026-01-01' } },
      { DEFAULT_VALUE: { TYPE: 'NOW', VALUE: '' } },
    ],
  ])('%s', (_name, type, spec, stored) => {
    expect(storedForm(type, spec)).toEqual(stored);
  });

  it('compares 1 with "1" and one instant written with two offsets as the same', () => {
    expect(sameSetting('boolean', 'DEFAULT_VALUE', '1', 1)).toBe(true);
    expect(sameSetting('boolean', 'DEFAULT_VALUE', 1, 0)).toBe(false);
    expect(
      sameSetting(
        'datetime',
        'DEFAULT_VALUE',
        { VALUE: '2026-01-15T10:00:00+03:00', TYPE: 'FIXED' },
        { TYPE: 'FIXED', VALUE: '2026-01-15T07:00:00Z' },
      ),
    ).toBe(true);
  });
});

const spec = (f: Partial<Field>): Spec => ({
  version: 1,
  fields: { deal: [{ code: 'VIP', type: 'boolean', label: 'VIP', ...f }] },
});

describe('user field calls', () => {
  it('a portal holding 0 and a spec saying false: nothing to do', () => {
    const portal = new PortalBuilder().field('deal', {
      fieldName: 'UF_CRM_VIP',
      type: 'boolean',
      labels: { ru: 'VIP', en: 'VIP' },
      settings: { DEFAULT_VALUE: '0', DISPLAY: 'CHECKBOX', LABEL: ['', ''], LABEL_CHECKBOX: '' },
    });
    expect(planKinds(spec({ settings: { DEFAULT_VALUE: false } }), portal).changes).toEqual([]);
  });

  it('an update sends the stored form: 0, never false', () => {
    const portal = new PortalBuilder().field('deal', {
      id: 9,
      fieldName: 'UF_CRM_VIP',
      type: 'boolean',
      labels: { ru: 'VIP', en: 'VIP' },
      settings: { DEFAULT_VALUE: 1, DISPLAY: 'CHECKBOX' },
    });
    const { changes } = planKinds(spec({ settings: { DEFAULT_VALUE: false } }), portal);
    expect(only(changes, 'userField:deal.VIP', 'update').diffs).toEqual([
      { field: 'SETTINGS.DEFAULT_VALUE', before: 1, after: 0 },
    ]);
    expect(callsFor(changes).map((c) => c.params)).toEqual([
      { id: 9, fields: { SETTINGS: { DEFAULT_VALUE: 0 } } },
    ]);
  });

  it('a new field: add with LABEL, then an update of the same field in the same batch clearing error and help', () => {
    const { changes } = planKinds(
      spec({ label: { ru: 'ВИП', en: 'VIP' }, settings: { DEFAULT_VALUE: false } }),
      new PortalBuilder(),
    );
    const [add, update] = callsFor(changes);
    expect([add?.method, update?.method]).toEqual(['crm.deal.userfield.add', 'crm.deal.userfield.update']);
    expect(update?.refs).toEqual([add?.key]);
    expect(add?.params).toMatchObject({
      fields: { LABEL: 'ВИП', EDIT_FORM_LABEL: { ru: 'ВИП', en: 'VIP' }, SETTINGS: { DEFAULT_VALUE: 0 } },
    });
    expect(update?.params).toEqual({
      id: `$result[${add?.key ?? ''}]`,
      fields: { ERROR_MESSAGE: '', HELP_MESSAGE: '' },
    });
  });

  it('the spec’s help goes in the update, which writes it to every language', () => {
    const { changes } = planKinds(spec({ help: 'Клиент из списка VIP' }), new PortalBuilder());
    expect(callsFor(changes)[1]?.params).toMatchObject({
      fields: { ERROR_MESSAGE: '', HELP_MESSAGE: 'Клиент из списка VIP' },
    });
  });
});
