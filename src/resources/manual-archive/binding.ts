import type { CrmSettingsFacts } from '../../portal/crm-settings/types.js';
import type { StateFile } from '../../portal/state-file.js';
import type { Spec } from '../../spec/spec.generated.js';
import type { PortalDocumentTemplate } from '../documents/read.js';
import type { PortalUser } from '../users/read.js';
import { resolveUsers } from '../users/resolve.js';
import { bindPipelines } from './compare.js';
import type { ArchiveBinding } from './types.js';

/** What a portal tells about the people and document templates an archive names by id. */
export interface PortalIdentities {
  users: readonly PortalUser[];
  documentTemplates: readonly PortalDocumentTemplate[];
  /** `.b24cfg/<host>.state.json`: a renamed template keeps its binding. */
  stateFile?: StateFile;
}

/**
 * How the spec's names map to the archive's ids. Pipelines by name (`bindPipelines`: ids differ
 * between portals, and an archive may come from another one). With a portal, roles of `users:` by
 * e-mail and document templates by the state file's binding or by name; every template on the portal
 * is named, so a robot that builds another one reads as that template, not as an id.
 */
export function archiveBindingOf(
  spec: Spec | undefined,
  facts: CrmSettingsFacts,
  portal?: PortalIdentities,
): ArchiveBinding {
  const pipelines = spec ? bindPipelines(spec, facts) : {};
  if (!portal) return { pipelines };
  const users: Record<string, number> = {};
  if (spec) for (const [role, id] of resolveUsers(spec, portal)) if (id !== undefined) users[role] = id;
  const documents: Record<string, number> = {};
  for (const t of [...portal.documentTemplates].sort((a, b) => b.id - a.id)) documents[t.name] = t.id;
  for (const d of spec?.documents ?? []) {
    const bound = portal.stateFile?.documentTemplates[d.name]?.id;
    const named = [d.name, ...(d.renamed_from ?? [])]
      .map((n) => portal.documentTemplates.find((t) => t.name === n)?.id)
      .find((id) => id !== undefined);
    const id = bound !== undefined && portal.documentTemplates.some((t) => t.id === bound) ? bound : named;
    if (id !== undefined) documents[d.name] = id;
  }
  return { pipelines, users, documents };
}
