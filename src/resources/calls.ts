import type { RestCall } from '../portal/client.js';

/**
 * One REST call of an apply. Calls reference results of earlier calls with `$result[key][...]`
 * (docs: https://apidocs.bitrix24.com/api-reference/how-to-call-rest-api/batch.html): resolved by the portal when both sit in one batch request, by the executor
 * (src/apply/refs.ts) when the earlier call ran in an earlier request.
 */
export interface PlannedCall extends RestCall {
  key: string;
  /** The plan changes this call carries out (for the journal and the report). */
  changeIds: string[];
  /** Keys of earlier calls this call references. */
  refs: string[];
  /**
   * The method answers `false`, not an error, when it refuses the write and keeps nothing
   * (imopenlines.config.update with a queue it rejects, docs/bitrix24/parity.md#openline-config):
   * such an answer is a failed call.
   */
  refusedWhenFalse?: true;
  /**
   * The portal objects this call reads or writes, so that an apply knows which of its requests may be
   * in flight together (src/apply/request-order.ts, docs/apply-concurrency.md): two calls that touch
   * one object keep their order. Conservative: a whole crm.status list, not one row of it, because the
   * sort rules and the codes are checked against the list. Absent: the call may depend on anything,
   * so it waits for every call before it and every call after it waits for it (a new kind, a late
   * deletion).
   */
  touches?: readonly PortalObject[];
}

/**
 * A portal object as `touches` names it. Objects an apply creates are named by the spec key of their
 * change (`new:<key>`), since their id is only known once the add has answered.
 */
export type PortalObject =
  | `status:${string}`
  | `category:DEAL:${string}`
  | `uf:CRM_${string}:${string}`
  | `numerator:${string}`
  | `template:${string}`
  | `openline:${string}`
  | 'department-tree';

/** The names of the objects calls touch, in one place so that two kinds name one object alike. */
export const touch = {
  /**
   * The rows of one crm.status list (a pipeline's stages, a dictionary): the portal checks a row's
   * SORT against the list's success row and its code against the list on every add and update
   * (docs/bitrix24/stages.md#sort-rules).
   */
  statusList: (entityId: string): PortalObject => `status:${entityId}`,
  /** The stage list of a pipeline this apply creates (its ENTITY_ID needs the new id). */
  newPipelineStages: (dirKey: string): PortalObject => `status:DEAL_STAGE_new:${dirKey}`,
  pipeline: (id: number): PortalObject => `category:DEAL:${id}`,
  newPipeline: (dirKey: string): PortalObject => `category:DEAL:new:${dirKey}`,
  /** A field by its code: FIELD_NAME is unique per entity, so a deleted code may be added again. */
  userField: (entity: string, fieldName: string): PortalObject =>
    `uf:CRM_${entity.toUpperCase()}:${fieldName}`,
  numerator: (id: number): PortalObject => `numerator:${id}`,
  newNumerator: (name: string): PortalObject => `numerator:new:${name}`,
  template: (id: number): PortalObject => `template:${id}`,
  newTemplate: (name: string): PortalObject => `template:new:${name}`,
  openLine: (id: number): PortalObject => `openline:${id}`,
  newOpenLine: (name: string): PortalObject => `openline:new:${name}`,
  /** Departments form one tree: a move is checked against where the others are at that moment. */
  departments: (): PortalObject => 'department-tree',
} as const;

/** The error code an apply records for a call refused with a `false` answer (`refusedWhenFalse`). */
export const ANSWERED_FALSE = 'ANSWERED_FALSE';

/** `$result[key][a][b]` — the reference syntax of batch commands. */
export function ref(key: string, ...path: Array<string | number>): string {
  return `$result[${key}]${path.map((p) => `[${p}]`).join('')}`;
}
