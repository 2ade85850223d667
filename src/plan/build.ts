import type { B24Client } from '../portal/client.js';
import type { StateFile } from '../portal/state-file.js';
import type { PortalState } from '../portal/state-types.js';
import type { Spec } from '../spec/spec.generated.js';
import { protectMatcher, type ImpactData, type ImpactQuery, type PlanContext } from '../resources/context.js';
import { resourceKinds } from '../resources/index.js';
import type { DocumentFiles } from '../resources/document-files.js';
import {
  PLAN_FORMAT_VERSION,
  summarize,
  type Change,
  type KeptNote,
  type Plan,
  type PlanOptions,
} from './types.js';
import { VERSION } from '../cli/version.js';

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
}

export interface PlanPass {
  changes: Change[];
  kept: KeptNote[];
  wantedImpact: ImpactQuery[];
}

/** Role key → portal user id, by e-mail (case-insensitive). */
export function resolveUsers(spec: Spec, state: PortalState): Map<string, number | undefined> {
  const byEmail = new Map(state.users.map((u) => [u.email.toLowerCase(), u.id]));
  return new Map(
    Object.entries(spec.users ?? {}).map(([role, u]) => [
      role,
      u ? byEmail.get(u.email.toLowerCase()) : undefined,
    ]),
  );
}

/** The pure planner: spec + portal state (+ counts) → changes. `plan` and `apply` both call this. */
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
  };
  const changes: Change[] = [];
  const kept: KeptNote[] = [];
  for (const kind of resourceKinds) {
    const r = kind.diff(ctx);
    changes.push(...r.changes);
    kept.push(...(r.kept ?? []));
  }
  return { changes, kept, wantedImpact: ctx.wantedImpact };
}

/**
 * Builds the plan: a first pure pass finds which counts a decision needs (deals on a stage to delete,
 * values in a field to delete), one batch request fetches them as `total`s, a second pure pass decides.
 */
export async function buildPlan(inputs: PlanInputs, client: B24Client, now: Date): Promise<Plan> {
  const impact: ImpactData = { counts: new Map() };
  let pass = planChanges(inputs, impact);
  if (pass.wantedImpact.length > 0) {
    const results = await client.batch(
      pass.wantedImpact.map((q, i) => ({ key: `n${i}`, method: q.method, params: q.params })),
    );
    pass.wantedImpact.forEach((q, i) => {
      const r = results.find((x) => x.key === `n${i}`);
      // A count that cannot be read is treated as "has data": deletions stay blocked (fail closed).
      impact.counts.set(
        q.id,
        r?.ok ? (r.total ?? (Array.isArray(r.result) ? r.result.length : 1)) : Number.MAX_SAFE_INTEGER,
      );
    });
    pass = planChanges(inputs, impact);
  }
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    tool: `b24cfg@${VERSION}`,
    createdAt: now.toISOString(),
    spec: { file: inputs.specFile, hash: inputs.specHash },
    portal: {
      host: inputs.state.info.host,
      kind: inputs.state.info.kind,
      fingerprint: inputs.state.fingerprint,
    },
    options: { ...inputs.options, pruneInSpec: inputs.spec.manage?.prune === true },
    changes: pass.changes,
    kept: pass.kept,
    summary: summarize(pass.changes),
  };
}
