import type { StateFile } from '../portal/state-file.js';
import type { Spec } from '../spec/spec.generated.js';
import type { PlanOptions } from './change.js';
import { protectMatcher, type ImpactData, type ImpactQuery, type PlanContext } from './context.js';
import type { DocumentFiles } from './documents/files.js';
import { diffAll, type Change, type KeptNote } from './registry.js';
import type { PortalState } from './state.js';
import { resolveUsers } from './users/resolve.js';

export interface PlanInputs {
  spec: Spec;
  specFile: string;
  specHash: string;
  state: PortalState;
  binding: StateFile;
  options: PlanOptions;
  /** Pipelines created by an interrupted run being resumed: their leftover default stages are removed. */
  createdPipelineIds?: ReadonlySet<number>;
  /** The .docx files of `documents:`, read by the caller (the planner does no I/O). */
  documentFiles?: DocumentFiles;
  /**
   * Exact sorts by change id (`pipeline:<key>`, `stage:<dir>/<code>`) where the spec has no `sort` to
   * say them: `restore` puts back the snapshot's own (src/apply/restore.ts).
   */
  pinnedSorts?: ReadonlyMap<string, number>;
}

export interface PlanPass {
  changes: Change[];
  kept: KeptNote[];
  wantedImpact: ImpactQuery[];
}

/** The pure planner: spec + portal state (+ counts) → changes. `plan`, `apply` and the audit call this. */
export function planChanges(inputs: PlanInputs, impact: ImpactData): PlanPass {
  const ctx: PlanContext = {
    spec: inputs.spec,
    state: inputs.state,
    binding: inputs.binding,
    options: inputs.options,
    pruneAllowed: inputs.spec.manage?.prune === true && inputs.options.prune,
    impact,
    wantedImpact: [],
    pipelines: new Map(),
    users: resolveUsers(inputs.spec, inputs.state),
    isProtected: protectMatcher(inputs.spec.manage?.protect),
    createdPipelineIds: inputs.createdPipelineIds ?? new Set(),
    documentFiles: inputs.documentFiles,
    pinnedSorts: inputs.pinnedSorts ?? new Map(),
  };
  const { changes, kept } = diffAll(ctx);
  return { changes, kept, wantedImpact: ctx.wantedImpact };
}
