import { createHash } from 'node:crypto';
import type { Spec } from '../spec/spec.generated.js';
import type { StateFile } from '../portal/state-file.js';
import type { PortalState } from './state.js';
import type { PlanOptions } from './change.js';
import type { DocumentFiles } from './documents/files.js';

/** Counts the planner needs before it can decide on a deletion (deals on a stage, values in a field). */
export interface ImpactQuery {
  id: string;
  method: string;
  params: Record<string, unknown>;
}

export interface ImpactData {
  /** query id → total; missing = not counted yet. */
  counts: Map<string, number>;
}

/** How a spec key resolved on the portal: an existing object, or one this plan creates. */
export type Resolution = { kind: 'existing'; id: number } | { kind: 'new'; changeId: string };

export interface PlanContext {
  spec: Spec;
  state: PortalState;
  binding: StateFile;
  options: PlanOptions;
  /** manage.prune in the spec AND --prune on the command line (deletion is asked for twice, README). */
  pruneAllowed: boolean;
  impact: ImpactData;
  /** Collected during the first pass: counts to fetch before the second pass. */
  wantedImpact: ImpactQuery[];
  /** Direction key → pipeline, filled by the pipeline kind, read by the stage kind. */
  pipelines: Map<string, Resolution>;
  /** Role key → portal user id (undefined when the e-mail is not on the portal). */
  users: Map<string, number | undefined>;
  isProtected(key: string): boolean;
  /** Pipelines created by an interrupted run being resumed (their default stages are still to remove). */
  createdPipelineIds: ReadonlySet<number>;
  /** The .docx files of `documents:` by spec path, read before planning (src/resources/documents/files.ts). */
  documentFiles?: DocumentFiles;
  /** Exact sorts by change id that win over the ones the planner assigns (PlanInputs.pinnedSorts). */
  pinnedSorts: ReadonlyMap<string, number>;
}

/** Asks for a count (first pass) or returns it (second pass). */
export function countOf(ctx: PlanContext, q: ImpactQuery): number | undefined {
  const v = ctx.impact.counts.get(q.id);
  if (v === undefined && !ctx.wantedImpact.some((w) => w.id === q.id)) ctx.wantedImpact.push(q);
  return v;
}

/**
 * manage.protect keys (syntax documented in src/spec/spec.schema.json): a direction key protects that
 * pipeline; "dir/CODE" a stage; "deal.CODE" (or deal.UF_CRM_CODE) a field; names of open lines and
 * document templates match exactly.
 */
export function protectMatcher(protect: readonly string[] | undefined): (key: string) => boolean {
  const set = new Set((protect ?? []).map(normalizeProtectKey));
  return (key: string) => set.has(normalizeProtectKey(key));
}

function normalizeProtectKey(k: string): string {
  return k.replace(/^(deal|lead|contact|company)\.UF_CRM_/i, (_m, e: string) => `${e.toLowerCase()}.`);
}

/**
 * Keys usable inside `$result[...]` in a batch: letters, digits and _ only (docs/bitrix24/batch.md#result-references; the
 * transport refuses anything else). When sanitising changed the text, a short hash keeps keys such
 * as `b2b-new` and `b2b_new` apart.
 */
export function callKey(...parts: Array<string | number>): string {
  const raw = parts.map(String).join('_');
  const clean = raw.replace(/[^A-Za-z0-9_]+/g, '_');
  const key = clean === raw ? clean : `${clean}_${createHash('sha1').update(raw).digest('hex').slice(0, 6)}`;
  return key.length <= 120
    ? key
    : `${key.slice(0, 110)}_${createHash('sha1').update(raw).digest('hex').slice(0, 8)}`;
}
