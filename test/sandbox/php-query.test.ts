import { describe, expect, it } from 'vitest';
import { decodePhpQuery, parseBatchCommand } from '../../src/sandbox/php-query.js';

describe('php query decoding as the portal does it (batch cmd strings, form bodies)', () => {
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
