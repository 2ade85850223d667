import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/core/errors.js';
import { canEncodeLosslessly, encodePhpQuery } from '../../src/portal/php-query.js';
import { decodePhpQuery } from '../../src/sandbox/php-query.js';

describe('php query codec (batch cmd strings, docs/bitrix24/batch.md#batch-body)', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['flat', { entityTypeId: 2, id: '5' }],
    ['nested', { fields: { ENTITY_ID: 'DEAL_STAGE_1', STATUS_ID: 'DECISION', SORT: 70 } }],
    [
      'list of objects',
      {
        fields: {
          LIST: [
            { VALUE: 'a', XML_ID: 'A' },
            { ID: '12', VALUE: 'b', XML_ID: 'B' },
          ],
        },
      },
    ],
    ['unicode and spaces', { fields: { NAME: 'Презентация & КП = 100%' } }],
    ['result reference', { id: '$result[add][category][id]' }],
  ];
  it.each(cases)('round-trips %s', (_name, params) => {
    const decoded = decodePhpQuery(encodePhpQuery(params));
    expect(decoded).toEqual(
      JSON.parse(JSON.stringify(params, (_k, v: unknown) => (typeof v === 'number' ? String(v) : v))),
    );
  });

  it('encodes null as an empty value and drops undefined, as PHP forms do', () => {
    expect(encodePhpQuery({ a: null, b: undefined, c: 'x' })).toBe('a=&c=x');
  });

  it('refuses a raw boolean: "false" would reach PHP as a non-empty text (docs/bitrix24/parity.md#php-comparison)', () => {
    expect(() => encodePhpQuery({ fields: { SETTINGS: { DEFAULT_VALUE: false } } })).toThrow(InternalError);
    expect(() => encodePhpQuery({ fields: { LIST: [{ DEF: true }] } })).toThrow(
      'fields[LIST][0][DEF]=true: a boolean cannot go into a batch command',
    );
    expect(encodePhpQuery({ fields: { SETTINGS: { DEFAULT_VALUE: 0 }, MULTIPLE: 'N' } })).toBe(
      'fields%5BSETTINGS%5D%5BDEFAULT_VALUE%5D=0&fields%5BMULTIPLE%5D=N',
    );
  });

  it('reports params that a query string cannot carry (empty arrays vanish)', () => {
    expect(canEncodeLosslessly({ fields: { UF_X: [] } })).toBe(false);
    expect(canEncodeLosslessly({ fields: {} })).toBe(false);
    expect(canEncodeLosslessly({ fields: { NAME: 'x', SORT: 10 } })).toBe(true);
  });
});
