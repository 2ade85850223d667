import type { Change, CreateChange, DeleteChange, UpdateChange } from '../plan/types.js';
import { ref, type PlannedCall } from '../plan/calls.js';
import { dealStageEntityId } from '../portal/state-types.js';
import { callKey } from './context.js';
import { pipelineCallKey } from './pipelines.js';
import type { StageTarget } from './stages.js';

/**
 * Calls for stage changes, per pipeline, in an order the portal accepts:
 * 1. for a pipeline created in this apply: list its 8 default stages (their ids are only known then;
 *    the list is ordered by SORT, so position i is default stage i — rest-map §1);
 * 2. updates, ordered so that process < WON < failure holds after every single call (rest-map §2,
 *    CRM_STATUS_INCORRECT_*_SORT_ERROR): stages moving up go first, highest target first; then
 *    stages moving down, lowest target first;
 * 3. deletions (a recreated code must be gone before it is added again);
 * 4. creations, lowest sort first.
 * A new pipeline's stages reference it with `$result[...]` so they travel in the same batch request.
 */
export function stageCalls(changes: readonly Change[]): PlannedCall[] {
  const byDir = new Map<string, Change[]>();
  for (const c of changes) {
    if (c.kind !== 'stage' || (c.op !== 'create' && c.op !== 'update' && c.op !== 'delete')) continue;
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

function targetOf(c: Change): StageTarget | undefined {
  if (c.op === 'create' || c.op === 'update') return c.desired as unknown as StageTarget;
  if (c.op === 'delete') return c.current as unknown as StageTarget;
  return undefined;
}

function directionCalls(dirKey: string, list: Change[]): PlannedCall[] {
  const first = targetOf(list[0] as Change) as StageTarget;
  const newPipeline = first.pipelineId === undefined;
  const pKey = pipelineCallKey(dirKey);
  const listKey = callKey('sl', dirKey);
  const entityId = newPipeline
    ? `DEAL_STAGE_${ref(pKey, 'category', 'id')}`
    : dealStageEntityId(first.pipelineId as number);
  const pipelineRefs = newPipeline ? [pKey] : [];
  const calls: PlannedCall[] = [];
  const usesDefaults = list.some((c) => targetOf(c)?.defaultIndex !== undefined);
  if (newPipeline && usesDefaults) {
    calls.push({
      key: listKey,
      method: 'crm.status.list',
      params: { filter: { ENTITY_ID: entityId }, order: { SORT: 'ASC' } },
      changeIds: [],
      refs: [pKey],
    });
  }
  const idOf = (t: StageTarget): { id: number | string; refs: string[] } =>
    t.id !== undefined
      ? { id: t.id, refs: [] }
      : { id: ref(listKey, t.defaultIndex ?? 0, 'ID'), refs: [listKey] };

  const updates = list.filter((c): c is UpdateChange => c.op === 'update');
  const up = updates
    .filter((c) => num(c.desired.sortTo) > num(c.desired.sortFrom))
    .sort((a, b) => num(b.desired.sortTo) - num(a.desired.sortTo));
  const rest = updates
    .filter((c) => num(c.desired.sortTo) <= num(c.desired.sortFrom))
    .sort((a, b) => num(a.desired.sortTo) - num(b.desired.sortTo));
  for (const c of [...up, ...rest]) {
    const t = c.desired as unknown as StageTarget;
    const { id, refs } = idOf(t);
    const fields: Record<string, unknown> = {};
    for (const d of c.diffs) fields[d.field] = d.after;
    calls.push({
      key: callKey('su', c.key),
      method: 'crm.status.update',
      params: { id, fields },
      changeIds: [c.id],
      refs,
    });
  }
  for (const c of list.filter((x): x is DeleteChange => x.op === 'delete')) {
    const t = c.current as unknown as StageTarget;
    const { id, refs } = idOf(t);
    // Never FORCED: system stages are never deleted (rest-map §2).
    calls.push({
      key: callKey('sd', c.key),
      method: 'crm.status.delete',
      params: { id },
      changeIds: [c.id],
      refs,
    });
  }
  const creates = list
    .filter((c): c is CreateChange => c.op === 'create')
    .sort((a, b) => num(a.desired.sort) - num(b.desired.sort));
  for (const c of creates) {
    const d = c.desired;
    const fields: Record<string, unknown> = {
      ENTITY_ID: entityId,
      // The portal adds the C{id}: prefix itself in non-default pipelines (rest-map §2).
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
    });
  }
  return calls;
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}
