import { touch, type PlannedCall } from '../calls.js';
import { callKey } from '../context.js';
import { orderStatusWrites } from '../crm-status/calls.js';
import type { DictionaryChange } from './types.js';

/**
 * Calls for dictionary items (crm.status.*, docs/bitrix24/dictionaries.md#dictionary-lists), per list, in the order
 * src/resources/crm-status/calls.ts gives. Deletions never send FORCED=Y: SYSTEM items are never deleted.
 */
export function dictionaryCalls(changes: readonly DictionaryChange[]): PlannedCall[] {
  const byEntity = new Map<string, DictionaryChange[]>();
  for (const c of changes) {
    if (c.op === 'blocked') continue;
    const entity = c.op === 'delete' ? c.current.entity : c.desired.entity;
    const list = byEntity.get(entity) ?? [];
    list.push(c);
    byEntity.set(entity, list);
  }
  const calls: PlannedCall[] = [];
  for (const [entity, list] of byEntity) {
    // The sort rules and the codes are the list's: every write of one list keeps its order.
    const touches = [touch.statusList(entity)];
    const { updates, deletes, creates } = orderStatusWrites(list);
    for (const c of updates) {
      const fields: Record<string, unknown> = {};
      for (const d of c.diffs) fields[d.field] = d.after;
      calls.push({
        key: callKey('du', c.key),
        method: 'crm.status.update',
        params: { id: c.portalId, fields },
        changeIds: [c.id],
        refs: [],
        touches,
      });
    }
    for (const c of deletes) {
      calls.push({
        key: callKey('dd', c.key),
        method: 'crm.status.delete',
        params: { id: c.portalId },
        changeIds: [c.id],
        refs: [],
        touches,
      });
    }
    for (const c of creates) {
      const d = c.desired;
      const fields: Record<string, unknown> = { ENTITY_ID: d.entity, STATUS_ID: d.code, NAME: d.name };
      if (typeof d.sort === 'number') fields.SORT = d.sort;
      if (typeof d.color === 'string') fields.COLOR = d.color;
      // Omitted SEMANTICS is stored as process (docs/bitrix24/stages.md#semantics); S and F must be sent.
      if (d.semantics === 'S' || d.semantics === 'F') fields.SEMANTICS = d.semantics;
      calls.push({
        key: callKey('da', c.key),
        method: 'crm.status.add',
        params: { fields },
        changeIds: [c.id],
        refs: [],
        touches,
      });
    }
  }
  return calls;
}
