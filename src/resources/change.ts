import type { PlanText } from './plan-text.js';

/**
 * The shapes every resource kind's changes take (drizzle-kit's JsonStatement idea): `plan` prints a
 * change, `apply` turns it into calls, both from the same value. Each kind instantiates them with its
 * own payloads (src/resources/<kind>/types.ts); the registry unites them into `Change`.
 */

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

export interface ChangeBase<K extends string> {
  /** Stable id of the change inside a plan: "<kind>:<key>". */
  id: string;
  kind: K;
  /** The spec-side key: direction key, "dir/CODE", "deal.NPS", "deal.NPS/NPS_10", … */
  key: string;
  path: DisplayPath;
  /** JSON pointer into the spec, to point users (and SARIF) at the line. */
  specPointer?: string;
  /** Extra explanation shown under the change (e.g. "replaces stage OLD: codes cannot change"). */
  note?: PlanText;
}

export interface CreateOf<K extends string, D> extends ChangeBase<K> {
  op: 'create';
  /** What to create, normalised: everything the calls need, so a saved plan applies alone. */
  desired: D;
  /** Key of the change this one depends on (e.g. the new pipeline of a new stage). */
  parent?: string;
}

export interface UpdateOf<K extends string, D> extends ChangeBase<K> {
  op: 'update';
  portalId: number;
  diffs: FieldDiff[];
  desired: D;
  parent?: string;
}

export interface RenameOf<K extends string, D> extends ChangeBase<K> {
  op: 'rename';
  portalId: number;
  from: string;
  to: string;
  diffs: FieldDiff[];
  desired: D;
}

/** Why an object is deleted: pruned (absent from the spec), recreated (code/semantics change), or a default stage Bitrix24 made with a new pipeline. */
export type DeleteReason = 'prune' | 'recreate' | 'default-stage';

export interface DeleteOf<K extends string, C> extends ChangeBase<K> {
  op: 'delete';
  portalId: number;
  /** What is being deleted, for display and snapshot. */
  current: C;
  impact?: DataImpact;
  reason: DeleteReason;
  parent?: string;
}

/** Something the spec asks for that REST cannot do or that the planner refuses to do safely. */
export interface BlockedOf<K extends string> extends ChangeBase<K> {
  op: 'blocked';
  reason: PlanText;
  hint?: PlanText;
  /** The change the user wanted (for display): update, delete … */
  wanted: 'create' | 'update' | 'delete' | 'recreate';
  diffs?: FieldDiff[];
  impact?: DataImpact;
}

/** A spec item only a human can set on the portal (robots, permissions, …): listed with `!`, never applied. */
export interface ManualOf<K extends string> extends ChangeBase<K> {
  op: 'manual';
  reason: PlanText;
  /** Short description of what to set by hand. */
  summary: PlanText;
}

/** Why a portal object is left alone, shown dimmed so nobody is surprised. */
export type KeptWhy = 'not-in-spec' | 'system' | 'protected' | 'has-data';

/** A portal object left as it is (pruning off, system stage …). */
export interface KeptOf<K extends string> {
  kind: K;
  key: string;
  path: DisplayPath;
  why: KeptWhy;
}

export interface PlanOptions {
  /** --prune given on the command line (needs manage.prune: true in the spec too). */
  prune: boolean;
  allowDataLoss: boolean;
  /** --allow-structure-changes: write department heads and create departments. */
  allowStructureChanges?: boolean;
}
