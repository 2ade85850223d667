import type { B24Client } from '../portal/client.js';
import type { ImpactData } from '../resources/context.js';
import { planChanges, type PlanInputs } from '../resources/plan-changes.js';
import { PLAN_FORMAT_VERSION, summarize, type Plan } from '../resources/plan.js';
import { VERSION } from '../core/version.js';

export { planChanges, type PlanInputs, type PlanPass } from '../resources/plan-changes.js';
export { resolveUsers } from '../resources/users/resolve.js';

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
      ...(inputs.state.info.identity !== undefined ? { identity: inputs.state.info.identity } : {}),
      kind: inputs.state.info.kind,
      fingerprint: inputs.state.fingerprint,
    },
    options: { ...inputs.options, pruneInSpec: inputs.spec.manage?.prune === true },
    changes: pass.changes,
    kept: pass.kept,
    summary: summarize(pass.changes),
  };
}
