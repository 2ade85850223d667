import type { Direction, Spec } from '../../spec/spec.generated.js';
import { dealStageEntityId, stripStagePrefix } from '../crm-status/stage-ids.js';
import type { PortalStatus } from '../crm-status/read.js';
import type { KeptOf } from '../change.js';
import { countOf, type PlanContext, type Resolution } from '../context.js';
import { diffStatusList, type SortInput, type StatusListRules } from '../crm-status/list-diff.js';
import { semanticsOf, type DesiredStatus, type StatusRef } from '../crm-status/types.js';
import type { KindDiff } from '../kind.js';
import { say } from '../plan-text.js';
import type { SortSlot } from '../sorting.js';
import { semanticSorts } from '../semantic-sorts.js';
import { DEFAULT_DEAL_STAGES } from './default-stages.js';
import { STAGE_MESSAGES as M } from './messages.js';
import type { DesiredDirectionStages, StageChange, StageTarget } from './types.js';

/**
 * Deal stages, won and lost stages and loss reasons of every managed direction: crm.status.* with
 * ENTITY_ID DEAL_STAGE / DEAL_STAGE_<id> (docs/bitrix24/stages.md#status-lists), diffed as one crm.status list per pipeline
 * (src/resources/crm-status/list-diff.ts). SYSTEM stages (NEW, WON, LOSE) are never deleted.
 */
export function desiredStages(dir: Direction, dirIndex: number): DesiredStatus[] {
  const p = `/directions/${dirIndex}`;
  const out: DesiredStatus[] = (dir.stages ?? []).map((s, i) => ({
    code: s.code,
    name: s.name,
    color: s.color,
    semantics: 'P' as const,
    pointer: `${p}/stages/${i}`,
  }));
  if (dir.won)
    out.push({ code: 'WON', name: dir.won.name, color: dir.won.color, semantics: 'S', pointer: `${p}/won` });
  if (dir.lost?.name)
    out.push({
      code: 'LOSE',
      name: dir.lost.name,
      color: dir.lost.color,
      semantics: 'F',
      pointer: `${p}/lost`,
    });
  (dir.lost?.reasons ?? []).forEach((r, i) =>
    out.push({
      code: r.code,
      name: r.name,
      color: r.color,
      semantics: 'F',
      pointer: `${p}/lost/reasons/${i}`,
    }),
  );
  return out;
}

export function desiredDirections(spec: Spec): DesiredDirectionStages[] {
  return (spec.directions ?? []).map((dir, i) => ({
    dirKey: dir.key,
    dirName: dir.name,
    stages: desiredStages(dir, i),
  }));
}

export function diffStages(
  desired: DesiredDirectionStages[],
  statuses: readonly PortalStatus[],
  ctx: PlanContext,
): KindDiff<StageChange> {
  const changes: StageChange[] = [];
  const kept: Array<KeptOf<'stage'>> = [];
  for (const dir of desired) {
    const res = ctx.pipelines.get(dir.dirKey);
    if (!res) continue;
    const portal = portalStages(statuses, res);
    const r = diffStatusList(stageRules(ctx, dir, res, portal), dir.stages, portal, ctx);
    changes.push(...r.changes);
    kept.push(...r.kept);
  }
  return { changes, kept };
}

/** A pipeline's stages on the portal, or the 8 defaults of a pipeline this plan creates. */
function portalStages(statuses: readonly PortalStatus[], res: Resolution): StatusRef[] {
  if (res.kind === 'new') {
    return DEFAULT_DEAL_STAGES.map((d, i) => ({ ...d, defaultIndex: i, color: null }));
  }
  const entityId = dealStageEntityId(res.id);
  return statuses
    .filter((s) => s.entityId === entityId)
    .map((s) => ({
      code: stripStagePrefix(s.statusId),
      id: s.id,
      name: s.name,
      sort: s.sort,
      color: s.color,
      semantics: s.semantics,
      system: s.system,
    }));
}

function stageRules(
  ctx: PlanContext,
  dir: DesiredDirectionStages,
  res: Resolution,
  portal: readonly StatusRef[],
): StatusListRules<'stage', StageTarget> {
  const pipelineId = res.kind === 'existing' ? res.id : undefined;
  const parent = `pipeline:${dir.dirKey}`;
  const keyOf = (code: string) => `${dir.dirKey}/${code}`;
  const target = (code: string, p?: StatusRef): StageTarget => ({
    dirKey: dir.dirKey,
    pipelineId,
    code,
    id: p?.id,
    defaultIndex: p?.defaultIndex,
  });
  const usage = (p: StatusRef) => countDeals(ctx, pipelineId, p);
  const sem = { P: say(M, 'semP'), S: say(M, 'semS'), F: say(M, 'semF') };
  return {
    kind: 'stage',
    withSemantics: true,
    keyOf,
    pathOf: (name) => [dir.dirName, name],
    parent,
    target,
    usage,
    impactOf: (deals) => ({ deals }),
    waitForCounts: false,
    deleteInUse: false,
    texts: {
      typeChange: (from, to) => say(M, 'typeChange', { from: sem[from], to: sem[to] }),
      recreateSystem: say(M, 'recreateSystem'),
      recreateUsed: say(M, 'recreateUsed'),
      recreateProtected: say(M, 'recreateProtected'),
      recreateHint: say(M, 'recreateHint'),
      deleteUsed: say(M, 'deleteUsed'),
      deleteUsedHint: say(M, 'deleteUsedHint'),
    },
    autoDelete: (p) => {
      const leftoverDefault =
        pipelineId !== undefined &&
        ctx.createdPipelineIds.has(pipelineId) &&
        DEFAULT_DEAL_STAGES.some((x) => x.code === p.code);
      if (!(res.kind === 'new' || (leftoverDefault && usage(p) === 0))) return undefined;
      // Created by Bitrix24 together with the pipeline in this apply (or the interrupted run being
      // resumed): removing them loses nothing.
      const key = keyOf(p.code);
      return {
        id: `stage-delete:${key}`,
        kind: 'stage',
        key,
        path: [dir.dirName, p.code],
        parent,
        op: 'delete',
        portalId: p.id ?? 0,
        current: { ...target(p.code, p), sort: p.sort },
        reason: 'default-stage',
        note: say(M, 'defaultStage'),
      };
    },
    sorts: stageSorts,
    orderBlocked: () => ({
      change: {
        id: `stage-order:${dir.dirKey}`,
        kind: 'stage',
        key: `${dir.dirKey}/WON`,
        path: [dir.dirName],
        op: 'blocked',
        wanted: 'update',
        reason: say(M, 'orderBroken'),
        hint: say(M, 'orderBrokenHint'),
      },
      stop: false,
    }),
    createNote: (d) => {
      // A stage of the same name under another code: codes cannot be changed in place.
      const twin = portal.find(
        (p) => p.id !== undefined && !dir.stages.some((x) => x.code === p.code) && p.name === d.name,
      );
      return twin ? say(M, 'replaces', { code: twin.code }) : undefined;
    },
  };
}

/**
 * Process stages in spec order (system NEW first when the spec does not name it), then WON, LOSE and
 * the loss reasons (src/resources/semantic-sorts.ts).
 */
function stageSorts(s: SortInput): { sorts: Map<string, number>; fits: boolean } {
  const { byCode, desiredCodes, current } = s;
  const newStage = byCode.get('NEW');
  const won = desiredCodes.has('WON') ? undefined : byCode.get('WON');
  const lose = desiredCodes.has('LOSE') ? undefined : byCode.get('LOSE');
  const process: SortSlot[] = [];
  if (newStage && !desiredCodes.has('NEW') && semanticsOf(newStage.semantics) === 'P')
    process.push({ key: 'NEW', current: newStage.sort });
  for (const d of s.desired.filter((x) => x.semantics === 'P'))
    process.push({ key: d.code, current: current(d.code) });
  return semanticSorts({
    process,
    success:
      won || desiredCodes.has('WON')
        ? { key: 'WON', current: desiredCodes.has('WON') ? current('WON') : won?.sort }
        : undefined,
    anchoredFailure:
      lose || desiredCodes.has('LOSE')
        ? { key: 'LOSE', current: desiredCodes.has('LOSE') ? current('LOSE') : lose?.sort }
        : undefined,
    failures: s.desired
      .filter((x) => x.semantics === 'F' && x.code !== 'LOSE')
      .map((d) => ({ key: d.code, current: current(d.code) })),
    keptProcessSorts: s.keptProcessSorts,
    keptFailureSorts: s.keptFailureSorts,
  });
}

function countDeals(ctx: PlanContext, pipelineId: number | undefined, p: StatusRef): number | undefined {
  if (pipelineId === undefined || p.id === undefined) return 0;
  const prefix = pipelineId === 0 ? '' : `C${pipelineId}:`;
  return countOf(ctx, {
    id: `deals-on-stage:${pipelineId}:${p.code}`,
    method: 'crm.deal.list',
    params: { filter: { CATEGORY_ID: pipelineId, STAGE_ID: `${prefix}${p.code}` }, select: ['ID'], start: 0 },
  });
}
