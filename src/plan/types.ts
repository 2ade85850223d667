import type { Text } from '../core/i18n.js';

/**
 * The typed change union (drizzle-kit's JsonStatement idea): `plan` prints it, `apply` executes it,
 * both from the same function (src/plan/build.ts).
 */
export type ChangeKind =
  | 'pipeline'
  | 'stage'
  | 'userField'
  | 'listItem'
  | 'dictionary'
  | 'openLine'
  | 'numerator'
  | 'documentTemplate'
  | 'department'
  | 'manual';

/** Where the change sits, for grouping: ['B2B Новые', 'Презентация'] or ['deal', 'UF_CRM_NPS', 'NPS_10']. */
export type DisplayPath = string[];

export interface FieldDiff {
  /** Portal-facing attribute name, e.g. NAME, SORT, COLOR, EDIT_FORM_LABEL.ru. */
  field: string;
  before: unknown;
  after: unknown;
}

export interface DataImpact {
  /** Deals sitting on a stage / pipeline that would be deleted. */
  deals?: number;
  /** Records holding a value in a field / list item that would be deleted. */
  records?: number;
  entity?: string;
}

interface ChangeBase {
  /** Stable id of the change inside a plan: "<kind>:<key>". */
  id: string;
  kind: ChangeKind;
  /** The spec-side key: direction key, "dir/CODE", "deal.NPS", "deal.NPS/NPS_10", … */
  key: string;
  path: DisplayPath;
  /** JSON pointer into the spec, to point users (and SARIF) at the line. */
  specPointer?: string;
  /** Extra explanation shown under the change (e.g. "replaces stage OLD: codes cannot change"). */
  note?: Text;
}

export interface CreateChange extends ChangeBase {
  op: 'create';
  /** Kind-specific desired object (normalised), used by toCalls. */
  desired: Record<string, unknown>;
  /** Key of the change this one depends on (e.g. the new pipeline of a new stage). */
  parent?: string;
}

export interface UpdateChange extends ChangeBase {
  op: 'update';
  portalId: number;
  diffs: FieldDiff[];
  desired: Record<string, unknown>;
  parent?: string;
}

export interface RenameChange extends ChangeBase {
  op: 'rename';
  portalId: number;
  from: string;
  to: string;
  diffs: FieldDiff[];
  desired: Record<string, unknown>;
}

export interface DeleteChange extends ChangeBase {
  op: 'delete';
  portalId: number;
  /** What is being deleted, for display and snapshot. */
  current: Record<string, unknown>;
  impact?: DataImpact;
  /** Why it is deleted: pruned (absent from the spec), recreate (code/semantics change), default (auto-created by Bitrix24 with a new pipeline). */
  reason: 'prune' | 'recreate' | 'default-stage';
  parent?: string;
}

/** Something the spec asks for that REST cannot do or that the planner refuses to do safely. */
export interface BlockedChange extends ChangeBase {
  op: 'blocked';
  reason: Text;
  hint?: Text;
  /** The change the user wanted (for display): update, delete … */
  wanted: 'create' | 'update' | 'delete' | 'recreate';
  diffs?: FieldDiff[];
  impact?: DataImpact;
}

/** A spec item only a human can set on the portal (robots, permissions, …): listed with `!`, never applied. */
export interface ManualChange extends ChangeBase {
  op: 'manual';
  reason: Text;
  /** Short description of what to set by hand. */
  summary: Text;
}

export type Change = CreateChange | UpdateChange | RenameChange | DeleteChange | BlockedChange | ManualChange;
export type ChangeOp = Change['op'];

/** Portal objects left as they are, shown dimmed so nobody is surprised (pruning off, system stage …). */
export interface KeptNote {
  kind: ChangeKind;
  key: string;
  path: DisplayPath;
  why: 'not-in-spec' | 'system' | 'protected' | 'has-data';
}

export interface PlanOptions {
  /** --prune given on the command line (needs manage.prune: true in the spec too). */
  prune: boolean;
  allowDataLoss: boolean;
  /** --allow-structure-changes: write department heads and create departments (DESIGN.md §3). */
  allowStructureChanges?: boolean;
}

export interface PlanSummary {
  create: number;
  update: number;
  rename: number;
  delete: number;
  blocked: number;
  manual: number;
}

export const PLAN_FORMAT_VERSION = 1;

export interface Plan {
  formatVersion: typeof PLAN_FORMAT_VERSION;
  tool: string;
  createdAt: string;
  spec: { file: string; hash: string };
  portal: { host: string; kind: 'http' | 'sandbox'; fingerprint: string };
  options: PlanOptions & { pruneInSpec: boolean };
  changes: Change[];
  kept: KeptNote[];
  summary: PlanSummary;
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
