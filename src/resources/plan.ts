import type { Change, KeptNote } from './registry.js';
import type { PlanOptions } from './change.js';
import type { ManualCheck } from './manual-archive/check.js';

export type { Change, ChangeKind, KeptNote } from './registry.js';
export type { DataImpact, DeleteReason, DisplayPath, FieldDiff, KeptWhy, PlanOptions } from './change.js';

/** Every change of one op, whatever its kind. */
export type CreateChange = Extract<Change, { op: 'create' }>;
export type UpdateChange = Extract<Change, { op: 'update' }>;
export type RenameChange = Extract<Change, { op: 'rename' }>;
export type DeleteChange = Extract<Change, { op: 'delete' }>;
export type BlockedChange = Extract<Change, { op: 'blocked' }>;
export type ManualChange = Extract<Change, { op: 'manual' }>;
export type ChangeOp = Change['op'];

export interface PlanSummary {
  create: number;
  update: number;
  rename: number;
  delete: number;
  blocked: number;
  manual: number;
}

export const PLAN_FORMAT_VERSION = 1;

/** A plan as `plan` prints it, `--out plan.json` saves it and `apply plan.json` executes it. */
export interface Plan {
  formatVersion: typeof PLAN_FORMAT_VERSION;
  tool: string;
  createdAt: string;
  spec: { file: string; hash: string };
  /** `identity`: what the portal calls itself, when that is not `host` (src/portal/identity.ts). */
  portal: { host: string; identity?: string; kind: 'http' | 'sandbox'; fingerprint: string };
  options: PlanOptions & { pruneInSpec: boolean };
  changes: Change[];
  kept: KeptNote[];
  summary: PlanSummary;
  /** With `--crm-settings`: each manual item against the portal's CRM settings archive. */
  manualCheck?: ManualCheck;
}

export function summarize(changes: readonly Change[]): PlanSummary {
  const s: PlanSummary = { create: 0, update: 0, rename: 0, delete: 0, blocked: 0, manual: 0 };
  for (const c of changes) s[c.op] += 1;
  return s;
}

/** Changes that write to the portal. */
export function isWrite(c: Change): c is CreateChange | UpdateChange | RenameChange | DeleteChange {
  return c.op === 'create' || c.op === 'update' || c.op === 'rename' || c.op === 'delete';
}
