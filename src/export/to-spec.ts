import type { ArchiveInfo, CrmSettingsFacts } from '../portal/crm-settings/types.js';
import { portalIdentity } from '../portal/identity.js';
import { emptyStateFile, type StateFile } from '../portal/state-file.js';
import { kindsInReadingOrder, bindingSections } from '../resources/registry.js';
import type { PlanText } from '../resources/plan-text.js';
import type { SpecExport } from '../resources/spec-export.js';
import type { PortalState } from '../resources/state.js';
import { RoleNamer } from '../resources/users/role-namer.js';
import { SPEC_SCHEMA } from '../spec/schema-json.js';
import type { Spec } from '../spec/spec.generated.js';
import { addArchiveToSpec } from './archive-to-spec.js';

/** Sections `export --sections` can name: every kind's spec sections, in reading order. */
export const EXPORT_SECTIONS: readonly string[] = kindsInReadingOrder.flatMap((k) => k.specSections ?? []);
export type ExportSection = string;

export interface ExportResult {
  spec: Spec;
  binding: StateFile;
  /** Things the export could not express, for the header comment. */
  skipped: string[];
  /** What was written otherwise than the portal holds it, and why (a line each in the header). */
  notes: PlanText[];
  /** The CRM settings archive the manual half was written from (`export --crm-settings`). */
  archive?: ArchiveInfo;
}

/**
 * Turns a portal into a spec: each kind writes its sections from its slice of the state
 * (src/resources/<kind>/to-spec.ts), in reading order, so that the people named by open lines and
 * departments become `users:` last. Deterministic (stable order), with keys taken from the state
 * file when the portal was exported or applied before, else derived from names. Planning the result
 * against the same portal shows no changes (test/resources/read-state.test.ts, "exports a generated
 * portal deterministically into a valid spec that plans to no changes").
 */
export function portalToSpec(
  state: PortalState,
  opts: { sections?: readonly ExportSection[]; binding?: StateFile; crmSettings?: CrmSettingsFacts } = {},
): ExportResult {
  const x: SpecExport = {
    state,
    sections: new Set(opts.sections ?? EXPORT_SECTIONS),
    previous: opts.binding ?? emptyStateFile(portalIdentity(state.info), bindingSections),
    binding: emptyStateFile(portalIdentity(state.info), bindingSections),
    skipped: [],
    notes: [],
    roles: new RoleNamer(state.users),
  };
  const spec: Spec = { version: 1, standards: 'sales-dept@1', client: state.info.host };
  for (const kind of kindsInReadingOrder) {
    if (kind.toSpec) Object.assign(spec, kind.toSpec(kind.current(state), x));
  }
  if (opts.crmSettings) {
    addArchiveToSpec(spec, opts.crmSettings, {
      state,
      roles: x.roles,
      notes: x.notes,
      directions: x.sections.has('directions'),
    });
    // The archive's robots may name people no other section did: `users:` lists them too.
    const users = x.roles.users();
    if (Object.keys(users).length > 0) spec.users = users;
  }
  spec.manage = {
    prune: false,
    protect: spec.directions?.some((d) => d.key === 'default') ? ['default'] : [],
  };
  return {
    spec: orderSpec(spec),
    binding: x.binding,
    skipped: x.skipped,
    notes: x.notes,
    ...(opts.crmSettings ? { archive: opts.crmSettings.archive } : {}),
  };
}

/** Top-level keys in the order the spec's schema lists them (the order of every example and template). */
function orderSpec(spec: Spec): Spec {
  const order = Object.keys(SPEC_SCHEMA.properties as Record<string, unknown>) as Array<keyof Spec>;
  const out: Record<string, unknown> = {};
  for (const k of order) if (spec[k] !== undefined) out[k] = spec[k];
  return out as unknown as Spec;
}
