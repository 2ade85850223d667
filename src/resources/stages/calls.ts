import { ref, touch, type PlannedCall } from '../calls.js';
import { dealStageEntityId } from '../crm-status/stage-ids.js';
import { callKey } from '../context.js';
import { orderStatusWrites } from '../crm-status/calls.js';
import { pipelineCallKey } from '../pipelines/calls.js';
import type { StageChange, StageTarget } from './types.js';

/**
 * Calls for stage changes, per pipeline:
 * 1. for a pipeline created in this apply: list its 8 default stages (their ids are only known then;
 *    the list is ordered by SORT, so position i is default stage i — docs/bitrix24/pipelines.md#default-stages);
 * 2. updates, deletions and creations in the order src/resources/crm-status/calls.ts gives.
 * A new pipeline's stages reference it with `$result[...]` so they travel in the same batch request.
 */
export function stageCalls(changes: readonly StageChange[]): PlannedCall[] {
  const byDir = new Map<string, StageChange[]>();
  for (const c of changes) {
    const t = targetOf(c);
    if (!t) continue;
    const list = byDir.get(t.dirKey) ?? [];
    list.push(c);
    byDir.set(t.dirKey, list);
  }
  const calls: PlannedCall[] = [];
  for (const [dirKey, list] of byDir) calls.push(...directionCalls(dirKey, list));
  return calls;
}

function targetOf(c: StageChange): StageTarget | undefined {
  if (c.op === 'create' || c.op === 'update') return c.desired;
  if (c.op === 'delete') return c.current;
  return undefined;
}

function directionCalls(dirKey: string, list: StageChange[]): PlannedCall[] {
  const first = list.map(targetOf).find((t) => t !== undefined);
  const pipelineId = first?.pipelineId;
  const pKey = pipelineCallKey(dirKey);
  const listKey = callKey('sl', dirKey);
  const entityId =
    pipelineId === undefined ? `DEAL_STAGE_${ref(pKey, 'category', 'id')}` : dealStageEntityId(pipelineId);
  const pipelineRefs = pipelineId === undefined ? [pKey] : [];
  // Every call of one pipeline's stages touches its whole list: the sort rules and codes are the list's.
  const touches = [
    pipelineId === undefined
      ? touch.newPipelineStages(dirKey)
      : touch.statusList(dealStageEntityId(pipelineId)),
  ];
  const calls: PlannedCall[] = [];
  if (pipelineId === undefined && list.some((c) => targetOf(c)?.defaultIndex !== undefined)) {
    calls.push({
      key: listKey,
      method: 'crm.status.list',
      params: { filter: { ENTITY_ID: entityId }, order: { SORT: 'ASC' } },
      changeIds: [],
      refs: [pKey],
      touches,
    });
  }
  const idOf = (t: StageTarget): { id: number | string; refs: string[] } =>
    t.id !== undefined
      ? { id: t.id, refs: [] }
      : { id: ref(listKey, t.defaultIndex ?? 0, 'ID'), refs: [listKey] };
  const { updates, deletes, creates } = orderStatusWrites(list);
  for (const c of updates) {
    const { id, refs } = idOf(c.desired);
    const fields: Record<string, unknown> = {};
    for (const d of c.diffs) fields[d.field] = d.after;
    calls.push({
      key: callKey('su', c.key),
      method: 'crm.status.update',
      params: { id, fields },
      changeIds: [c.id],
      refs,
      touches,
    });
  }
  for (const c of deletes) {
    const { id, refs } = idOf(c.current);
    // Never FORCED: system stages are never deleted (docs/bitrix24/stages.md#system-stages).
    calls.push({
      key: callKey('sd', c.key),
      method: 'crm.status.delete',
      params: { id },
      changeIds: [c.id],
      refs,
      touches,
    });
  }
  for (const c of creates) {
    const d = c.desired;
    const fields: Record<string, unknown> = {
      ENTITY_ID: entityId,
      // The portal adds the C{id}: prefix itself in non-default pipelines (docs/bitrix24/stages.md#code-prefix).
      STATUS_ID: d.code,
      NAME: d.name,
      SORT: d.sort,
    };
    if (typeof d.color === 'string') fields.COLOR = d.color;
    if (d.semantics === 'F') fields.SEMANTICS = 'F';
    calls.push({
      key: callKey('sa', c.key),
      method: 'crm.status.add',
      params: { fields },
      changeIds: [c.id],
      refs: pipelineRefs,
      touches,
    });
  }
  return calls;
}
