import type { B24Client } from '../portal/client.js';
import type { CrmSettingsFacts } from '../portal/crm-settings/types.js';
import { loadStateFile } from '../portal/state-file.js';
import { manualChangesOf } from '../resources/manual/index.js';
import { archiveBindingOf, type PortalIdentities } from '../resources/manual-archive/binding.js';
import { manualCheckOf } from '../resources/manual-archive/check.js';
import { readPortalState } from '../resources/read-state.js';
import type { Spec } from '../spec/spec.generated.js';
import { buildChecklist } from './build.js';
import { loadEmailBodies } from './files.js';
import type { Checklist } from './types.js';
import { bindingSections } from '../resources/registry.js';

/**
 * The handover checklist from the spec alone, without a portal: the items that depend on a portal's
 * state (company structure differences, people missing on the portal) come with `apply --checklist`
 * (for-apply.ts). With the CRM settings archive, what it shows as done drops out; a portal, when
 * given, tells who the people and document templates the archive names by id are.
 */
export async function specChecklist(input: {
  spec: Spec;
  specFile: string;
  /** The spec's folder: e-mail bodies are read relative to it. */
  specDir: string;
  now: Date;
  archive?: { facts: CrmSettingsFacts; portal?: PortalIdentities };
}): Promise<Checklist> {
  const a = input.archive;
  return buildChecklist({
    spec: input.spec,
    specFile: input.specFile,
    manual: manualChangesOf(input.spec),
    bodies: await loadEmailBodies(input.spec, input.specDir),
    ...(a
      ? {
          check: manualCheckOf(
            input.spec,
            a.facts,
            archiveBindingOf(input.spec, a.facts, a.portal),
            input.now,
          ),
        }
      : {}),
    now: input.now,
  });
}

/** The portal's users and document templates (one read), with the spec folder's state file. */
export async function portalIdentities(
  client: B24Client,
  specDir: string,
  now: () => Date,
): Promise<PortalIdentities> {
  // The state file is named by the portal's identity, known once the portal has been read.
  const state = await readPortalState(client, { now });
  const stateFile = await loadStateFile(specDir, state.info, bindingSections);
  return { users: state.users, documentTemplates: state.documentTemplates, stateFile };
}
