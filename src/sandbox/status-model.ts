/**
 * Rules about crm.status rows shared by crm.category.* (default stages of a new pipeline), crm.status.*
 * and the seeds: ENTITY_IDs, STATUS_ID prefixes, and stage semantics.
 */
import type { DefaultStatus } from './default-dictionaries.js';
import { nextId, type SandboxState, type SbStatus } from './state.js';

export function dealStageEntityId(categoryId: number): string {
  return categoryId === 0 ? 'DEAL_STAGE' : `DEAL_STAGE_${categoryId}`;
}

/** 0 for DEAL_STAGE, n for DEAL_STAGE_n, -1 for any other dictionary (docs/bitrix24/parity.md#status-entity-types). */
export function categoryOfEntity(entityId: string): number {
  if (entityId === 'DEAL_STAGE') return 0;
  const m = /^DEAL_STAGE_(\d+)$/.exec(entityId);
  return m ? Number(m[1]) : -1;
}

/** "C1" for pipeline 1, "" for pipeline 0 and every other dictionary (docs/bitrix24/parity.md#status-add). */
export function statusPrefix(entityId: string): string {
  const c = categoryOfEntity(entityId);
  return c > 0 ? `C${c}` : '';
}

/**
 * The stored STATUS_ID: whatever precedes ":" is dropped and the dictionary's own prefix is added, so
 * "DECISION" and "C1:DECISION" both become "C1:DECISION" in DEAL_STAGE_1 (docs/bitrix24/parity.md#status-add).
 */
export function withPrefix(entityId: string, statusId: string): string {
  const bare = statusId.includes(':') ? statusId.slice(statusId.indexOf(':') + 1) : statusId;
  const prefix = statusPrefix(entityId);
  return prefix ? `${prefix}:${bare}` : bare;
}

export function addStatus(
  state: SandboxState,
  entityId: string,
  def: DefaultStatus,
  opts: { truncateTo?: number; prefix?: string; categoryId?: number } = {},
): SbStatus {
  let statusId = opts.prefix !== undefined ? `${opts.prefix}:${def.code}` : withPrefix(entityId, def.code);
  if (opts.truncateTo !== undefined && statusId.length > opts.truncateTo)
    statusId = statusId.slice(0, opts.truncateTo);
  const c = categoryOfEntity(entityId);
  const row: SbStatus = {
    id: nextId(state, 'statuses'),
    entityId,
    statusId,
    name: def.name,
    // The stages of smart entities keep their first name whatever their SYSTEM flag.
    nameInit: def.system || opts.prefix !== undefined ? def.name : '',
    sort: def.sort,
    system: def.system,
    categoryId: opts.categoryId ?? (c >= 0 ? c : null),
    color: def.color,
    semantics: def.semantics,
  };
  state.statuses.push(row);
  return row;
}

const FINAL_CODES: Record<string, { success: string; failure: string }> = {
  STATUS: { success: 'CONVERTED', failure: 'JUNK' },
  QUOTE_STATUS: { success: 'APPROVED', failure: 'DECLAINED' },
};

/**
 * EXTRA.SEMANTICS as the portal computes it, from the code and the sort, not from SEMANTICS:
 * "success" only for WON (CONVERTED, APPROVED), "failure" only for LOSE (JUNK, DECLAINED), otherwise
 * "apology" when the stage sorts after the success stage, else "process" (docs/bitrix24/parity.md#status-list). Only deal stages,
 * lead statuses and quote statuses carry EXTRA.
 */
export function extraSemantics(state: SandboxState, row: SbStatus): string | undefined {
  const c = categoryOfEntity(row.entityId);
  let codes: { success: string; failure: string } | undefined = FINAL_CODES[row.entityId];
  if (c >= 0) {
    const p = statusPrefix(row.entityId);
    codes = { success: p ? `${p}:WON` : 'WON', failure: p ? `${p}:LOSE` : 'LOSE' };
  }
  if (!codes) return undefined;
  if (row.statusId === codes.success) return 'success';
  if (row.statusId === codes.failure) return 'failure';
  const final = state.statuses.find((s) => s.entityId === row.entityId && s.statusId === codes.success);
  return final !== undefined && row.sort > final.sort ? 'apology' : 'process';
}

/** Stage semantics of every deal stage id (P, S or F), for deal filters and the generator. */
export function dealStageSemantics(state: SandboxState): Map<string, 'P' | 'S' | 'F'> {
  const map = new Map<string, 'P' | 'S' | 'F'>();
  for (const s of state.statuses) {
    if (categoryOfEntity(s.entityId) < 0) continue;
    map.set(s.statusId, s.semantics ?? 'P');
  }
  return map;
}

export function leadStatusSemantics(state: SandboxState): Map<string, 'P' | 'S' | 'F'> {
  const map = new Map<string, 'P' | 'S' | 'F'>();
  for (const s of state.statuses) if (s.entityId === 'STATUS') map.set(s.statusId, s.semantics ?? 'P');
  return map;
}
