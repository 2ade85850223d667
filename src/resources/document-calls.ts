import type { Change } from '../plan/types.js';
import { ref, type PlannedCall } from '../plan/calls.js';
import { callKey } from './context.js';
import type { EntityTypeRef, NumeratorRef } from './documents.js';
import { numeratorCallKey } from './numerator-calls.js';
import { pipelineCallKey } from './pipelines.js';

/**
 * crm.documentgenerator.template.add / .update / .delete (rest-map §8; request shapes as in
 * rest-requests/crm.documentgenerator.template.add.json). A template bound to a pipeline or numbered
 * by a numerator that the same apply creates references the new id with `$result[...]`: inside one
 * batch request the portal substitutes it, across requests the executor does (src/apply/refs.ts).
 */
export function documentCalls(changes: readonly Change[]): PlannedCall[] {
  const calls: PlannedCall[] = [];
  for (const c of changes) {
    if (c.kind !== 'documentTemplate') continue;
    if (c.op === 'create' || c.op === 'update' || c.op === 'rename') {
      const d = c.desired;
      const refs: string[] = [];
      const fields: Record<string, unknown> = {};
      if (c.op !== 'update' || c.diffs.some((x) => x.field === 'name')) fields.name = d.name;
      if (typeof d.fileBase64 === 'string') fields.file = [d.fileName, d.fileBase64];
      if (d.numerator !== undefined) fields.numeratorId = numeratorId(d.numerator as NumeratorRef, refs);
      if (Array.isArray(d.entityTypeIds))
        fields.entityTypeId = (d.entityTypeIds as EntityTypeRef[]).map((e) => entityType(e, refs));
      if (typeof d.region === 'string') fields.region = d.region;
      if (typeof d.active === 'boolean') fields.active = d.active ? 'Y' : 'N';
      if (typeof d.withStamps === 'boolean') fields.withStamps = d.withStamps ? 'Y' : 'N';
      if (Array.isArray(d.users)) fields.users = d.users;
      calls.push(
        c.op === 'create'
          ? {
              key: documentCallKey(c.key),
              method: 'crm.documentgenerator.template.add',
              params: { fields },
              changeIds: [c.id],
              refs,
            }
          : {
              key: callKey('dtu', c.key),
              method: 'crm.documentgenerator.template.update',
              params: { id: c.portalId, fields },
              changeIds: [c.id],
              refs,
            },
      );
    } else if (c.op === 'delete') {
      calls.push({
        key: callKey('dtd', c.portalId),
        method: 'crm.documentgenerator.template.delete',
        params: { id: c.portalId },
        changeIds: [c.id],
        refs: [],
      });
    }
  }
  return calls;
}

export function documentCallKey(name: string): string {
  return callKey('dt', name);
}

function numeratorId(n: NumeratorRef, refs: string[]): number | string {
  if ('id' in n) return n.id;
  const key = numeratorCallKey(n.newName);
  refs.push(key);
  return ref(key, 'numerator', 'id');
}

function entityType(e: EntityTypeRef, refs: string[]): string {
  if (typeof e === 'string') return e;
  const key = pipelineCallKey(e.newPipeline);
  if (!refs.includes(key)) refs.push(key);
  return `2_category_${ref(key, 'category', 'id')}`;
}
