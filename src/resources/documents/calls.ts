import { ref, touch, type PlannedCall, type PortalObject } from '../calls.js';
import { callKey } from '../context.js';
import { numeratorCallKey } from '../numerators/calls.js';
import { pipelineCallKey } from '../pipelines/calls.js';
import type { DocumentChange, EntityTypeRef, NumeratorRef } from './types.js';

/**
 * crm.documentgenerator.template.add / .update / .delete (docs/bitrix24/document-generator.md#template-add; request shapes as in
 * rest-requests/crm.documentgenerator.template.add.json). A template bound to a pipeline or numbered
 * by a numerator that the same apply creates references the new id with `$result[...]`: inside one
 * batch request the portal substitutes it, across requests the executor does (src/apply/refs.ts).
 */
export function documentCalls(changes: readonly DocumentChange[]): PlannedCall[] {
  const calls: PlannedCall[] = [];
  for (const c of changes) {
    if (c.op === 'create' || c.op === 'update' || c.op === 'rename') {
      const d = c.desired;
      const refs: string[] = [];
      const touches: PortalObject[] = [
        c.op === 'create' ? touch.newTemplate(c.key) : touch.template(c.portalId),
        ...boundObjects(d),
      ];
      const fields: Record<string, unknown> = {};
      if (c.op !== 'update' || c.diffs.some((x) => x.field === 'name')) fields.name = d.name;
      if (typeof d.fileBase64 === 'string') fields.file = [d.fileName, d.fileBase64];
      if (d.numerator !== undefined) fields.numeratorId = numeratorId(d.numerator, refs);
      if (d.entityTypeIds !== undefined)
        fields.entityTypeId = d.entityTypeIds.map((e) => entityType(e, refs));
      if ('region' in d) fields.region = d.region;
      if (d.active !== undefined) fields.active = d.active ? 'Y' : 'N';
      if (d.withStamps !== undefined) fields.withStamps = d.withStamps ? 'Y' : 'N';
      if ('users' in d) fields.users = d.users;
      calls.push(
        c.op === 'create'
          ? {
              key: documentCallKey(c.key),
              method: 'crm.documentgenerator.template.add',
              params: { fields },
              changeIds: [c.id],
              refs,
              touches,
            }
          : {
              key: callKey('dtu', c.key),
              method: 'crm.documentgenerator.template.update',
              params: { id: c.portalId, fields },
              changeIds: [c.id],
              refs,
              touches,
            },
      );
    } else if (c.op === 'delete') {
      calls.push({
        key: callKey('dtd', c.portalId),
        method: 'crm.documentgenerator.template.delete',
        params: { id: c.portalId },
        changeIds: [c.id],
        refs: [],
        touches: [touch.template(c.portalId)],
      });
    }
  }
  return calls;
}

/**
 * The existing numerator and pipelines a template binds: the add or update reads them. Those the apply
 * creates are `refs` already.
 */
function boundObjects(d: { numerator?: NumeratorRef; entityTypeIds?: EntityTypeRef[] }): PortalObject[] {
  const out: PortalObject[] = [];
  if (d.numerator !== undefined && 'id' in d.numerator) out.push(touch.numerator(d.numerator.id));
  for (const e of d.entityTypeIds ?? []) {
    const m = typeof e === 'string' ? /^2_category_(\d+)$/.exec(e) : null;
    if (m) out.push(touch.pipeline(Number(m[1])));
  }
  return out;
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
