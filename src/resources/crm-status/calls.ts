import type { StatusListChange } from './list-diff.js';

/**
 * The writes of one crm.status list in an order the portal accepts after every single call (the sort
 * rules are checked on each add and update, docs/bitrix24/stages.md#sort-rules): updates
 * moving up first, highest target first; then those moving down, lowest target first; deletions (a
 * recreated code must be gone before it is added again); creations, lowest sort first.
 */
export function orderStatusWrites<L extends StatusListChange<string, object>>(
  list: readonly L[],
): {
  updates: Array<Extract<L, { op: 'update' }>>;
  deletes: Array<Extract<L, { op: 'delete' }>>;
  creates: Array<Extract<L, { op: 'create' }>>;
} {
  const updates = list.filter((c): c is Extract<L, { op: 'update' }> => c.op === 'update');
  const up = updates
    .filter((c) => c.desired.sortTo > c.desired.sortFrom)
    .sort((a, b) => b.desired.sortTo - a.desired.sortTo);
  const rest = updates
    .filter((c) => c.desired.sortTo <= c.desired.sortFrom)
    .sort((a, b) => a.desired.sortTo - b.desired.sortTo);
  const creates = list
    .filter((c): c is Extract<L, { op: 'create' }> => c.op === 'create')
    .sort((a, b) => (a.desired.sort ?? NaN) - (b.desired.sort ?? NaN));
  const deletes = list.filter((c): c is Extract<L, { op: 'delete' }> => c.op === 'delete');
  return { updates: [...up, ...rest], deletes, creates };
}
