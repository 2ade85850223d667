import type { Change, CreateChange, DeleteChange, UpdateChange } from '../plan/types.js';
import type { PlannedCall } from '../plan/calls.js';
import { callKey } from './context.js';
import type { DictTarget } from './dictionaries.js';

/**
 * Calls for dictionary items (crm.status.*, rest-map §2, §10), per list, in an order the portal
 * accepts after every single call (the lead-status sort rules are checked on each add and update):
 * sort updates moving up (highest target first), then moving down (lowest target first); deletions
 * (a recreated code must be gone before it is added again); creations, lowest sort first.
 * Deletions never send FORCED=Y: SYSTEM items are never deleted.
 */
export function dictionaryCalls(changes: readonly Change[]): PlannedCall[] {
  const byEntity = new Map<string, Change[]>();
  for (const c of changes) {
    if (c.kind !== 'dictionary' || (c.op !== 'create' && c.op !== 'update' && c.op !== 'delete')) continue;
    const t = (c.op === 'delete' ? c.current : c.desired) as unknown as DictTarget;
    const list = byEntity.get(t.entity) ?? [];
    list.push(c);
    byEntity.set(t.entity, list);
  }
  const calls: PlannedCall[] = [];
  for (const list of byEntity.values()) {
    const updates = list.filter((c): c is UpdateChange => c.op === 'update');
    const up = updates
      .filter((c) => num(c.desired.sortTo) > num(c.desired.sortFrom))
      .sort((a, b) => num(b.desired.sortTo) - num(a.desired.sortTo));
    const rest = updates
      .filter((c) => num(c.desired.sortTo) <= num(c.desired.sortFrom))
      .sort((a, b) => num(a.desired.sortTo) - num(b.desired.sortTo));
    for (const c of [...up, ...rest]) {
      const fields: Record<string, unknown> = {};
      for (const d of c.diffs) fields[d.field] = d.after;
      calls.push({
        key: callKey('du', c.key),
        method: 'crm.status.update',
        params: { id: c.portalId, fields },
        changeIds: [c.id],
        refs: [],
      });
    }
    for (const c of list.filter((x): x is DeleteChange => x.op === 'delete')) {
      calls.push({
        key: callKey('dd', c.key),
        method: 'crm.status.delete',
        params: { id: c.portalId },
        changeIds: [c.id],
        refs: [],
      });
    }
    const creates = list
      .filter((c): c is CreateChange => c.op === 'create')
      .sort((a, b) => num(a.desired.sort) - num(b.desired.sort));
    for (const c of creates) {
      const d = c.desired as unknown as DictTarget & {
        name: string;
        sort?: number;
        color?: string;
        semantics: string;
      };
      const fields: Record<string, unknown> = { ENTITY_ID: d.entity, STATUS_ID: d.code, NAME: d.name };
      if (typeof d.sort === 'number') fields.SORT = d.sort;
      if (typeof d.color === 'string') fields.COLOR = d.color;
      // Omitted SEMANTICS is stored as process (rest-map §2); S and F must be sent.
      if (d.semantics === 'S' || d.semantics === 'F') fields.SEMANTICS = d.semantics;
      calls.push({
        key: callKey('da', c.key),
        method: 'crm.status.add',
        params: { fields },
        changeIds: [c.id],
        refs: [],
      });
    }
  }
  return calls;
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}
