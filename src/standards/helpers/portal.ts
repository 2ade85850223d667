import { dealStageEntityId, stripStagePrefix } from '../../resources/crm-status/stage-ids.js';
import type { PortalPipeline } from '../../resources/pipelines/read.js';
import type { PortalState } from '../../resources/state.js';
import type { PortalStatus } from '../../resources/crm-status/read.js';
import { DEFAULT_DEAL_STAGES } from '../../resources/stages/default-stages.js';
import type { AuditContext } from '../types.js';

/** Stages of a pipeline in SORT order. */
export function pipelineStages(state: PortalState, pipelineId: number): PortalStatus[] {
  const entity = dealStageEntityId(pipelineId);
  return state.statuses.filter((s) => s.entityId === entity).sort((a, b) => a.sort - b.sort || a.id - b.id);
}

export function processStages(state: PortalState, pipelineId: number): PortalStatus[] {
  return pipelineStages(state, pipelineId).filter((s) => s.semantics === null);
}

/** Failure stages other than the generic LOSE: the loss reasons (docs/bitrix24/stages.md#loss-reasons). */
export function reasonStages(state: PortalState, pipelineId: number): PortalStatus[] {
  return pipelineStages(state, pipelineId).filter(
    (s) => s.semantics === 'F' && stripStagePrefix(s.statusId) !== 'LOSE',
  );
}

const DEFAULT_PROCESS = DEFAULT_DEAL_STAGES.filter((d) => d.semantics === null).map((d) => d.code);

/** Still the five process stages every new pipeline gets (docs/bitrix24/pipelines.md#default-stages). */
export function hasDefaultProcessStages(state: PortalState, pipelineId: number): boolean {
  const codes = processStages(state, pipelineId).map((s) => stripStagePrefix(s.statusId));
  return codes.length === DEFAULT_PROCESS.length && codes.every((c, i) => c === DEFAULT_PROCESS[i]);
}

export function sortedPipelines(state: PortalState): PortalPipeline[] {
  return [...state.pipelines].sort((a, b) => a.id - b.id);
}

/**
 * The first department head above a user who is not the user
 * (docs/bitrix24/company-structure.md#supervisor-rule: take UF_HEAD of each of the user's departments; when
 * the user heads it, walk PARENT up until a different head appears).
 */
export function supervisorOf(state: PortalState, userId: number): number | null {
  const user = state.users.find((u) => u.id === userId);
  if (!user) return null;
  const byId = new Map(state.departments.map((d) => [d.id, d]));
  for (const start of [...user.departmentIds].sort((a, b) => a - b)) {
    let d = byId.get(start);
    const seen = new Set<number>();
    while (d && !seen.has(d.id)) {
      seen.add(d.id);
      if (d.headUserId !== null && d.headUserId !== userId) return d.headUserId;
      d = d.parentId === null ? undefined : byId.get(d.parentId);
    }
  }
  return null;
}

/** Active users with nobody above them, by id. */
export function usersWithoutSupervisor(state: PortalState): number[] {
  return state.users
    .filter((u) => u.active && supervisorOf(state, u.id) === null)
    .map((u) => u.id)
    .sort((a, b) => a - b);
}

export function userName(state: PortalState | undefined, id: number): string {
  const u = state?.users.find((x) => x.id === id);
  const name = u ? `${u.name} ${u.lastName}`.trim() : '';
  return name === '' ? `#${id}` : `${name} (#${id})`;
}

export type LinkKind = 'deal' | 'contact' | 'lead' | 'user' | 'task' | 'pipeline';

/** A link into the portal's UI; none for the sandbox (it has no UI). */
export function portalLink(
  ctx: AuditContext,
  kind: LinkKind,
  id: number,
  owner?: number,
): string | undefined {
  const base = ctx.portalBase;
  if (!base) return undefined;
  switch (kind) {
    case 'deal':
      return `${base}/crm/deal/details/${id}/`;
    case 'contact':
      return `${base}/crm/contact/details/${id}/`;
    case 'lead':
      return `${base}/crm/lead/details/${id}/`;
    case 'user':
      return `${base}/company/personal/user/${id}/`;
    case 'task':
      return `${base}/company/personal/user/${owner ?? 0}/tasks/task/view/${id}/`;
    case 'pipeline':
      return `${base}/crm/deal/kanban/category/${id}/`;
  }
}
