import type { B24Client } from '../portal/client.js';
import { readPortalState, type ReadOptions } from '../resources/read-state.js';
import { loadStateFile, savedSince, stateFilesNow, type StateFile } from '../portal/state-file.js';
import type { PortalState } from '../resources/state.js';
import { loadDocumentFiles } from '../resources/documents/files.js';
import type { Spec } from '../spec/spec.generated.js';
import { buildPlan, type PlanInputs } from './build.js';
import type { Plan, PlanOptions } from '../resources/plan.js';
import { bindingSections } from '../resources/registry.js';

export interface SpecInput {
  spec: Spec;
  specFile: string;
  specHash: string;
  /** Directory that holds `.b24cfg/` (the spec's directory). */
  stateDir: string;
  /** The project folder the spec's files must lie in (SpecLoadResult.projectRoot), when it was loaded. */
  projectRoot?: string;
  /** Sorts the spec cannot say, by change id (a restore's: PlanInputs.pinnedSorts). */
  pinnedSorts?: ReadonlyMap<string, number>;
}

export interface Planned {
  plan: Plan;
  state: PortalState;
  binding: StateFile;
  inputs: PlanInputs;
  /**
   * False when another apply saved this portal's state file while the portal was being read: the read
   * may predate that apply's writes, so an apply reads the portal again under its lock.
   */
  readSettled: boolean;
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
      for (const text of [f.label, f.help])
        if (typeof text === 'object') Object.keys(text).forEach((l) => langs.add(l));
  }
  return [...langs].sort();
}

/**
 * What a plan reads of the portal for this spec: the label languages it compares, and its user fields,
 * so that a field whose label or help would be sent per language is read in every language
 * (src/resources/user-fields/all-texts.ts). Apply's re-read under its lock reads the same.
 */
export function specReadOptions(spec: Spec): Pick<ReadOptions, 'languages' | 'fields'> {
  return { languages: labelLanguages(spec), ...(spec.fields !== undefined ? { fields: spec.fields } : {}) };
}

/** Reads the portal and builds the plan: the one function behind `plan` and `apply`. */
export async function planAgainstPortal(
  input: SpecInput,
  client: B24Client,
  options: PlanOptions,
  now: Date,
  createdPipelineIds?: ReadonlySet<number>,
): Promise<Planned> {
  // The state file is named by what the portal says it is, so it is loaded after the read; the files
  // as they were before it tell whether an apply saved this portal's file (and so changed the portal)
  // meanwhile, which the apply then checks under its lock.
  const before = await stateFilesNow(input.stateDir);
  const state = await readPortalState(client, { ...specReadOptions(input.spec), now: () => now });
  const binding = await loadStateFile(input.stateDir, state.info, bindingSections);
  const readSettled = !(await savedSince(input.stateDir, state.info, before));
  const inputs: PlanInputs = {
    spec: input.spec,
    specFile: input.specFile,
    specHash: input.specHash,
    state,
    binding,
    options,
    createdPipelineIds,
    documentFiles: await loadDocumentFiles(input.spec, input.stateDir, input.projectRoot),
    ...(input.pinnedSorts ? { pinnedSorts: input.pinnedSorts } : {}),
  };
  const plan = await buildPlan(inputs, client, now);
  return { plan, state, binding, inputs, readSettled };
}

/**
 * The same read planned again with the pipelines an interrupted run created known (their default
 * stages are then removed): no new read, at most the batch of counts the new deletions need.
 */
export async function replanWithCreated(
  planned: Planned,
  client: B24Client,
  createdPipelineIds: ReadonlySet<number>,
  now: Date,
): Promise<Planned> {
  const inputs: PlanInputs = { ...planned.inputs, createdPipelineIds };
  return { ...planned, inputs, plan: await buildPlan(inputs, client, now) };
}
