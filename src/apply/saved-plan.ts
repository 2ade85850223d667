import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { errorOf } from '../core/errors.js';
import type { B24Client } from '../portal/client.js';
import { readPortalState } from '../resources/read-state.js';
import { loadStateFile } from '../portal/state-file.js';
import { labelLanguages, type Planned, type SpecInput } from '../plan/against-portal.js';
import type { Plan } from '../resources/plan.js';
import { stalePlan } from './apply.js';
import { APPLY_ERRORS } from './messages.js';

/** The spec a saved plan names: relative to where `plan` ran, else next to the plan file. */
export function specPathOfPlan(plan: Plan, planFile: string, cwd: string): string {
  const candidates = isAbsolute(plan.spec.file)
    ? [plan.spec.file]
    : [resolve(cwd, plan.spec.file), resolve(dirname(planFile), plan.spec.file)];
  return candidates.find((c) => existsSync(c)) ?? (candidates[0] as string);
}

/** A saved plan's spec must be the one it was made from: otherwise the plan is stale (exit 7). */
export function checkSpecOfPlan(plan: Plan, input: SpecInput, shownAs: string): void {
  if (input.specHash !== plan.spec.hash) throw stalePlan('spec', shownAs);
}

/**
 * A saved plan applies only to the portal it was made for, and only while that portal is as the plan
 * saw it: the portal changed since the plan was made, so applying it could undo someone's work (exit 7).
 */
export async function plannedFromSavedPlan(
  plan: Plan,
  input: SpecInput,
  client: B24Client,
  now: () => Date,
  shownAs: string,
): Promise<Planned> {
  if (client.host !== plan.portal.host) {
    throw errorOf(APPLY_ERRORS, 'PLAN_OTHER_PORTAL', {
      where: shownAs,
      data: { planned: plan.portal.host, actual: client.host },
    });
  }
  const binding = await loadStateFile(input.stateDir, client.host);
  const state = await readPortalState(client, { languages: labelLanguages(input.spec), now });
  if (state.fingerprint !== plan.portal.fingerprint) throw stalePlan('portal', shownAs);
  return {
    plan,
    state,
    binding,
    inputs: {
      spec: input.spec,
      specFile: input.specFile,
      specHash: input.specHash,
      state,
      binding,
      options: {
        prune: plan.options.prune,
        allowDataLoss: plan.options.allowDataLoss,
        allowStructureChanges: plan.options.allowStructureChanges,
      },
    },
  };
}
