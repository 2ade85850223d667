import { describe, expect, it } from 'vitest';
import {
  canEncodeLosslessly,
  decodePhpQuery,
  encodePhpQuery,
  parseBatchCommand,
} from '../../src/portal/php-query.js';

describe('php query codec (batch cmd strings, rest-map §14)', () => {
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

  it('reports params that a query string cannot carry (empty arrays vanish)', () => {
    expect(canEncodeLosslessly({ fields: { UF_X: [] } })).toBe(false);
    expect(canEncodeLosslessly({ fields: {} })).toBe(false);
    expect(canEncodeLosslessly({ fields: { NAME: 'x', SORT: 10 } })).toBe(true);
  });

  it('decodes `a[]=x&a[]=y` to a list and keeps bracketed keys of the SDK encoding (%5B%5D)', () => {
    expect(decodePhpQuery('a[]=x&a[]=y')).toEqual({ a: ['x', 'y'] });
    expect(decodePhpQuery('fields%5Bname%5D=Pipeline%20X&entityTypeId=2')).toEqual({
      fields: { name: 'Pipeline X' },
      entityTypeId: '2',
    });
  });

  it('splits a batch command into method and params', () => {
    expect(parseBatchCommand('department.get?ID=$result[get_user][UF_DEPARTMENT][0]')).toEqual({
      method: 'department.get',
      params: { ID: '$result[get_user][UF_DEPARTMENT][0]' },
    });
    expect(parseBatchCommand('user.current')).toEqual({ method: 'user.current', params: {} });
  });
});
