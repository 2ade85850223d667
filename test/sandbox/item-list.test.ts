/** crm.item.list checks its filter and order before reading (docs/bitrix24/parity.md#crm-item-list). */
import { describe, expect, it } from 'vitest';
import { emulator, fail, ok } from './helpers.js';

describe('crm.item.list filter and order checks (parity.md#crm-item-list)', () => {
  it('accepts the fields and operators the audit uses', async () => {
    const em = emulator();
    const res = await ok(em, 'crm.item.list', {
      entityTypeId: 2,
      select: ['id'],
      filter: {
        stageSemanticId: 'F',
        '>=closedate': '2026-01-01T00:00:00+00:00',
        stageId: ['LOSE'],
        '>id': 0,
      },
      order: { id: 'asc' },
    });
    expect(res.items).toEqual([]);
  });

  it.each([
    [{ noSuchField: 1 }, "Invalid filter: field 'NO_SUCH_FIELD' is not allowed in filter"],
    [{ '>>id': 1 }, "Invalid filter: field '>>ID' is not allowed in filter"],
    [{ '>=closedate': ['2026-01-01'] }, "Invalid filter: field '>=CLOSEDATE' has invalid value"],
  ])('refuses filter %j: %s', async (filter, description) => {
    expect(await fail(emulator(), 'crm.item.list', { entityTypeId: 2, filter })).toEqual({
      status: 400,
      error: 'INVALID_ARG_VALUE',
      description,
    });
  });

  it('refuses an order by an unknown field or in another direction', async () => {
    const em = emulator();
    expect((await fail(em, 'crm.item.list', { entityTypeId: 2, order: { nope: 'ASC' } })).description).toBe(
      "Invalid order: field 'NOPE' is not allowed in order",
    );
    expect((await fail(em, 'crm.item.list', { entityTypeId: 2, order: { id: 'up' } })).error).toBe(
      'INVALID_ARG_VALUE',
    );
  });
});
