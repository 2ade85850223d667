import { planChanges } from '../../resources/plan-changes.js';
import { isWrite, type Change } from '../../resources/plan.js';
import { emptyStateFile } from '../../portal/state-file.js';
import { desiredPipelines, matchPipelines } from '../../resources/pipelines/index.js';
import type { AuditContext } from '../types.js';
import { bindingSections } from '../../resources/registry.js';

/**
 * With a spec and a portal, "configured as specified" means the planner has nothing left to write for
 * that part of the spec: the same pure function behind `plan` and `apply` (src/plan/build.ts) decides,
 * so the audit and the plan can never disagree. Counts for deletions are not fetched (prune off).
 */
const cache = new WeakMap<AuditContext, Change[]>();

export function pendingChanges(ctx: AuditContext): Change[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  if (!ctx.spec || !ctx.state) return [];
  const pass = planChanges(
    {
      spec: ctx.spec,
      specFile: '',
      specHash: '',
      state: ctx.state,
      binding: ctx.binding ?? emptyStateFile(ctx.state.info.host, bindingSections),
      options: { prune: false, allowDataLoss: false },
    },
    { counts: new Map() },
  );
  const out = pass.changes.filter((c) => isWrite(c) || c.op === 'blocked');
  cache.set(ctx, out);
  return out;
}

/** Pending changes of some kinds whose spec pointer lies under `pointer`. */
export function pendingUnder(ctx: AuditContext, kinds: readonly Change['kind'][], pointer: string): Change[] {
  return pendingChanges(ctx).filter(
    (c) =>
      kinds.includes(c.kind) &&
      c.specPointer !== undefined &&
      (c.specPointer === pointer || c.specPointer.startsWith(`${pointer}/`)),
  );
}

/** Direction key → the portal pipeline it is bound to (state file, then name, as the planner matches). */
export function directionPipelines(
  ctx: Pick<AuditContext, 'spec' | 'state' | 'binding'>,
): Map<string, number> {
  const out = new Map<string, number>();
  if (!ctx.spec || !ctx.state) return out;
  const binding = ctx.binding ?? emptyStateFile(ctx.state.info.host, bindingSections);
  for (const m of matchPipelines(ctx.state, binding, desiredPipelines(ctx.spec))) {
    if (m.portal) out.set(m.desired.key, m.portal.id);
  }
  return out;
}
