import { touch, type PlannedCall } from '../calls.js';
import { callKey } from '../context.js';
import type { PipelineChange } from './types.js';

/** The batch key of a pipeline's add call: its stages and templates reference the new id. */
export function pipelineCallKey(dirKey: string): string {
  return callKey('p', dirKey);
}

/** crm.category.add / .update with entityTypeId 2 (deals). */
export function pipelineCalls(changes: readonly PipelineChange[]): PlannedCall[] {
  const calls: PlannedCall[] = [];
  for (const c of changes) {
    if (c.op === 'create') {
      calls.push({
        key: pipelineCallKey(c.key),
        method: 'crm.category.add',
        params: { entityTypeId: 2, fields: { name: c.desired.name, sort: c.desired.sort } },
        changeIds: [c.id],
        refs: [],
        // The add also makes the pipeline's default stages.
        touches: [touch.newPipeline(c.key), touch.newPipelineStages(c.key)],
      });
    } else if (c.op === 'update' || c.op === 'rename') {
      const fields: Record<string, unknown> = {};
      for (const d of c.diffs) fields[d.field === 'NAME' ? 'name' : 'sort'] = d.after;
      calls.push({
        key: callKey('pu', c.key),
        method: 'crm.category.update',
        params: { entityTypeId: 2, id: c.portalId, fields },
        changeIds: [c.id],
        refs: [],
        touches: [touch.pipeline(c.portalId)],
      });
    }
  }
  return calls;
}

/**
 * Deletions run last (after stages moved out and everything bound to the pipeline). They declare no
 * `touches`: a deletion waits for every call before it, whatever still pointed at the pipeline.
 */
export function pipelineDeleteCalls(changes: readonly PipelineChange[]): PlannedCall[] {
  return changes.flatMap((c) =>
    c.op === 'delete'
      ? [
          {
            key: callKey('pd', c.portalId),
            method: 'crm.category.delete',
            params: { entityTypeId: 2, id: c.portalId },
            changeIds: [c.id],
            refs: [],
          },
        ]
      : [],
  );
}
