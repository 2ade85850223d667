import type { B24Client } from '../portal/client.js';
import { readPortalState } from '../resources/read-state.js';
import { loadStateFile, type StateFile } from '../portal/state-file.js';
import type { PortalState } from '../resources/state.js';
import { loadDocumentFiles } from '../resources/documents/files.js';
import type { Spec } from '../spec/spec.generated.js';
import { buildPlan, type PlanInputs } from './build.js';
import type { Plan, PlanOptions } from '../resources/plan.js';

export interface SpecInput {
  spec: Spec;
  specFile: string;
  specHash: string;
  /** Directory that holds `.b24cfg/` (the spec's directory). */
  stateDir: string;
  /** The project folder the spec's files must lie in (SpecLoadResult.projectRoot), when it was loaded. */
  projectRoot?: string;
}

export interface Planned {
  plan: Plan;
  state: PortalState;
  binding: StateFile;
  inputs: PlanInputs;
}

/**
 * Languages whose user-field labels the spec compares (labels are read per language,
 * docs/bitrix24/user-fields.md#labels-by-language).
 */
export function labelLanguages(spec: Spec): string[] {
  const langs = new Set(['ru', 'en']);
  const fields = spec.fields ?? {};
  for (const list of [fields.deal, fields.lead, fields.contact, fields.company]) {
    for (const f of list ?? [])
      if (typeof f.label === 'object') Object.keys(f.label).forEach((l) => langs.add(l));
  }
  return [...langs].sort();
}

/** Reads the portal and builds the plan: the one function behind `plan` and `apply`. */
export async function planAgainstPortal(
  input: SpecInput,
  client: B24Client,
  options: PlanOptions,
  now: Date,
  createdPipelineIds?: ReadonlySet<number>,
): Promise<Planned> {
  // The state file first: an apply that saves it after this point changed the portal after our read,
  // which confirmAndExecute detects under the lock.
  const binding = await loadStateFile(input.stateDir, client.host);
  const state = await readPortalState(client, { languages: labelLanguages(input.spec), now: () => now });
  const inputs: PlanInputs = {
    spec: input.spec,
    specFile: input.specFile,
    specHash: input.specHash,
    state,
    binding,
    options,
    createdPipelineIds,
    documentFiles: await loadDocumentFiles(input.spec, input.stateDir, input.projectRoot),
  };
  const plan = await buildPlan(inputs, client, now);
  return { plan, state, binding, inputs };
}
