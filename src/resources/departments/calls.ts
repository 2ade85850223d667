import { ref, touch, type PlannedCall } from '../calls.js';
import { callKey } from '../context.js';
import type { DepartmentChange, ParentRef } from './types.js';

function departmentCallKey(name: string): string {
  return callKey('dep', name);
}

/**
 * department.add {NAME, PARENT, UF_HEAD} (its result is the new id) and department.update
 * {ID, UF_HEAD, PARENT} (docs/bitrix24/company-structure.md#department-writes). Only planned with --allow-structure-changes; a new parent
 * department is referenced as `$result[key]` (changes come parents first).
 */
export function departmentCalls(changes: readonly DepartmentChange[]): PlannedCall[] {
  const calls: PlannedCall[] = [];
  for (const c of changes) {
    if (c.op === 'create') {
      const refs: string[] = [];
      const params: Record<string, unknown> = {
        NAME: c.desired.name,
        PARENT: parentId(c.desired.parent, refs),
      };
      if (typeof c.desired.headId === 'number') params.UF_HEAD = c.desired.headId;
      calls.push({
        key: departmentCallKey(c.key),
        method: 'department.add',
        params,
        changeIds: [c.id],
        refs,
        touches: [touch.departments()],
      });
    } else if (c.op === 'update') {
      const refs: string[] = [];
      const params: Record<string, unknown> = { ID: c.portalId };
      if (typeof c.desired.UF_HEAD === 'number') params.UF_HEAD = c.desired.UF_HEAD;
      if (c.desired.PARENT !== undefined) params.PARENT = parentId(c.desired.PARENT, refs);
      calls.push({
        key: callKey('depu', c.key),
        method: 'department.update',
        params,
        changeIds: [c.id],
        refs,
        touches: [touch.departments()],
      });
    }
  }
  return calls;
}

function parentId(p: ParentRef, refs: string[]): number | string {
  if ('id' in p) return p.id;
  const key = departmentCallKey(p.newName);
  refs.push(key);
  return ref(key);
}
