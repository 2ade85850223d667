import { describe, expect, it } from 'vitest';
import { notAppliedDetails } from '../../../src/report/plan/describe-change.js';
import type { Change } from '../../../src/resources/plan.js';

/** What an apply prints under a change its verification read found not kept, per field. */
const update = (diffs: Array<[string, unknown, unknown]>): Change => ({
  id: 'userField:deal.VIP',
  kind: 'userField',
  key: 'deal.VIP',
  path: ['deal', 'UF_CRM_VIP'],
  op: 'update',
  portalId: 7,
  diffs: diffs.map(([field, before, after]) => ({ field, before, after })),
  desired: { entity: 'deal', fieldName: 'UF_CRM_VIP', id: 7, label: 'VIP' },
});

describe('not applied, per field', () => {
  const planned = update([['SETTINGS.DEFAULT_VALUE', 1, 0]]);
  const again = update([
    ['SETTINGS.DEFAULT_VALUE', 1, 0],
    ['MANDATORY', true, false],
  ]);

  it('a field the run wrote is one the portal ignored: what was sent and what was read back', () => {
    expect(notAppliedDetails(planned, again, 'en')).toEqual([
      'the portal ignored SETTINGS.DEFAULT_VALUE: sent 0, read back 1',
      'MANDATORY: the portal holds true, the spec wants false',
    ]);
    expect(notAppliedDetails(planned, again, 'ru')).toEqual([
      'портал не сохранил SETTINGS.DEFAULT_VALUE: отправлено 0, прочитано 1',
      'MANDATORY: на портале true, в спецификации false',
    ]);
  });

  it('a create sent every field: each one that differs afterwards was ignored', () => {
    const create = { ...planned, op: 'create', desired: {} } as unknown as Change;
    expect(notAppliedDetails(create, again, 'en')).toEqual([
      'the portal ignored SETTINGS.DEFAULT_VALUE: sent 0, read back 1',
      'the portal ignored MANDATORY: sent false, read back true',
    ]);
  });
});
