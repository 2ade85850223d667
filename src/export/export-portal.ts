import type { B24Client } from '../portal/client.js';
import type { CrmSettingsFacts } from '../portal/crm-settings/types.js';
import { readPortalState } from '../resources/read-state.js';
import { loadStateFile, saveStateFile, type StateFile } from '../portal/state-file.js';
import type { PortalState } from '../resources/state.js';
import { portalToSpec, type ExportResult, type ExportSection } from './to-spec.js';
import { bindingSections } from '../resources/registry.js';

export interface Exported {
  result: ExportResult;
  state: PortalState;
  /** The state file as it was before, next to where the spec goes. */
  previous: StateFile;
}

/**
 * `export`: a portal → a spec that `plan` shows as "no changes" against the same portal. Keys come
 * from the state file in `stateDir` when the portal was exported or applied from there before.
 */
export async function exportPortal(
  client: B24Client,
  o: {
    sections?: readonly ExportSection[];
    stateDir: string;
    now: () => Date;
    /** `--crm-settings`: robots, triggers, required fields and roles are written from it. */
    crmSettings?: CrmSettingsFacts;
  },
): Promise<Exported> {
  const state = await readPortalState(client, { now: o.now });
  const previous = await loadStateFile(o.stateDir, state.info, bindingSections);
  const result = portalToSpec(state, {
    sections: o.sections,
    binding: previous,
    ...(o.crmSettings ? { crmSettings: o.crmSettings } : {}),
  });
  return { result, state, previous };
}

/** Records the keys the export gave the portal's objects, so the next plan matches them; returns the file. */
export function saveExportBindings(stateDir: string, exported: Exported, now: Date): Promise<string> {
  return saveStateFile(stateDir, { ...exported.previous, ...exported.result.binding }, now);
}
