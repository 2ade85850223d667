import { text, type Text } from '../core/i18n.js';
import type { Change, FieldDiff, KeptNote } from '../plan/types.js';
import type { Direction } from '../spec/spec.generated.js';
import { dealStageEntityId, stripStagePrefix, type PortalStatus } from '../portal/state-types.js';
import { DEFAULT_DEAL_STAGES } from './default-stages.js';
import type { SortSlot } from './sorting.js';
import { semanticSorts } from './semantic-sorts.js';
import { countOf, type PlanContext, type Resolution } from './context.js';

/**
 * Deal stages, won and lost stages and loss reasons of every managed direction: crm.status.* with
 * ENTITY_ID DEAL_STAGE / DEAL_STAGE_<id> (rest-map §2). The planner applies Bitrix24's rules up front:
 * STATUS_ID and SEMANTICS are immutable (a change is delete + create, refused while deals sit on the
 * stage), SYSTEM stages are never deleted, and SORT must run process < WON (S) < failure (F).
 */
export type Semantics = 'P' | 'S' | 'F';

export interface DesiredStage {
  code: string;
  /** undefined = keep whatever name the portal has (e.g. WON when the spec has no `won:`). */
  name?: string;
  color?: string;
  semantics: Semantics;
  pointer: string;
}

/** A stage as the planner sees it on the portal: real, or one of the 8 defaults of a pipeline this plan creates. */
export interface PortalStageRef {
  code: string;
  id?: number;
  /** Position in the SORT-ordered list of a new pipeline's default stages. */
  defaultIndex?: number;
  name?: string;
  sort: number;
  color: string | null;
  semantics: 'S' | 'F' | null;
  system: boolean;
}

/** What a stage change carries so that calls can be built from the change alone (saved plans). */
export interface StageTarget {
  dirKey: string;
  /** undefined: the pipeline is created by this plan. */
  pipelineId?: number;
  code: string;
  id?: number;
  defaultIndex?: number;
}

export function desiredStages(dir: Direction, dirIndex: number): DesiredStage[] {
  const p = `/directions/${dirIndex}`;
  const out: DesiredStage[] = (dir.stages ?? []).map((s, i) => ({
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

function portalStages(ctx: PlanContext, res: Resolution): PortalStageRef[] {
  if (res.kind === 'new') {
    return DEFAULT_DEAL_STAGES.map((d, i) => ({ ...d, defaultIndex: i, color: null }));
  }
  const entityId = dealStageEntityId(res.id);
  return ctx.state.statuses
    .filter((s: PortalStatus) => s.entityId === entityId)
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

const semOf = (s: 'S' | 'F' | null): Semantics => (s === 'S' ? 'S' : s === 'F' ? 'F' : 'P');

const SEM_TEXT: Record<Semantics, Text> = {
  P: text('рабочая', 'process'),
  S: text('успешная', 'success'),
  F: text('провальная', 'failure'),
};

export function diffStages(ctx: PlanContext): { changes: Change[]; kept: KeptNote[] } {
  const changes: Change[] = [];
  const kept: KeptNote[] = [];
  (ctx.spec.directions ?? []).forEach((dir, dirIndex) => {
    const res = ctx.pipelines.get(dir.key);
    if (!res) return;
    const r = diffDirectionStages(ctx, dir, dirIndex, res);
    changes.push(...r.changes);
    kept.push(...r.kept);
  });
  return { changes, kept };
}

function diffDirectionStages(
  ctx: PlanContext,
  dir: Direction,
  dirIndex: number,
  res: Resolution,
): { changes: Change[]; kept: KeptNote[] } {
  const changes: Change[] = [];
  const kept: KeptNote[] = [];
  const pipelineId = res.kind === 'existing' ? res.id : undefined;
  const isNewPipeline = res.kind === 'new';
  const desired = desiredStages(dir, dirIndex);
  const portal = portalStages(ctx, res);
  const byCode = new Map(portal.map((s) => [s.code, s]));
  const desiredCodes = new Set(desired.map((d) => d.code));
  const parent = `pipeline:${dir.key}`;
  const stageKey = (code: string) => `${dir.key}/${code}`;
  const target = (code: string, p?: PortalStageRef): StageTarget => ({
    dirKey: dir.key,
    pipelineId,
    code,
    id: p?.id,
    defaultIndex: p?.defaultIndex,
  });

  /** Matched = stays (possibly updated); recreated or missing stages get created. */
  const matched = new Map<string, PortalStageRef>();
  const toCreate = new Set<string>();
  const deletedCodes = new Set<string>();

  for (const d of desired) {
    const p = byCode.get(d.code);
    const path = [dir.name, d.name ?? p?.name ?? d.code];
    if (!p) {
      toCreate.add(d.code);
      continue;
    }
    if (semOf(p.semantics) === d.semantics) {
      matched.set(d.code, p);
      continue;
    }
    // SEMANTICS cannot change on update (rest-map §2): the stage must be deleted and created again.
    const deals = p.id === undefined ? 0 : countDeals(ctx, pipelineId, p);
    const base = { kind: 'stage' as const, key: stageKey(d.code), path, specPointer: d.pointer, parent };
    const why = text(
      'тип этапа меняется ({from} → {to}); Bitrix24 не меняет тип этапа, только удаление и создание заново',
      'the stage type changes ({from} → {to}); Bitrix24 cannot change it, only delete and create again',
    );
    const from = SEM_TEXT[semOf(p.semantics)];
    const to = SEM_TEXT[d.semantics];
    const note = { ru: fmtPair(why.ru, from.ru, to.ru), en: fmtPair(why.en, from.en, to.en) };
    if (p.system || ctx.isProtected(stageKey(d.code)) || (deals !== undefined && deals > 0)) {
      changes.push({
        ...base,
        id: `stage:${stageKey(d.code)}`,
        op: 'blocked',
        wanted: 'recreate',
        impact: deals ? { deals } : undefined,
        reason: p.system
          ? text(
              'это системный этап Bitrix24 — его нельзя удалить и создать заново',
              'this is a Bitrix24 system stage: it cannot be deleted and created again',
            )
          : deals
            ? text(
                'на этапе есть сделки — пересоздать его нельзя',
                'deals sit on this stage, so it cannot be recreated',
              )
            : text('этап защищён (manage.protect)', 'the stage is protected (manage.protect)'),
        hint: text(
          'Оставьте прежний тип этапа или выберите для нового этапа другой код.',
          'Keep the old stage type, or give the new stage a different code.',
        ),
        note,
      });
      matched.set(d.code, p); // keep it in the ordering as it is
      continue;
    }
    changes.push({
      ...base,
      id: `stage-delete:${stageKey(d.code)}`,
      op: 'delete',
      portalId: p.id ?? 0,
      current: { ...target(d.code, p), name: p.name, sort: p.sort },
      impact: { deals: deals ?? 0 },
      reason: 'recreate',
      note,
    });
    deletedCodes.add(d.code);
    toCreate.add(d.code);
  }

  // Portal stages the spec does not name.
  const keptProcessSorts: number[] = [];
  const keptFailureSorts: number[] = [];
  for (const p of portal) {
    if (desiredCodes.has(p.code)) continue;
    const path = [dir.name, p.name ?? p.code];
    const key = stageKey(p.code);
    const keep = (why: KeptNote['why']) => {
      // NEW, WON and LOSE stay in every pipeline; their place in the order is still managed below.
      if (!p.system)
        (semOf(p.semantics) === 'F'
          ? keptFailureSorts
          : semOf(p.semantics) === 'P'
            ? keptProcessSorts
            : []
        ).push(p.sort);
      kept.push({ kind: 'stage', key, path, why });
    };
    if (p.system) {
      keep('system');
      continue;
    }
    const leftoverDefault =
      pipelineId !== undefined &&
      ctx.createdPipelineIds.has(pipelineId) &&
      DEFAULT_DEAL_STAGES.some((x) => x.code === p.code);
    if (isNewPipeline || (leftoverDefault && countDeals(ctx, pipelineId, p) === 0)) {
      // Created by Bitrix24 together with the pipeline in this apply (or the interrupted run being
      // resumed): removing them loses nothing.
      changes.push({
        id: `stage-delete:${key}`,
        kind: 'stage',
        key,
        path: [dir.name, p.code],
        parent,
        op: 'delete',
        portalId: p.id ?? 0,
        current: { ...target(p.code, p), sort: p.sort },
        reason: 'default-stage',
        note: text(
          'этап по умолчанию, который Bitrix24 создаёт с новым направлением',
          'a default stage Bitrix24 creates with every new pipeline',
        ),
      });
      continue;
    }
    if (!ctx.pruneAllowed) {
      keep('not-in-spec');
      continue;
    }
    if (ctx.isProtected(key)) {
      keep('protected');
      continue;
    }
    const deals = countDeals(ctx, pipelineId, p);
    if (deals === undefined || deals > 0) {
      if (deals !== undefined) {
        changes.push({
          id: `stage:${key}`,
          kind: 'stage',
          key,
          path,
          op: 'blocked',
          wanted: 'delete',
          impact: { deals },
          reason: text(
            'на этапе есть сделки — этап с сделками никогда не удаляется',
            'deals sit on this stage: a stage with deals is never deleted',
          ),
          hint: text(
            'Перенесите сделки на другой этап в Bitrix24 и повторите.',
            'Move the deals to another stage in Bitrix24 and run again.',
          ),
        });
        keep('has-data');
      }
      continue;
    }
    changes.push({
      id: `stage-delete:${key}`,
      kind: 'stage',
      key,
      path,
      parent,
      op: 'delete',
      portalId: p.id ?? 0,
      current: { ...target(p.code, p), name: p.name, sort: p.sort },
      impact: { deals: 0 },
      reason: 'prune',
    });
  }

  // Sorts: process stages in spec order (system NEW first when the spec does not name it), then WON,
  // LOSE and the loss reasons (src/resources/semantic-sorts.ts).
  const newStage = byCode.get('NEW');
  const won = matched.get('WON') ?? (desiredCodes.has('WON') ? undefined : byCode.get('WON'));
  const lose = matched.get('LOSE') ?? (desiredCodes.has('LOSE') ? undefined : byCode.get('LOSE'));
  const cur = (code: string) => (toCreate.has(code) ? undefined : matched.get(code)?.sort);
  const process: SortSlot[] = [];
  if (newStage && !desiredCodes.has('NEW') && semOf(newStage.semantics) === 'P')
    process.push({ key: 'NEW', current: newStage.sort });
  for (const d of desired.filter((x) => x.semantics === 'P'))
    process.push({ key: d.code, current: cur(d.code) });
  const { sorts, fits } = semanticSorts({
    process,
    success:
      won || desiredCodes.has('WON')
        ? { key: 'WON', current: desiredCodes.has('WON') ? cur('WON') : won?.sort }
        : undefined,
    anchoredFailure:
      lose || desiredCodes.has('LOSE')
        ? { key: 'LOSE', current: desiredCodes.has('LOSE') ? cur('LOSE') : lose?.sort }
        : undefined,
    failures: desired
      .filter((x) => x.semantics === 'F' && x.code !== 'LOSE')
      .map((d) => ({ key: d.code, current: cur(d.code) })),
    keptProcessSorts: keptProcessSorts,
    keptFailureSorts: keptFailureSorts,
  });
  const sortOf = (code: string) => sorts.get(code);
  if (!fits) {
    changes.push({
      id: `stage-order:${dir.key}`,
      kind: 'stage',
      key: `${dir.key}/WON`,
      path: [dir.name],
      op: 'blocked',
      wanted: 'update',
      reason: text(
        'провальный этап вне спецификации стоит сразу за рабочими: порядок «рабочие < успех < провал» не соблюсти, не трогая его',
        'a failure stage outside the spec sorts right after the process stages: process < success < failure cannot hold without touching it',
      ),
      hint: text(
        'Добавьте этот этап в lost.reasons или включите удаление (manage.prune + --prune).',
        'Add that stage to lost.reasons or enable pruning (manage.prune + --prune).',
      ),
    });
  }

  // Updates of stages that stay (incl. system NEW/WON/LOSE when only their place changes).
  const stays: Array<{ code: string; p: PortalStageRef; d?: DesiredStage }> = [];
  for (const [code, p] of matched) stays.push({ code, p, d: desired.find((x) => x.code === code) });
  if (newStage && !desiredCodes.has('NEW')) stays.push({ code: 'NEW', p: newStage });
  if (won && !desiredCodes.has('WON')) stays.push({ code: 'WON', p: won });
  if (lose && !desiredCodes.has('LOSE')) stays.push({ code: 'LOSE', p: lose });
  for (const { code, p, d } of stays) {
    if (deletedCodes.has(code)) continue;
    const sort = sortOf(code);
    const diffs: FieldDiff[] = [];
    if (d?.name !== undefined && d.name !== p.name)
      diffs.push({ field: 'NAME', before: p.name ?? null, after: d.name });
    if (sort !== undefined && sort !== p.sort) diffs.push({ field: 'SORT', before: p.sort, after: sort });
    if (d?.color !== undefined && d.color.toUpperCase() !== (p.color ?? '').toUpperCase()) {
      diffs.push({ field: 'COLOR', before: p.color, after: d.color.toUpperCase() });
    }
    if (diffs.length === 0) continue;
    if (changes.some((c) => c.id === `stage:${stageKey(code)}` && c.op === 'blocked')) continue;
    changes.push({
      id: `stage:${stageKey(code)}`,
      kind: 'stage',
      key: stageKey(code),
      path: [dir.name, d?.name ?? p.name ?? code],
      specPointer: d?.pointer,
      parent,
      op: 'update',
      portalId: p.id ?? 0,
      diffs,
      desired: { ...target(code, p), sortFrom: p.sort, sortTo: sort ?? p.sort },
    });
  }

  for (const d of desired) {
    if (!toCreate.has(d.code)) continue;
    const sort = sortOf(d.code) as number;
    changes.push({
      id: `stage:${stageKey(d.code)}`,
      kind: 'stage',
      key: stageKey(d.code),
      path: [dir.name, d.name ?? d.code],
      specPointer: d.pointer,
      parent,
      op: 'create',
      desired: {
        ...target(d.code),
        name: d.name ?? d.code,
        sort,
        color: d.color?.toUpperCase(),
        semantics: d.semantics,
      },
      note: deletedCodes.has(d.code) ? undefined : replacedNote(portal, desiredCodes, d, byCode),
    });
  }
  return { changes, kept };
}

function fmtPair(s: string, from: string, to: string): string {
  return s.replace('{from}', from).replace('{to}', to);
}

/** "A stage with the same name had another code": tell the user that codes cannot be changed in place. */
function replacedNote(
  portal: PortalStageRef[],
  desiredCodes: Set<string>,
  d: DesiredStage,
  byCode: Map<string, PortalStageRef>,
): Text | undefined {
  if (byCode.has(d.code)) return undefined;
  const twin = portal.find((p) => p.id !== undefined && !desiredCodes.has(p.code) && p.name === d.name);
  if (!twin) return undefined;
  return {
    ru: `вместо этапа ${twin.code} с тем же названием: код этапа в Bitrix24 изменить нельзя`,
    en: `replaces stage ${twin.code} of the same name: Bitrix24 cannot change a stage code`,
  };
}

function countDeals(ctx: PlanContext, pipelineId: number | undefined, p: PortalStageRef): number | undefined {
  if (pipelineId === undefined || p.id === undefined) return 0;
  const prefix = pipelineId === 0 ? '' : `C${pipelineId}:`;
  return countOf(ctx, {
    id: `deals-on-stage:${pipelineId}:${p.code}`,
    method: 'crm.deal.list',
    params: { filter: { CATEGORY_ID: pipelineId, STAGE_ID: `${prefix}${p.code}` }, select: ['ID'], start: 0 },
  });
}
